import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * Resumption tokens are stateless: the whole harvest state travels in the token, signed so
 * that a harvester cannot forge one (and so a hand-edited token is a badResumptionToken, not a
 * database error). Nothing is kept on the server and tokens never expire: the next page is a
 * keyset seek after the last record sent, so a harvest can resume any time later.
 */
const State = z.strictObject({
  v: z.literal(1),
  /** The verb the token was issued for: a ListIdentifiers token does not continue ListRecords. */
  verb: z.enum(['ListIdentifiers', 'ListRecords']),
  prefix: z.string().max(100),
  set: z.string().max(300).nullable(),
  from: z.string().max(30).nullable(),
  until: z.string().max(30).nullable(),
  /** The last record sent: its updated_at in microseconds since the epoch, and its id. */
  after: z.tuple([z.string().regex(/^\d{1,20}$/), z.uuid()]),
  /** Records sent before the next page. */
  cursor: z.number().int().min(0),
  completeListSize: z.number().int().min(0),
});
export type HarvestState = z.infer<typeof State>;

const MAC_LENGTH = 22;

function mac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(`oai-pmh:${payload}`).digest('base64url').slice(0, MAC_LENGTH);
}

export function encodeToken(secret: string, state: HarvestState): string {
  const payload = Buffer.from(JSON.stringify(state)).toString('base64url');
  return `${payload}.${mac(secret, payload)}`;
}

/** The state a token carries, or null when it is malformed, forged or from another version. */
export function decodeToken(secret: string, token: string): HarvestState | null {
  if (token.length > 2000) return null;
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length) return null;
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = State.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
