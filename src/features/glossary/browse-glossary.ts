import type { DbOrTx } from '../../core/db/client.ts';
import type { Locale } from '../../core/i18n/index.ts';
import { type ConceptCard, sortCards, toCard } from './presenter.ts';
import { conceptSummaries } from './repository.ts';

export interface GlossaryListing {
  /** The concepts shown (after the letter filter). */
  concepts: ConceptCard[];
  /** Letters that have concepts (for the search, when there is one). */
  letters: Set<string>;
  /** Concepts before the letter filter. */
  total: number;
  q: string;
  letter?: string;
}

/**
 * The public A–Z glossary: every concept in the reader's language (or a marked fallback),
 * alphabetical, optionally narrowed by a search in any language and by a first letter.
 * `all` loads the unsearched list (the route may serve it from the read cache).
 */
export async function browseGlossary(
  db: DbOrTx,
  locale: Locale,
  opts: { q: string; letter?: string; all?: (load: () => Promise<ConceptCard[]>) => Promise<ConceptCard[]> },
): Promise<GlossaryListing> {
  const load = async () =>
    sortCards(
      (await conceptSummaries(db, locale)).map((r) => toCard(r, locale)),
      locale,
    );
  const cards = opts.q
    ? sortCards(
        (await conceptSummaries(db, locale, opts.q)).map((r) => toCard(r, locale)),
        locale,
      )
    : await (opts.all ? opts.all(load) : load());
  const letters = new Set(cards.map((c) => c.letter));
  return {
    concepts: opts.letter ? cards.filter((c) => c.letter === opts.letter) : cards,
    letters,
    total: cards.length,
    q: opts.q,
    letter: opts.letter,
  };
}
