import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { AppError } from '../../../core/errors.ts';
import { hashLinkSecret, newLinkSecret } from '../../../core/http/link-secret.ts';
import { parseInput } from '../../../core/http/validate.ts';
import type { Services } from '../../../core/services.ts';
import type { SessionUser } from '../../../core/http/context.ts';
import {
  activeKeyByHash,
  activeKeyOf,
  countActiveKeys,
  insertKey,
  keysOf,
  revokeKey,
  touchKey,
} from './repository.ts';

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

/** The member's live key `id`, for the confirmation page; 404 when it is not theirs or is revoked. */
export async function keyToRevoke(services: Pick<Services, 'db'>, user: SessionUser, id: string) {
  const row = z.uuid().safeParse(id).success ? await activeKeyOf(services.db, user.id, id) : null;
  if (!row) throw new AppError('not_found', 404, 'ui.error.notFound.title');
  return row;
}

export async function revokeMemberKey(services: Pick<Services, 'db'>, user: SessionUser, id: string) {
  if (!z.uuid().safeParse(id).success || !(await revokeKey(services.db, user.id, id))) {
    throw new AppError('not_found', 404, 'ui.error.notFound.title');
  }
  known.clear();
}

/** Key hash → key id, kept a minute so a busy client costs one lookup. */
const known = new LRUCache<string, string>({ max: 10_000, ttl: 60_000 });
/** Hashes found unknown, apart: a stream of made-up keys cannot push real ones out. */
const unknown = new LRUCache<string, true>({ max: 1_000, ttl: 60_000 });
const touched = new LRUCache<string, true>({ max: 10_000, ttl: 60_000 });

/**
 * The key a request presents (X-API-Key): its id, 'invalid' for an unknown or revoked key
 * (the request is refused with 401 once counted against its address: a client should know,
 * not fall back silently to the anonymous limit), or undefined without one.
 */
export async function resolveApiKey(
  services: Pick<Services, 'db' | 'logger'>,
  header: unknown,
): Promise<string | 'invalid' | undefined> {
  if (header === undefined) return undefined;
  const given = typeof header === 'string' ? header.trim() : '';
  if (!given.startsWith(PREFIX) || given.length > 100) return 'invalid';
  const hash = hashLinkSecret(given);
  if (unknown.has(hash)) return 'invalid';
  let id = known.get(hash);
  if (!id) {
    id = (await activeKeyByHash(services.db, hash))?.id;
    if (!id) {
      unknown.set(hash, true);
      return 'invalid';
    }
    known.set(hash, id);
  }
  // "Last used" to the minute is enough, and spares a write per request.
  if (!touched.has(id)) {
    touched.set(id, true);
    touchKey(services.db, id).catch((err) => services.logger.warn({ err }, 'api key: last use not saved'));
  }
  return id;
}
