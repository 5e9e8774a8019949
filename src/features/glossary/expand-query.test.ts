import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../core/db/client.ts';
import type { QueryExpansion } from '../../core/search/index.ts';
import { testDatabase } from '../../test/database.ts';
import { expandQuery, loadGlossary } from './index.tsx';

let database: Database & { drop(): Promise<void> };

beforeAll(async () => {
  database = await testDatabase();
  await loadGlossary(database.db);
});
afterAll(async () => {
  await database?.drop();
});

const expand = (query: string, locale: 'en' | 'fr' | 'es' | 'pt' = 'en') =>
  expandQuery(database.db, query.split(' ').filter(Boolean), locale);
const has = (e: QueryExpansion | undefined, locale: string, text: string) =>
  e?.equivalents.some((q) => q.locale === locale && q.text === text) ?? false;

describe('glossary query expansion', () => {
  it('finds "transferts monétaires" and gives the cash-transfer concept in the other languages', async () => {
    const found = await expand('transferts monétaires', 'fr');
    expect(found).toHaveLength(1);
    const [e] = found;
    expect(e).toMatchObject({ start: 0, end: 2, matched: 'transferts monétaires' });
    expect(has(e, 'en', 'cash transfer')).toBe(true);
    expect(has(e, 'es', 'transferencia monetaria')).toBe(true);
    expect(has(e, 'pt', 'transferência monetária')).toBe(true);
    expect(has(e, 'fr', 'transfert en espèces')).toBe(true);
    // The reader's own words are not repeated as an equivalent.
    expect(has(e, 'fr', 'transfert monétaire')).toBe(false);
    // Labels come first (a page naming only the first few shows one per language).
    expect(e?.equivalents.slice(0, 3)).toEqual([
      { locale: 'en', text: 'cash transfer' },
      { locale: 'es', text: 'transferencia monetaria' },
      { locale: 'pt', text: 'transferência monetária' },
    ]);
  });

  it('prefers the longest concept: "conditional cash transfers in Brazil" is the 3-word concept', async () => {
    const found = await expand('conditional cash transfers in Brazil');
    expect(found).toHaveLength(1);
    const [e] = found;
    expect(e).toMatchObject({ start: 0, end: 3, matched: 'conditional cash transfers' });
    expect(has(e, 'fr', 'transfert monétaire conditionnel')).toBe(true);
    expect(has(e, 'es', 'transferencia monetaria condicionada')).toBe(true);
    expect(has(e, 'pt', 'transferência condicionada de renda')).toBe(true);
    expect(has(e, 'en', 'CCT')).toBe(true);
    expect(has(e, 'en', 'conditional cash transfer')).toBe(false);
    expect(has(e, 'en', 'cash transfer')).toBe(false);
  });

  it('ignores accents, case and plural', async () => {
    for (const q of ['TRANSFERENCIAS MONETARIAS', 'transferencias monetarias', 'transferencia monetária']) {
      const [e] = await expand(q, 'es');
      expect(e, q).toMatchObject({ start: 0, end: 2 });
      expect(has(e, 'en', 'cash transfer'), q).toBe(true);
    }
    const [pension] = await expand('Pensiones Sociales', 'es');
    expect(pension).toMatchObject({ start: 0, end: 2 });
    expect(has(pension, 'en', 'non-contributory pension')).toBe(true);
    // "pensiones sociales" has the stems of "social pension" in English too: the reader's words
    // already find it, so it is not repeated.
    expect(has(pension, 'en', 'social pension')).toBe(false);
  });

  it('finds several concepts, left to right, without overlap', async () => {
    const found = await expand('school feeding and social pensions in Senegal');
    expect(found.map((e) => [e.start, e.end, e.matched])).toEqual([
      [0, 2, 'school feeding'],
      [3, 5, 'social pensions'],
    ]);
    expect(has(found[0], 'fr', 'alimentation scolaire')).toBe(true);
    expect(has(found[1], 'pt', 'pensão social')).toBe(true);
  });

  it('does not stretch a match over stop words around it', async () => {
    const [e] = await expand('the cash transfers of the government');
    expect(e).toMatchObject({ start: 1, end: 3, matched: 'cash transfers' });
  });

  it('reads hyphenated words either way', async () => {
    const [a] = await expand('non-contributory schemes');
    const [b] = await expand('non contributory schemes');
    expect(has(a, 'fr', 'régime non contributif')).toBe(true);
    expect(has(b, 'fr', 'régime non contributif')).toBe(true);
    const [c] = await expand('seguro desemprego', 'pt');
    expect(has(c, 'en', 'unemployment insurance')).toBe(true);
  });

  it('finds abbreviations', async () => {
    const [e] = await expand('TMC Senegal', 'fr');
    expect(e).toMatchObject({ start: 0, end: 1, matched: 'TMC' });
    expect(has(e, 'en', 'conditional cash transfer')).toBe(true);
  });

  it('returns nothing for a query without glossary words, stop words only, or no words', async () => {
    expect(await expand('climate finance in the Sahel')).toEqual([]);
    expect(await expand('of the and', 'en')).toEqual([]);
    expect(await expand('')).toEqual([]);
  });

  it('copes with long and hostile queries in one round trip', async () => {
    const words = Array.from({ length: 500 }, (_, i) =>
      i % 7 === 0 ? "'); drop table glossary_form; --" : 'word',
    );
    expect(await expandQuery(database.db, words, 'en')).toEqual([]);
    const found = await expandQuery(database.db, [...words.slice(0, 10), 'cash', 'transfer'], 'en');
    expect(found.map((e) => e.matched)).toEqual(['cash transfer']);
  });
});
