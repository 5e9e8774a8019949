import type { DbOrTx } from '../../core/db/client.ts';
import { ValidationError } from '../../core/errors.ts';
import { slugsLike, slugTaken } from './repository.ts';
import { type ConceptEntryInput, slugify } from './schemas.ts';

export const slugTakenError = () =>
  new ValidationError([{ field: 'slug', code: 'slug_taken', messageKey: 'glossary.error.slugTaken' }]);

/** True for PostgreSQL's unique_violation, however the driver wraps it. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

/**
 * The slug a concept is saved under: the one the editor typed, which must be free; or, when
 * left empty, one made from the English label (else the first label), numbered if taken.
 * `current` is the concept being edited, whose own slug does not count as taken.
 */
export async function chooseSlug(
  tx: DbOrTx,
  typed: string,
  entries: ConceptEntryInput[],
  current?: { id: number; slug: string },
): Promise<string> {
  if (typed) {
    if (await slugTaken(tx, typed, current?.id)) throw slugTakenError();
    return typed;
  }
  const label = (entries.find((e) => e.locale === 'en') ?? entries[0])?.label ?? '';
  const stem = slugify(label);
  const taken = await slugsLike(tx, stem);
  if (current) taken.delete(current.slug);
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}
