import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Random } from '../../../seed/random.ts';
import { testDatabase } from '../../../test/database.ts';
import { type Database, queryRows } from '../../db/client.ts';
import { indexDocument, removeDocument } from '../indexing.ts';
import { parseQuery } from '../query.ts';
import { queryState } from '../repository.ts';
import { tsqueryExpression } from '../tsquery.ts';
import { LiveIndex } from './live-index.ts';
import { type MemoryIndex, type RankPosition, wantedLexemes } from './memory-index.ts';
import { pruneChanges } from './repository.ts';
import { nodeKey, parseTsquery, parseTsvector, type QueryNode, simplifyQuery } from './text-format.ts';

// The in-memory index must find exactly what PostgreSQL's `document @@ tsquery` finds: the
// same documents for words, phrases, OR, exclusions and stop words, in all languages.
let database: Database & { drop(): Promise<void> };
/** Enough documents for posting lists with skip points (one every 64 documents). */
const CORPUS = 200;

const WORDS: Record<string, string[]> = {
  en: [
    'cash',
    'transfers',
    'social',
    'protection',
    'floor',
    'children',
    'pension',
    'the',
    'of',
    'registry',
    'means',
    'test',
    'proxy',
  ],
  fr: [
    'transferts',
    'monétaires',
    'protection',
    'sociale',
    'enfants',
    'retraite',
    'registre',
    'le',
    'de',
    'des',
    'épargne',
  ],
  es: [
    'transferencias',
    'monetarias',
    'protección',
    'social',
    'niños',
    'pensión',
    'registro',
    'el',
    'de',
    'los',
    'años',
  ],
  pt: [
    'transferências',
    'monetárias',
    'proteção',
    'social',
    'crianças',
    'previdência',
    'cadastro',
    'o',
    'de',
    'dos',
    'ação',
  ],
};

function sentence(rng: Random, locale: string, n: number): string {
  return Array.from({ length: n }, () => rng.pick(WORDS[locale] as string[])).join(' ');
}

async function matchesInPostgres(tsquery: string): Promise<string[]> {
  const rows = await queryRows<{ ref_id: string }>(
    database.db,
    sql`select ref_id from search_document where document @@ ${tsquery}::tsquery order by ref_id`,
  );
  return rows.map((r) => r.ref_id);
}

function matchesInMemory(index: MemoryIndex, tsquery: string): string[] {
  const tree = parseTsquery(tsquery);
  if (!tree) return [];
  const found = index.search({
    query: tree,
    kinds: ['doc'],
    groups: [],
    sort: 'date',
    limit: 1000,
    offset: 0,
  });
  return found.page.map((p) => p.refId).sort();
}

/** The tsquery PostgreSQL builds for a reader's query (no glossary expansion), as text. */
async function tsqueryOf(text: string): Promise<string> {
  const { tsquery } = await queryState(database.db, tsqueryExpression(parseQuery(text), []));
  return tsquery ?? '';
}

/** A one-language document with just a title. */
function titled(kind: string, refId: string, locale: string, title: string, sortDate?: Date) {
  return indexDocument(database.db, {
    kind,
    refId,
    slug: refId,
    originalLocale: locale,
    texts: [{ locale, title }],
    sortDate,
  });
}

async function indexAt(live: LiveIndex): Promise<MemoryIndex> {
  const { generation } = await queryState(database.db, null);
  return live.ensure(database.db, generation);
}

beforeAll(async () => {
  database = await testDatabase();
  const rng = new Random(7);
  const locales = Object.keys(WORDS);
  for (let i = 0; i < CORPUS; i++) {
    const langs = rng.sample(locales, rng.int(1, 2));
    await indexDocument(database.db, {
      kind: 'doc',
      refId: `d${String(i).padStart(2, '0')}`,
      slug: `d${i}`,
      originalLocale: langs[0] as string,
      texts: langs.map((l) => ({
        locale: l,
        title: sentence(rng, l, rng.int(2, 5)),
        summary: sentence(rng, l, rng.int(5, 15)),
        body: rng.chance(0.5) ? sentence(rng, l, rng.int(10, 40)) : null,
      })),
      extra: rng.chance(0.3) ? [{ text: sentence(rng, 'en', 30), weight: 'D', locale: 'en' }] : [],
      sortDate: new Date(Date.UTC(2000 + (i % 20), i % 12, 1)),
      year: 2000 + (i % 20),
    });
  }
});
afterAll(() => database?.drop());

