import type { DbOrTx } from '../db/client.ts';
import type { Locale, MessageKey } from '../i18n/index.ts';
import { LiveIndex } from './memory/live-index.ts';

/** A kind of searchable thing a feature contributes (publications, glossary concepts …). */
export interface SearchKind {
  kind: string;
  /** Path segment of its public pages: /{locale}/{path}/{slug}. */
  path: string;
  /** Plural label, used as the "content type" facet value and on result cards. */
  label: MessageKey;
  /** Rebuilds one document (after a taxonomy change made its denormalised facets stale). */
  reindex?: (db: DbOrTx, refId: string) => Promise<void>;
}

/** A glossary concept found in a query, with its words in other languages. */
export interface QueryExpansion {
  /** Index of the first and one past the last query word the concept covers. */
  start: number;
  end: number;
  /** The words the reader typed. */
  matched: string;
  /** Equivalent labels and synonyms, each searched as a phrase in its own language. */
  equivalents: { locale: string; text: string }[];
}

/** Finds concepts among the query's word n-grams (the glossary feature provides it). */
export type QueryExpander = (db: DbOrTx, words: string[], locale: Locale) => Promise<QueryExpansion[]>;

/**
 * Multi-word phrases that searches will often ask for (the glossary's labels and synonyms,
 * which every expansion searches as phrases): the in-memory index precomputes them.
 */
export type PhraseSource = (db: DbOrTx) => Promise<{ locale: string; text: string }[]>;

/**
 * The one place features plug into search: each registers its kinds, and the glossary
 * registers the expander. Global search and the API ask the registry, not the features.
 */
export interface SearchRegistry {
  register(kind: SearchKind): void;
  kinds(): SearchKind[];
  get(kind: string): SearchKind | undefined;
  setExpander(expander: QueryExpander, phrases?: PhraseSource): void;
  expander(): QueryExpander | undefined;
  /** This process's in-memory copy of the index, which answers searches (memory/). */
  index: LiveIndex;
}

export function createSearchRegistry(): SearchRegistry {
  const kinds = new Map<string, SearchKind>();
  let expander: QueryExpander | undefined;
  let phrases: PhraseSource | undefined;
  return {
    register(kind) {
      if (kinds.has(kind.kind)) throw new Error(`search kind ${kind.kind} registered twice`);
      kinds.set(kind.kind, kind);
    },
    kinds: () => [...kinds.values()],
    get: (kind) => kinds.get(kind),
    setExpander(fn, source) {
      expander = fn;
      phrases = source;
    },
    expander: () => expander,
    index: new LiveIndex(() => phrases),
  };
}
