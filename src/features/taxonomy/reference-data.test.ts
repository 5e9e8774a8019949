import { and, eq } from 'drizzle-orm';
import countries from 'i18n-iso-countries';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { VOCABULARIES } from './data/vocabulary.ts';
import { loadReferenceData, termOptions, termsBySlug } from './index.tsx';
import { country, term, termLabel, vocabulary, vocabularyLabel } from './tables.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const countTerms = (seeds: (typeof VOCABULARIES)[number]['terms']): number =>
  seeds.reduce((n, s) => n + 1 + countTerms(s.children ?? []), 0);

async function termId(vocabularyId: string, slug: string) {
  const [row] = await t.services.db
    .select()
    .from(term)
    .where(and(eq(term.vocabularyId, vocabularyId), eq(term.slug, slug)));
  return row!;
}

describe('loadReferenceData', () => {
  it('loads every vocabulary, term and country on an empty database', async () => {
    const result = await loadReferenceData(t.services.db);
    const expectedTerms = VOCABULARIES.reduce((n, v) => n + countTerms(v.terms), 0);
    expect(result).toEqual({ vocabularies: 7, terms: expectedTerms, countries: 250 });
    const db = t.services.db;
    expect((await db.select().from(vocabulary)).map((v) => v.id)).toEqual(
      expect.arrayContaining([
        'content-type',
        'document-type',
        'programme-area',
        'topic',
        'population-group',
        'region',
        'income-group',
      ]),
    );
    expect(await db.select().from(vocabularyLabel)).toHaveLength(7 * 4);
    expect(await db.select().from(termLabel)).toHaveLength(expectedTerms * 4);
  });

  it('writes real translations, not copies of the English label', async () => {
    const rows = await t.services.db.select().from(termLabel);
    const byTerm = new Map<number, Record<string, string>>();
    for (const r of rows) byTerm.set(r.termId, { ...byTerm.get(r.termId), [r.locale]: r.label });
    const copied = [...byTerm.values()].filter((l) => l.fr === l.en && l.es === l.en && l.pt === l.en);
    // Only words that are the same in every language (none expected).
    expect(copied.map((l) => l.en)).toEqual([]);
    expect((await termId('topic', 'targeting')).status).toBe('active');
    const [fr] = await t.services.db
      .select()
      .from(termLabel)
      .where(and(eq(termLabel.termId, (await termId('topic', 'targeting')).id), eq(termLabel.locale, 'fr')));
    expect(fr?.label).toBe('Ciblage');
  });

  it('builds the programme-area tree as PRODUCT.md lists it', async () => {
    const options = await termOptions(t.services.db, 'programme-area', 'en');
    const shape = options.map((o) => `${'  '.repeat(o.depth)}${o.slug}`);
    expect(shape).toEqual([
      'social-assistance',
      '  cash-transfers',
      '    conditional-cash-transfers',
      '    unconditional-cash-transfers',
      '  in-kind-transfers',
      '  school-feeding',
      '  social-pensions',
      '  public-works',
      '  fee-waivers-subsidies',
      '  social-support-services',
      'social-insurance',
      '  contributory-pensions',
      '  health-insurance',
      '  unemployment-insurance',
      '  maternity-benefits',
      '  disability-benefits',
      '  employment-injury',
      'labour-market-programmes',
      '  active-labour-market',
      '  passive-labour-market',
      'productive-inclusion',
    ]);
    const fr = await termOptions(t.services.db, 'programme-area', 'fr');
    expect(fr.find((o) => o.slug === 'cash-transfers')?.label).toBe('Transferts monétaires');
  });

  it('classifies every ISO country by World Bank region and income group', async () => {
    const db = t.services.db;
    const rows = await db.select().from(country);
    expect(rows.map((r) => r.iso2).sort()).toEqual(Object.keys(countries.getAlpha2Codes()).sort());
    expect(rows.every((r) => r.regionTermId !== null)).toBe(true);
    const group = async (iso2: string) => {
      const row = rows.find((r) => r.iso2 === iso2)!;
      const [region] = await db.select().from(term).where(eq(term.id, row.regionTermId!));
      const [income] = row.incomeTermId
        ? await db.select().from(term).where(eq(term.id, row.incomeTermId))
        : [];
      return [region?.slug, income?.slug ?? null];
    };
    expect(await group('KE')).toEqual(['sub-saharan-africa', 'lower-middle-income']);
    expect(await group('BR')).toEqual(['latin-america-caribbean', 'upper-middle-income']);
    expect(await group('ET')).toEqual(['sub-saharan-africa', 'low-income']);
    expect(await group('IN')).toEqual(['south-asia', 'lower-middle-income']);
    expect(await group('MT')).toEqual(['middle-east-north-africa', 'high-income']);
    expect(await group('VE')).toEqual(['latin-america-caribbean', null]);
    expect(await group('RE')).toEqual(['sub-saharan-africa', null]);
    const income = rows.filter((r) => r.incomeTermId !== null).length;
    expect(income).toBe(218); // 217 World Bank economies, the Channel Islands counted twice (GG, JE).
    expect(rows.find((r) => r.iso2 === 'KE')?.iso3).toBe('KEN');
  });

  it('is idempotent and never overwrites what editors changed', async () => {
    const db = t.services.db;
    const targeting = await termId('topic', 'targeting');
    await db
      .update(termLabel)
      .set({ label: 'Ciblage des bénéficiaires' })
      .where(and(eq(termLabel.termId, targeting.id), eq(termLabel.locale, 'fr')));
    await db.delete(termLabel).where(and(eq(termLabel.termId, targeting.id), eq(termLabel.locale, 'pt')));
    const gender = await termId('topic', 'gender');
    await db.update(term).set({ status: 'retired' }).where(eq(term.id, gender.id));
    const before = (await db.select().from(term)).length;

    expect(await loadReferenceData(db)).toEqual({ vocabularies: 0, terms: 0, countries: 250 });

    expect((await db.select().from(term)).length).toBe(before);
    const labels = await db.select().from(termLabel).where(eq(termLabel.termId, targeting.id));
    expect(labels.find((l) => l.locale === 'fr')?.label).toBe('Ciblage des bénéficiaires');
    expect(labels.find((l) => l.locale === 'pt')).toBeUndefined();
    expect((await termId('topic', 'gender')).status).toBe('retired');
    // Readers of a language with no label see the English one.
    const pt = await termOptions(db, 'topic', 'pt');
    expect(pt.find((o) => o.slug === 'targeting')?.label).toBe('Targeting');
    expect(pt.find((o) => o.slug === 'gender')).toBeUndefined();
  });

  it('adds terms that appear in the data later', async () => {
    const db = t.services.db;
    const climate = await termId('topic', 'climate');
    // Simulate an older database that lacked a term: remove one the data has.
    await db.delete(termLabel).where(eq(termLabel.termId, climate.id));
    await db.delete(term).where(eq(term.id, climate.id));
    expect((await loadReferenceData(db)).terms).toBe(1);
    const back = await termsBySlug(db, 'topic', ['climate', 'no-such-topic']);
    expect(back.get('climate')?.status).toBe('active');
    expect(back.has('no-such-topic')).toBe(false);
  });
});