describe('reading PostgreSQL text output', () => {
  it('reads tsvectors as PostgreSQL holds them: lexemes, positions and best weight', async () => {
    const rows = await queryRows<{
      v: string;
      expected: { lexeme: string; positions: number[]; weights: string[] }[];
    }>(
      database.db,
      sql`with v as (select setweight(to_tsvector('simple', ${"it's a back\\slash O'Brien naïve x:y"}), 'B')
          || setweight(to_tsvector('simple', 'back again'), 'D') as v)
        select v::text as v, (select json_agg(json_build_object('lexeme', lexeme, 'positions', positions,
          'weights', weights)) from unnest(v.v)) as expected from v`,
    );
    const row = rows[0] as (typeof rows)[number];
    const parsed = parseTsvector(row.v);
    const expected = row.expected.map((e) => ({
      lexeme: e.lexeme,
      positions: e.positions,
      cls: Math.min(...e.weights.map((w) => 'ABCD'.indexOf(w))),
    }));
    expect(parsed).toEqual(expected);
    // Quotes and backslashes inside lexemes, and a lexeme without positions.
    const [odd] = await queryRows<{ v: string }>(
      database.db,
      sql`select ${"'o''brien':1A 'back\\\\slash':2C,3 stripped"}::tsvector::text as v`,
    );
    expect(parseTsvector(odd?.v ?? '')).toEqual([
      { lexeme: 'back\\slash', positions: [2, 3], cls: 2 },
      { lexeme: "o'brien", positions: [1], cls: 0 },
      { lexeme: 'stripped', positions: [], cls: 3 },
    ]);
  });

  it('reads tsqueries with the precedence PostgreSQL prints them with', () => {
    expect(parseTsquery("'a' | 'b' & !'c' <-> 'd' <2> 'e'")).toEqual({
      op: 'or',
      left: { op: 'leaf', lexeme: 'a' },
      right: {
        op: 'and',
        left: { op: 'leaf', lexeme: 'b' },
        right: {
          op: 'phrase',
          distance: 2,
          left: {
            op: 'phrase',
            distance: 1,
            left: { op: 'not', arg: { op: 'leaf', lexeme: 'c' } },
            right: { op: 'leaf', lexeme: 'd' },
          },
          right: { op: 'leaf', lexeme: 'e' },
        },
      },
    });
    expect(parseTsquery('')).toBeNull();
    // Results mark the wanted words, once each, never the excluded ones.
    expect(wantedLexemes(parseTsquery("'a' <-> 'b' & !'c' | 'a' | 'o''k'") as QueryNode)).toEqual([
      'a',
      'b',
      "o'k",
    ]);
    expect(() => parseTsquery("'a':*")).toThrow();
  });
});

