import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { AppError } from '../../../core/errors.ts';
import { hashLinkSecret, newLinkSecret } from '../../../core/http/link-secret.ts';
import { parseInput } from '../../../core/http/validate.ts';
import type { Services } from '../../../core/services.ts';
import type { SessionUser } from '../../../core/http/context.ts';
import { activeKeyByHash, countActiveKeys, insertKey, keysOf, revokeKey, touchKey } from './repository.ts';

/** Enough for a member's tools and scripts; more is usually a key per request by mistake. */
export const MAX_ACTIVE_KEYS = 10;
const PREFIX = 'spg_';

// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export const newKeySchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .refine((s) => !CONTROL.test(s), { message: 'ui.validation.controlChars' }),
});

export const listKeys = (services: Pick<Services, 'db'>, user: SessionUser) => keysOf(services.db, user.id);

/**
 * A new key for the member: 192 random bits, shown to them once; only its hash is kept, with
 * a short prefix so they can tell their keys apart.
 */
export async function createKey(
  services: Pick<Services, 'db'>,
  user: SessionUser,
  input: unknown,
): Promise<{ key: string; name: string }> {
  const { name } = parseInput(newKeySchema, input);
  const key = `${PREFIX}${newLinkSecret()}`;
  await services.db.transaction(async (tx) => {
    if ((await countActiveKeys(tx, user.id)) >= MAX_ACTIVE_KEYS) {
      throw new AppError('too_many_keys', 400, 'api.keys.tooMany', 'name', { max: MAX_ACTIVE_KEYS });
    }
    await insertKey(tx, {
      userId: user.id,
      name,
      prefix: key.slice(0, PREFIX.length + 6),
      hash: hashLinkSecret(key),
    });
  });
  return { key, name };
}

export async function revokeMemberKey(services: Pick<Services, 'db'>, user: SessionUser, id: string) {
  if (!z.uuid().safeParse(id).success || !(await revokeKey(services.db, user.id, id))) {
    throw new AppError('not_found', 404, 'ui.error.notFound.title');
  }
  resolved.clear();
}

/** Key hash → key id (null: unknown), kept a minute so a busy client costs one lookup. */
const resolved = new LRUCache<string, { id: string | null }>({ max: 10_000, ttl: 60_000 });
const touched = new LRUCache<string, true>({ max: 10_000, ttl: 60_000 });

/**
 * The key a request presents (X-API-Key), or undefined without one. An unknown or revoked key
 * is a 401, not a silent fall back to the anonymous limit: the client should know.
 */
export async function resolveApiKey(services: Pick<Services, 'db' | 'logger'>, header: unknown) {
  if (header === undefined) return undefined;
  const given = typeof header === 'string' ? header.trim() : '';
  if (!given.startsWith(PREFIX) || given.length > 100) throw invalidKey();
  const hash = hashLinkSecret(given);
  let hit = resolved.get(hash);
  if (!hit) {
    hit = { id: (await activeKeyByHash(services.db, hash))?.id ?? null };
    resolved.set(hash, hit);
  }
  if (!hit.id) throw invalidKey();
  // "Last used" to the minute is enough, and spares a write per request.
  if (!touched.has(hit.id)) {
    touched.set(hit.id, true);
    touchKey(services.db, hit.id).catch((err) =>
      services.logger.warn({ err }, 'api key: last use not saved'),
    );
  }
  return hit.id;
}

const invalidKey = () => new AppError('invalid_api_key', 401, 'api.error.key');
