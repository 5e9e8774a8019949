import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../core/db/client.ts';
import { searchDocument, searchLog } from '../../core/search/tables.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { createPublication } from '../../test/publications.ts';
import { reindexArticle as reindexNews } from '../articles/index.tsx';
import { contentItem, contentTranslation } from '../content/tables.ts';
import { reindexPublication } from '../library/search/reindex.ts';
import { loadGlossary } from '../glossary/index.tsx';
import { loadReferenceData } from '../taxonomy/index.tsx';
import { searchParams } from './params.ts';
import { PRUNE_SEARCH_CHANGES_JOB } from './index.tsx';
import { searchContent } from './search-content.ts';

let t: TestApp;

/** The test corpus with its facet values (programme areas with their ancestors), for brute-force counts. */
const corpus = [
  {
    key: 'A',
    texts: {
      en: {
        title: 'Cash transfers and child nutrition in Malawi',
        summary: 'How a social cash transfer programme changed the diet of young children in rural Malawi.',
      },
    },
    terms: [
      'programme-area/conditional-cash-transfers',
      'topic/gender',
      'population-group/children',
      'document-type/report',
    ],
    programme: ['conditional-cash-transfers', 'cash-transfers', 'social-assistance'],
    countries: ['MW'],
    year: 2019,
  },
  {
    key: 'B',
    texts: {
      en: {
        title: 'School feeding evaluation in Kenya',
        summary: 'An evaluation of meals served in primary schools.',
        body: 'The report compares school meals with cash transfers and with take-home rations. Cash transfers were cheaper.',
      },
    },
    terms: ['topic/health', 'document-type/evaluation', 'population-group/children'],
    programme: [],
    countries: ['KE'],
    year: 2021,
  },
  {
    key: 'C',
    texts: {
      fr: {
        title: 'Les transferts monétaires au Sénégal',
        summary:
          'Le programme national de bourses de sécurité familiale et les retraites des ménages ruraux.',
      },
    },
    terms: ['programme-area/unconditional-cash-transfers', 'population-group/women', 'document-type/report'],
    programme: ['unconditional-cash-transfers', 'cash-transfers', 'social-assistance'],
    countries: ['SN'],
    year: 2020,
  },
  {
    key: 'D',
    texts: {
      es: {
        title: 'Pensiones sociales en Bolivia',
        summary: 'La Renta Dignidad es una pensión no contributiva universal para personas mayores.',
      },
    },
    terms: ['programme-area/social-pensions', 'document-type/case-study', 'topic/gender'],
    programme: ['social-pensions', 'social-assistance'],
    countries: ['BO'],
    year: 2018,
  },
  {
    key: 'E',
    texts: {
      pt: {
        title: 'Benefícios de prestação continuada no Brasil',
        summary: 'O benefício garante um salário mínimo mensal a pessoas idosas e com deficiência.',
      },
    },
    terms: ['document-type/report', 'population-group/women'],
    programme: [],
    countries: ['BR'],
    year: 2022,
  },
] as const;

const ids = new Map<string, string>();

beforeAll(async () => {
  t = await startTestApp();
  const db = t.services.db;
  await loadReferenceData(db);
  for (const item of corpus) {
    ids.set(
      item.key,
      await createPublication(db, {
        slug: `pub-${item.key.toLowerCase()}`,
        texts: item.texts,
        terms: [...item.terms],
        countries: [...item.countries],
        year: item.year,
        organisations: item.key === 'A' || item.key === 'C' ? ['unicef'] : ['ilo'],
      }),
    );
  }
  // Never searchable: a submission awaiting review, a draft and an archived item.
  for (const status of ['submitted', 'draft', 'archived'] as const) {
    await createPublication(db, {
      slug: `hidden-${status}`,
      status,
      texts: {
        en: { title: `Cash transfers secret ${status}`, summary: 'Malawi children nutrition report' },
      },
      terms: ['topic/gender', 'document-type/report'],
      countries: ['MW'],
    });
  }
});
afterAll(async () => {
  await t?.close();
});