describe('the in-memory index', () => {
  const live = new LiveIndex();
  // The same index with some phrases precomputed (as the glossary's forms are).
  const withPhrases = new LiveIndex(() => async () => [
    { locale: 'en', text: 'cash transfers' },
    { locale: 'en', text: 'social protection' },
    { locale: 'es', text: 'registro social' },
    { locale: 'fr', text: 'protection sociale' },
    { locale: 'en', text: 'proxy-means test' },
  ]);

  const queries = [
    'cash',
    'transfers',
    'cash transfers',
    '"cash transfers"',
    '"social protection"',
    '"protection sociale"',
    'cash cash transfers',
    '"social social"',
    '"proxy means test"',
    'pension OR retraite',
    'social -children',
    '"registro social" OR "cadastro social"',
    'the of',
    'protección',
    'proteccion',
    'crianças -ação',
    '"transferências monetárias" previdência',
    'épargne OR pensión -social',
  ];

  it.each(queries)('finds what PostgreSQL finds for %s', async (text) => {
    const index = await indexAt(live);
    const tsquery = await tsqueryOf(text);
    const expected = await matchesInPostgres(tsquery);
    expect(matchesInMemory(index, tsquery)).toEqual(expected);
    expect(matchesInMemory(await indexAt(withPhrases), tsquery)).toEqual(expected);
  });

  it('precomputes registered phrases, with the scores that reading positions gives', async () => {
    const index = await indexAt(withPhrases);
    expect(index.phraseCount).toBeGreaterThanOrEqual(5);
    const tsquery = await tsqueryOf('"social protection"');
    const tree = parseTsquery(tsquery);
    const request = {
      query: tree,
      kinds: ['doc'],
      groups: [],
      sort: 'relevance' as const,
      limit: 60,
      offset: 0,
    };
    const plain = (await indexAt(live)).search(request);
    expect(plain.total).toBeGreaterThan(0);
    expect(index.search(request)).toEqual(plain);
  });

  it('ranks the same after the query is simplified (duplicates dropped, shared operands factored out)', async () => {
    const index = await indexAt(live);
    for (const text of queries) {
      const tsquery = await tsqueryOf(text);
      const tree = parseTsquery(tsquery);
      if (!tree) continue;
      const request = { kinds: ['doc'], groups: [], sort: 'relevance' as const, limit: 60, offset: 0 };
      const simplified = simplifyQuery(tree);
      expect(nodeKey(simplified).length).toBeLessThanOrEqual(nodeKey(tree).length);
      expect(index.search({ ...request, query: simplified })).toEqual(
        index.search({ ...request, query: tree }),
      );
    }
  });

  it('pages by position (keyset) exactly as by offset, by relevance and by date, with whole totals', async () => {
    const index = await indexAt(live);
    const tree = parseTsquery(await tsqueryOf('social OR protection OR cash'));
    for (const sort of ['relevance', 'date'] as const) {
      const base = {
        query: sort === 'date' ? null : tree,
        kinds: ['doc'],
        groups: [{ id: 'type', column: 'kind' as const, selected: [] }],
        sort,
      };
      const all = index.search({ ...base, limit: CORPUS, offset: 0 });
      expect(all.page.length).toBeGreaterThan(30);
      const paged: string[] = [];
      let after: RankPosition | undefined;
      for (;;) {
        const page = index.search({ ...base, limit: 7, offset: 0, after });
        expect(page.total).toBe(all.total);
        paged.push(...page.page.map((p) => p.refId));
        const last = page.page.at(-1);
        if (!last) break;
        // Through JSON, as an API cursor carries it.
        after = JSON.parse(JSON.stringify(last.position)) as RankPosition;
      }
      expect(paged).toEqual(all.page.map((p) => p.refId));
      // Without facet counts: the same results and total, nothing counted.
      const bare = index.search({ ...base, limit: CORPUS, offset: 0, facets: false });
      expect(bare.page).toEqual(all.page);
      expect(bare.total).toBe(all.total);
      expect(all.facets.get('type')?.get('doc')).toBe(all.total);
      expect(bare.facets.size).toBe(0);
    }
  });

  it('finds the corpus non-trivially (the comparison above is not between empty lists)', async () => {
    const index = await indexAt(live);
    const sizes = [];
    for (const text of queries) {
      const tsquery = await tsqueryOf(text);
      sizes.push(matchesInMemory(index, tsquery).length);
    }
    expect(sizes.filter((n) => n > 0 && n < CORPUS).length).toBeGreaterThan(10);
  });

  it('ranks a title match above body and file-text matches, then newer before older', async () => {
    await indexDocument(database.db, {
      kind: 'rank',
      refId: 'body-new',
      slug: 'body-new',
      originalLocale: 'en',
      texts: [{ locale: 'en', title: 'Annual report', body: 'A note on zakat funds.' }],
      sortDate: new Date('2024-01-01'),
    });
    for (const [refId, date] of [
      ['title-old', '2001-01-01'],
      ['title-new', '2020-01-01'],
    ] as const) {
      await titled('rank', refId, 'en', 'Zakat funds', new Date(date));
    }
    const index = await indexAt(live);
    const tsquery = await tsqueryOf('zakat');
    const found = index.search({
      query: parseTsquery(tsquery),
      kinds: ['rank'],
      groups: [],
      sort: 'relevance',
      limit: 10,
      offset: 0,
    });
    expect(found.page.map((p) => p.refId)).toEqual(['title-new', 'title-old', 'body-new']);
    // Each result carries the query's words it holds, for marking (one config's stem here).
    expect(found.page.map((p) => p.words)).toEqual([['zakat'], ['zakat'], ['zakat']]);
  });

  it('follows changes made through indexDocument and removeDocument (another process’s writes)', async () => {
    const other = new LiveIndex();
    await indexAt(other);
    const tontine = async (index: MemoryIndex) => matchesInMemory(index, await tsqueryOf('tontine'));
    expect(await tontine(await indexAt(other))).toEqual([]);
    await titled('doc', 'd00', 'fr', 'Tontines et épargne');
    await database.db.transaction(async (tx) => {
      await indexDocument(tx, {
        kind: 'doc',
        refId: 'new',
        slug: 'new',
        originalLocale: 'fr',
        texts: [{ locale: 'fr', title: 'La tontine' }],
      });
      await removeDocument(tx, 'doc', 'd01');
    });
    const index = await indexAt(other);
    expect(await tontine(index)).toEqual(['d00', 'new']);
    const all = index.search({
      query: null,
      kinds: ['doc'],
      groups: [],
      sort: 'date',
      limit: 1000,
      offset: 0,
    });
    expect(all.page.map((p) => p.refId)).not.toContain('d01');
    expect(all.total).toBe(CORPUS);
    // The replaced d00 no longer matches its old words.
    const tsquery = await tsqueryOf('tontine -épargne');
    expect(matchesInMemory(index, tsquery)).toEqual(['new']);
  });

  it('reloads everything when the change feed no longer reaches back to its generation', async () => {
    const behind = new LiveIndex();
    await indexAt(behind);
    await titled('doc', 'late', 'en', 'Microinsurance pilots');
    await database.db.execute(sql`update search_change set at = now() - interval '30 days'`);
    expect(await pruneChanges(database.db, 7)).toBeGreaterThan(0);
    await titled('doc', 'later', 'en', 'Microinsurance reviews');
    const tsquery = await tsqueryOf('microinsurance');
    // The stale copy answers while the reload runs in the background, then the fresh one.
    await indexAt(behind);
    await behind.settled();
    expect(matchesInMemory(await indexAt(behind), tsquery)).toEqual(['late', 'later']);
  });

  it('reloads when the generation goes back (a database restored from a backup)', async () => {
    const restored = new LiveIndex();
    await indexAt(restored);
    await database.db.execute(sql`update search_generation set n = 1`);
    await database.db.execute(sql`delete from search_document where ref_id = 'late'`);
    await indexAt(restored);
    await restored.settled();
    const tsquery = await tsqueryOf('microinsurance');
    expect(matchesInMemory(await indexAt(restored), tsquery)).toEqual(['later']);
  });
});
