import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import type { RankPosition } from '../../core/search/memory/memory-index.ts';

/**
 * Cursors are opaque to clients: the last item's position in the order, and a fingerprint
 * of the query it belongs to, so a cursor reused with other filters is refused instead of
 * silently paging a different list.
 */
const shape = z.object({
  v: z.literal(1),
  f: z.string(),
  r: z.number().nullable(),
  d: z.number().nullable(),
  k: z.string().max(300),
});

export function fingerprint(query: unknown): string {
  return createHash('sha256').update(JSON.stringify(query)).digest('base64url').slice(0, 16);
}

export function encodeCursor(position: RankPosition, print: string): string {
  const body = { v: 1, f: print, r: position.rank, d: position.date, k: position.key };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

const invalid = () => new AppError('invalid_cursor', 400, 'api.error.cursor', 'cursor');

/** The position a cursor carries; a malformed cursor or one from another query is a 400. */
export function decodeCursor(cursor: string, print: string): RankPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const result = shape.safeParse(parsed);
  if (!result.success || result.data.f !== print) throw invalid();
  return { rank: result.data.r, date: result.data.d, key: result.data.k };
}

/** Lists that are short and ordered by slug (organisations, glossary) page by the last slug. */
export function encodeSlugCursor(slug: string): string {
  return Buffer.from(JSON.stringify({ v: 1, s: slug })).toString('base64url');
}

export function decodeSlugCursor(cursor: string): string {
  try {
    const parsed = z
      .object({ v: z.literal(1), s: z.string().max(300) })
      .parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.s;
  } catch {
    throw invalid();
  }
}