async function run(query: string, locale: 'en' | 'fr' | 'es' | 'pt' = 'en', scope = 'library') {
  const params = searchParams.parse(Object.fromEntries(new URLSearchParams(query)));
  // Repeated parameters: URLSearchParams → arrays, as Fastify's query parser gives them.
  const multi: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(query)) {
    const prev = multi[k];
    multi[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return searchContent(t.services, {
    params: { ...params, ...searchParams.parse(multi) },
    locale,
    scope:
      scope === 'library'
        ? { id: 'publication', kinds: ['publication'] }
        : { id: 'all', kinds: ['publication'] },
  });
}

const keysOf = (view: Awaited<ReturnType<typeof run>>) =>
  view.result.hits.map((h) => [...ids].find(([, id]) => id === h.refId)?.[0] ?? h.slug);

describe('relevance and the query language', () => {
  it('ranks a title match above a match in the body', async () => {
    const view = await run('q=cash+transfers');
    const keys = keysOf(view);
    expect(keys).toContain('A');
    expect(keys).toContain('B');
    expect(keys.indexOf('A')).toBeLessThan(keys.indexOf('B'));
  });

  it('matches exact phrases, exclusions and alternatives', async () => {
    expect(keysOf(await run('q=%22child+nutrition%22'))).toEqual(['A']);
    expect(keysOf(await run('q=%22nutrition+child%22'))).toEqual([]);
    expect(keysOf(await run('q=cash+transfers+-malawi'))).toEqual(['B']);
    expect(keysOf(await run('q=malawi+OR+kenya&sort=date')).sort()).toEqual(['A', 'B']);
  });

  it('drops each language’s stop words in that language only', async () => {
    expect(keysOf(await run('q=nutrition+of+the+children'))).toEqual(['A']);
    expect(keysOf(await run('q=transferts+mon%C3%A9taires+au+S%C3%A9n%C3%A9gal', 'fr'))).toEqual(['C']);
    expect(keysOf(await run('q=pensiones+en+Bolivia', 'es'))).toEqual(['D']);
    // Stop words with an exclusion: no branch degenerates into "everything but".
    expect(keysOf(await run('q=the+of+-malawi'))).toEqual([]);
  });

  it('stems each language with its own rules', async () => {
    expect(keysOf(await run('q=transfer'))).toEqual(expect.arrayContaining(['A', 'B']));
    expect(keysOf(await run('q=retraite', 'fr'))).toEqual(['C']);
    expect(keysOf(await run('q=pensiones', 'es'))).toEqual(['D']);
    expect(keysOf(await run('q=pensi%C3%B3n', 'es'))).toEqual(['D']);
    expect(keysOf(await run('q=beneficio', 'pt'))).toEqual(['E']);
  });

  it('ignores accents and case', async () => {
    expect(keysOf(await run('q=senegal'))).toEqual(['C']);
    expect(keysOf(await run('q=S%C3%89N%C3%89GAL'))).toEqual(['C']);
    expect(keysOf(await run('q=securite+familiale'))).toEqual(['C']);
    expect(keysOf(await run('q=beneficios'))).toEqual(['E']);
  });
});

describe('what is never found', () => {
  it('keeps drafts, submissions and archived items out of results and counts', async () => {
    const view = await run('q=secret');
    expect(view.result.total).toBe(0);
    const all = await run('');
    expect(all.result.total).toBe(corpus.length);
    const gender = all.facets.find((f) => f.id === 'topic')?.values.find((v) => v.param === 'gender');
    expect(gender?.count).toBe(2);
    const malawi = all.facets.find((f) => f.id === 'country')?.values.find((v) => v.param === 'MW');
    expect(malawi?.count).toBe(1);
  });

  it('drops an item from search when it is unpublished', async () => {
    const id = await createPublication(t.services.db, {
      texts: { en: { title: 'Temporary zanzibar note' } },
    });
    expect((await run('q=zanzibar')).result.total).toBe(1);
    expect((await run('q=zanzibr')).result.didYouMean).toBe('zanzibar');
    await t.services.db.update(contentItem).set({ status: 'draft' }).where(eq(contentItem.id, id));
    await reindexPublication(t.services.db, id);
    expect((await run('q=zanzibar')).result.total).toBe(0);
    // Its words are not suggested any more: a suggestion must find a published document.
    expect((await run('q=zanzibr')).result.didYouMean).toBeNull();
    const rows = await t.services.db.select().from(searchDocument).where(eq(searchDocument.refId, id));
    expect(rows).toHaveLength(0);
  });
});

describe('facets', () => {
  type Item = (typeof corpus)[number];
  const valuesOf = (item: Item, facet: string): string[] => {
    if (facet === 'programme-area') return [...item.programme];
    if (facet === 'country') return [...item.countries];
    return item.terms.filter((x) => x.startsWith(`${facet}/`)).map((x) => x.split('/')[1] as string);
  };
  const FACETS = ['document-type', 'programme-area', 'topic', 'population-group', 'country'];

  /** Brute force: the count of value v in facet f = items matching every other facet's selection, having v. */
  function expectedCounts(selection: Record<string, string[]>, facet: string): Map<string, number> {
    const out = new Map<string, number>();
    for (const item of corpus) {
      const ok = Object.entries(selection).every(
        ([f, vs]) => f === facet || vs.length === 0 || valuesOf(item, f).some((v) => vs.includes(v)),
      );
      if (!ok) continue;
      for (const v of valuesOf(item, facet)) out.set(v, (out.get(v) ?? 0) + 1);
    }
    return out;
  }

  const selections: Record<string, string[]>[] = [
    {},
    { topic: ['gender'] },
    { topic: ['gender'], 'document-type': ['report'] },
    { 'document-type': ['report', 'case-study'] },
    { 'programme-area': ['cash-transfers'], 'population-group': ['women', 'children'] },
    { 'programme-area': ['social-assistance'], topic: ['gender'], country: ['BO', 'MW'] },
  ];

  it.each(selections)('counts every facet right under %j', async (selection) => {
    const qs = new URLSearchParams();
    for (const [f, vs] of Object.entries(selection)) for (const v of vs) qs.append(f, v);
    const view = await run(qs.toString());
    const expectedTotal = corpus.filter((item) =>
      Object.entries(selection).every(([f, vs]) => valuesOf(item, f).some((v) => vs.includes(v))),
    ).length;
    expect(view.result.total).toBe(expectedTotal);
    for (const facet of FACETS) {
      const got = new Map(
        (view.facets.find((f) => f.id === facet)?.values ?? [])
          .filter((v) => v.count > 0)
          .map((v) => [v.param, v.count]),
      );
      expect(Object.fromEntries(got), facet).toEqual(Object.fromEntries(expectedCounts(selection, facet)));
    }
  });

  it('filters by region and income group through the countries', async () => {
    const africa = await run('region=sub-saharan-africa');
    expect(keysOf(africa).sort()).toEqual(['A', 'B', 'C']);
    const income = await run('income-group=low-income');
    expect(keysOf(income).sort()).toEqual(['A']);
  });

  it('filters by year range, language and organisation', async () => {
    expect(keysOf(await run('from=2020&to=2021')).sort()).toEqual(['B', 'C']);
    expect(keysOf(await run('language=fr'))).toEqual(['C']);
    expect(keysOf(await run('organisation=unicef')).sort()).toEqual(['A', 'C']);
  });
});

describe('across languages', () => {
  it('widens a query with the glossary: "transferts monétaires" finds English and Spanish documents', async () => {
    const es = await createPublication(t.services.db, {
      slug: 'es-transferencias',
      texts: { es: { title: 'La transferencia monetaria en Honduras', summary: 'Evaluación del bono.' } },
    });
    const without = await run('q=transferts+mon%C3%A9taires', 'fr');
    expect(keysOf(without)).toEqual(['C']);
    await loadGlossary(t.services.db);
    const view = await run('q=transferts+mon%C3%A9taires', 'fr');
    const keys = keysOf(view);
    expect(keys).toEqual(expect.arrayContaining(['A', 'B', 'C']));
    expect(view.result.hits.map((h) => h.refId)).toContain(es);
    expect(view.result.expansions[0]?.matched).toBe('transferts monétaires');
    expect(view.result.expansions[0]?.equivalents).toEqual(
      expect.arrayContaining([
        { locale: 'en', text: 'cash transfer' },
        { locale: 'es', text: 'transferencia monetaria' },
      ]),
    );
    // The page names the equivalents and lets the reader search only for their words.
    const res = await t.app.inject({ url: '/fr/library?q=transferts+mon%C3%A9taires' });
    expect(res.body).toContain('Nous avons aussi cherché les équivalents de « transferts monétaires » :');
    expect(res.body).toContain('<span lang="en">cash transfer</span> (anglais)');
    expect(res.body).toContain('href="/fr/library?q=transferts+mon%C3%A9taires&amp;expand=0"');
    const only = await t.app.inject({ url: '/fr/library?q=transferts+mon%C3%A9taires&expand=0' });
    expect(only.body).toContain('1 résultat');
    expect(only.body).toContain('Les termes équivalents dans les autres langues ne sont pas inclus.');
    // An English reader's "conditional cash transfers" reaches the French programme on cash transfers too.
    const cct = await run('q=conditional+cash+transfers');
    expect(cct.result.expansions[0]?.matched).toBe('conditional cash transfers');
  });
});

describe('global search', () => {
  it('covers every registered kind: news beside publications', async () => {
    const [news] = await t.services.db
      .insert(contentItem)
      .values({
        type: 'news',
        slug: 'malawi-news',
        status: 'published',
        originalLocale: 'en',
        publishedAt: new Date(),
      })
      .returning({ id: contentItem.id });
    if (!news) throw new Error('no news');
    await t.services.db
      .insert(contentTranslation)
      .values({ itemId: news.id, locale: 'en', title: 'Malawi scales up its social cash transfer' });
    await reindexNews(t.services.db, news.id);
    const res = await t.app.inject({ url: '/en/search?q=malawi' });
    expect(res.body).toContain('href="/en/news/malawi-news"');
    expect(res.body).toContain('href="/en/library/pub-a"');
    expect(res.body).toMatch(/name="type" value="news"\/><label[^>]*>News <span class="count">\(1\)/);
    const onlyNews = await t.app.inject({ url: '/en/search?q=malawi&type=news' });
    expect(onlyNews.body).toContain('href="/en/news/malawi-news"');
    expect(onlyNews.body).not.toContain('href="/en/library/pub-a"');
    // The library lists publications only.
    const library = await t.app.inject({ url: '/en/library?q=malawi' });
    expect(library.body).not.toContain('malawi-news');
  });
});

describe('the pages', () => {
  it('renders results with escaped, highlighted snippets and facets as a GET form', async () => {
    await createPublication(t.services.db, {
      slug: 'hostile-title',
      texts: {
        en: { title: '<script>alert(1)</script> Quokka study', summary: 'A quokka <b>bold</b> claim.' },
      },
    });
    const res = await t.app.inject({ url: '/en/library?q=quokka' });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>alert(1)');
    expect(res.body).toContain('&lt;script>alert(1)&lt;/script> <mark>Quokka</mark> study');
    // Snippets are plain text: markup in a summary never reaches the page as markup.
    expect(res.body).toMatch(/<p>[^<]*<mark>quokka<\/mark>[^<]*bold[^<]*claim/);
    expect(res.body).not.toContain('<b>bold');
    expect(res.body).toMatch(/<form method="get" action="\/en\/library"/);
    expect(res.body).toContain('href="/en/library/hostile-title"');
  });

  it('answers hostile and malformed queries with results or a notice, never an error', async () => {
    const queries = [
      '"unbalanced quote',
      '- OR -',
      '""',
      "'; drop table search_document; --",
      'cash & | ! <-> :* ( ) transfers',
      'a\u0000b\u0007c',
      'x'.repeat(10_000),
      '🙂 التحويلات النقدية',
      'OR',
    ];
    for (const q of queries) {
      const res = await t.app.inject({ url: `/fr/search?q=${encodeURIComponent(q)}` });
      expect(res.statusCode, q.slice(0, 30)).toBe(200);
    }
    const long = await t.app.inject({ url: `/en/library?q=${'x'.repeat(10_000)}` });
    expect(long.body).toContain('only its first 200 characters were used');
    const ops = await t.app.inject({ url: '/en/library?q=-+OR' });
    expect(ops.body).toContain('could not be used and were ignored');
    const [{ n }] = (await queryRows<{ n: number }>(
      t.services.db,
      sql`select count(*)::int as n from search_document`,
    )) as [{ n: number }];
    expect(n).toBeGreaterThan(0);
  });

  it('reads odd but harmless URLs sensibly: repeated parameters, a backwards year range, a page past the end', async () => {
    const repeated = await t.app.inject({
      url: '/en/library?page=1&page=2&sort=date&sort=x&from=2019&from=2020',
    });
    expect(repeated.statusCode).toBe(200);
    expect(keysOf(await run('from=2022&to=2021')).sort()).toEqual(['B', 'E']);
    const late = await t.app.inject({ url: '/en/library?q=malawi&page=40' });
    expect(late.statusCode).toBe(200);
    expect(late.body).toContain('href="/en/library/pub-a"');
    expect(late.body).not.toContain('Nothing matches');
  });

  it('ignores unknown facet values with a notice', async () => {
    const res = await t.app.inject({ url: '/fr/library?topic=nope&country=ZZ&topic=gender&language=zz' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(
      'Ces filtres n’ont pas été reconnus et ont été ignorés : Thème : nope, Pays : ZZ, Langue : zz.',
    );
    expect(res.body).toContain('<a href="/fr/library">Retirer Thème : Genre</a>');
    expect(res.body).toMatch(/2 résultats/);
  });

  it('offers a corrected query for a misspelling', async () => {
    const view = await run('q=nutrtion');
    expect(view.result.didYouMean).toBe('nutrition');
    const res = await t.app.inject({ url: '/en/library?q=nutrtion' });
    expect(res.body).toContain('Did you mean:');
    expect(res.body).toContain('href="/en/library?q=nutrition"');
  });

  it('shows links that drop a filter when nothing matches', async () => {
    const res = await t.app.inject({ url: '/en/library?q=malawi&country=BO' });
    expect(res.body).toContain('Nothing matches “malawi”.');
    expect(res.body).toContain('href="/en/library?q=malawi"');
  });

  it('logs searches without any user', async () => {
    await t.services.db.delete(searchLog);
    await t.app.inject({ url: '/es/search?q=pensiones&topic=gender' });
    await t.app.inject({ url: '/es/search?q=pensiones&topic=gender&page=2' });
    const rows = await t.services.db.select().from(searchLog);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ query: 'pensiones', locale: 'es', scope: 'all', results: 1 });
    expect(rows[0]?.filters).toEqual({ topic: ['gender'] });
    expect(Object.keys(rows[0] ?? {})).not.toContain('userId');
  });
});

describe('the index change feed', () => {
  it('is pruned by the daily job: records older than a week go, the newest always stays', async () => {
    const { db, jobs } = t.services;
    const count = async () =>
      Number((await queryRows<{ n: number }>(db, sql`select count(*)::int as n from search_change`))[0]?.n);
    expect(await count()).toBeGreaterThan(1);
    await db.execute(sql`update search_change set at = now() - interval '8 days'`);
    await jobs.send(PRUNE_SEARCH_CHANGES_JOB);
    expect(await count()).toBe(1);
    // This process's index is current, so searching goes on as before.
    const res = await t.app.inject({ url: '/en/library?q=malawi' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/Malawi/);
  });
});
