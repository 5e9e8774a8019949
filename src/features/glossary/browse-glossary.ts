import type { DbOrTx } from '../../core/db/client.ts';
import type { Locale } from '../../core/i18n/index.ts';
import { type ConceptCard, sortCards, toCard } from './presenter.ts';
import { conceptSummaries } from './repository.ts';

/** Concepts per page: a page with definitions stays well within 14 KB of compressed HTML. */
export const PAGE_SIZE = 40;

export interface GlossaryListing {
  /** The concepts shown: this page, after the letter filter. */
  concepts: ConceptCard[];
  /** Concepts after the letter filter, on every page. */
  matching: number;
  page: number;
  pages: number;
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
  opts: {
    q: string;
    letter?: string;
    page?: number;
    all?: (load: () => Promise<ConceptCard[]>) => Promise<ConceptCard[]>;
  },
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
  const matching = opts.letter ? cards.filter((c) => c.letter === opts.letter) : cards;
  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, opts.page ?? 1), pages);
  return {
    concepts: matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    matching: matching.length,
    page,
    pages,
    letters,
    total: cards.length,
    q: opts.q,
    letter: opts.letter,
  };
}
