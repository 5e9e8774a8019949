import type { DbOrTx } from '../../core/db/client.ts';
import { notFound } from '../../core/errors.ts';
import { findTerm, lockVocabulary, type TermRow, vocabularyById } from './repository.ts';

/** The vocabulary, or 404. */
export async function requireVocabulary(db: DbOrTx, vocabularyId: string) {
  const vocab = await vocabularyById(db, vocabularyId);
  if (!vocab) throw notFound();
  return vocab;
}

/** The term, locked for the rest of the transaction, or 404 when it is not in that vocabulary. */
export async function requireTerm(db: DbOrTx, vocabularyId: string, id: number): Promise<TermRow> {
  await lockVocabulary(db, vocabularyId);
  const row = await findTerm(db, id, { forUpdate: true });
  if (!row || row.vocabularyId !== vocabularyId) throw notFound();
  return row;
}

/** True for PostgreSQL's unique_violation, however the driver wraps it. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}
