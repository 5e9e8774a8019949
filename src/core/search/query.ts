/**
 * The reader's query language: words (all required), "exact phrases", -exclusions and OR
 * between two terms (binding tighter than the implicit AND, as in web search engines:
 * `pension OR pensions reform` is (pension OR pensions) AND reform).
 *
 * Parsing never fails: unbalanced quotes close at the end, stray operators are ignored,
 * control characters become spaces and the query is cut at MAX_QUERY_CHARS with a notice.
 */

export interface QueryTerm {
  text: string;
  phrase: boolean;
}

/** One required (or, when negated, excluded) clause: any of its alternatives matches. */
export interface QueryClause {
  alternatives: QueryTerm[];
  negated: boolean;
}

export interface ParsedQuery {
  clauses: QueryClause[];
  /** The query as understood, normalised (for the search box, logs and cache keys). */
  normalized: string;
  truncated: boolean;
  /** Characters or operators that were dropped (the page says so). */
  ignoredOperators: boolean;
}

export const MAX_QUERY_CHARS = 200;
const MAX_CLAUSES = 12;

// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Characters that carry no meaning in a query; full-text parsing would drop them anyway. */
const PUNCTUATION = /[(){}[\]<>!&|:*\\^~`@#$%=+;,?]/g;

interface Token {
  kind: 'word' | 'phrase' | 'or';
  text: string;
  negated: boolean;
}

function tokenize(input: string): { tokens: Token[]; ignored: boolean } {
  const tokens: Token[] = [];
  let ignored = false;
  let i = 0;
  while (i < input.length) {
    const ch = input[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let negated = false;
    if (ch === '-' && i + 1 < input.length && !/\s/.test(input[i + 1] as string)) {
      negated = true;
      i++;
    }
    if (input[i] === '"') {
      const end = input.indexOf('"', i + 1);
      const text = input.slice(i + 1, end === -1 ? undefined : end);
      i = end === -1 ? input.length : end + 1;
      const words = clean(text);
      if (words) tokens.push({ kind: 'phrase', text: words, negated });
      else ignored = true;
      continue;
    }
    let j = i;
    while (j < input.length && !/\s/.test(input[j] as string) && input[j] !== '"') j++;
    const raw = input.slice(i, j);
    i = j;
    if (raw === 'OR' && !negated) {
      tokens.push({ kind: 'or', text: raw, negated: false });
      continue;
    }
    const text = clean(raw);
    if (!text) {
      ignored = true;
      continue;
    }
    // "cash-transfer" or "l'assistance" hold several words: treat them as a phrase.
    tokens.push({ kind: text.includes(' ') ? 'phrase' : 'word', text, negated });
  }
  return { tokens, ignored };
}

function clean(s: string): string {
  return s
    .replace(PUNCTUATION, ' ')
    .replace(/(^|\s)[-'’.]+|[-'’.]+(?=\s|$)/g, ' ')
    .replace(/[-'’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseQuery(input: string | undefined | null): ParsedQuery {
  let text = (input ?? '').normalize('NFC').replace(CONTROL, ' ');
  const truncated = text.length > MAX_QUERY_CHARS;
  if (truncated) text = text.slice(0, MAX_QUERY_CHARS);
  const { tokens, ignored } = tokenize(text);
  let ignoredOperators = ignored;
  const clauses: QueryClause[] = [];
  let pendingOr = false;
  for (const token of tokens) {
    if (token.kind === 'or') {
      const last = clauses.at(-1);
      if (last && !last.negated) pendingOr = true;
      else ignoredOperators = true;
      continue;
    }
    const term: QueryTerm = { text: token.text, phrase: token.kind === 'phrase' };
    const last = clauses.at(-1);
    if (pendingOr && last && !token.negated) {
      last.alternatives.push(term);
    } else {
      if (pendingOr) ignoredOperators = true;
      clauses.push({ alternatives: [term], negated: token.negated });
    }
    pendingOr = false;
  }
  if (pendingOr) ignoredOperators = true;
  // A query of exclusions only would list everything else: treat exclusions as words.
  if (clauses.length > 0 && clauses.every((c) => c.negated)) {
    for (const c of clauses) c.negated = false;
  }
  const kept = clauses.slice(0, MAX_CLAUSES);
  return {
    clauses: kept,
    normalized: kept.map(formatClause).join(' '),
    truncated: truncated || clauses.length > MAX_CLAUSES,
    ignoredOperators,
  };
}

function formatClause(c: QueryClause): string {
  const alts = c.alternatives.map((a) => (a.phrase ? `"${a.text}"` : a.text)).join(' OR ');
  return c.negated ? `-${alts}` : alts;
}

/** The words of required single-alternative clauses, in order, with the clause each came from. */
export function plainWords(q: ParsedQuery): { word: string; clause: number }[] {
  const out: { word: string; clause: number }[] = [];
  q.clauses.forEach((c, i) => {
    if (c.negated || c.alternatives.length !== 1) return;
    for (const word of (c.alternatives[0] as QueryTerm).text.split(' ')) out.push({ word, clause: i });
  });
  return out;
}
