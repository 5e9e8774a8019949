import type { QueryExpander, QueryExpansion } from '../../core/search/index.ts';
import { type FormHit, formsMatching } from './repository.ts';

/** Longest glossary form, in words, looked for in a query. */
export const MAX_GRAM = 6;
/** Words of a query looked at (a pasted paragraph is not a glossary lookup). */
export const MAX_WORDS = 64;

/**
 * The search's query expander: finds glossary concepts among the query's contiguous word
 * n-grams (n ≤ 6) in any of the four languages — stems, accents and plural do not matter — and
 * returns, for each, the concept's labels and synonyms in every language except the reader's
 * own words. Longer matches win (more stems, then fewer words), then the leftmost; matches
 * never overlap. One database round trip.
 */
export const expandQuery: QueryExpander = async (db, words, locale) => {
  const list = words.slice(0, MAX_WORDS).map((w) => w.trim());
  const grams: { start: number; end: number; text: string }[] = [];
  for (let start = 0; start < list.length; start++) {
    if (!list[start]) continue;
    for (let end = start + 1; end <= Math.min(list.length, start + MAX_GRAM); end++) {
      if (!list[end - 1]) break;
      grams.push({ start, end, text: list.slice(start, end).join(' ') });
    }
  }
  const hits = await formsMatching(db, grams);
  hits.sort(
    (a, b) =>
      b.stems - a.stems ||
      a.end - a.start - (b.end - b.start) ||
      a.start - b.start ||
      Number(b.isLabel) - Number(a.isLabel) ||
      Number(b.locale === locale) - Number(a.locale === locale) ||
      a.conceptId - b.conceptId,
  );
  const covered = new Set<number>();
  const chosen: FormHit[] = [];
  for (const hit of hits) {
    const span = Array.from({ length: hit.end - hit.start }, (_, i) => hit.start + i);
    if (span.some((i) => covered.has(i))) continue;
    for (const i of span) covered.add(i);
    chosen.push(hit);
  }
  return chosen
    .sort((a, b) => a.start - b.start)
    .map(
      (hit): QueryExpansion => ({
        start: hit.start,
        end: hit.end,
        matched: list.slice(hit.start, hit.end).join(' '),
        equivalents: distinct(hit.equivalents),
      }),
    );
};

function distinct(forms: { locale: string; text: string }[]) {
  const seen = new Set<string>();
  return forms.filter((f) => {
    const key = `${f.locale}\u0000${f.text.toLocaleLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
