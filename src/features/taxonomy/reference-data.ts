import type { Db, DbOrTx } from '../../core/db/client.ts';
import { LOCALES } from '../../core/i18n/index.ts';
import { alpha3 } from './countries.ts';
import { COUNTRY_CLASSIFICATION } from './data/countries.ts';
import { type TermSeed, VOCABULARIES } from './data/vocabulary.ts';
import {
  insertCountries,
  insertTermLabels,
  insertTermsIfMissing,
  insertVocabularies,
  insertVocabularyLabels,
  termIdsIn,
} from './repository.ts';

export interface ReferenceDataResult {
  vocabularies: number;
  terms: number;
  countries: number;
}

/**
 * Copies the reference vocabularies and the country table into the database: what is missing
 * is inserted, nothing that exists is touched. Safe at every start. Labels are written only for
 * vocabularies and terms created by this call, so a label an editor removed or changed stays as
 * the editor left it; a term an editor retired or merged stays so.
 */
export async function loadReferenceData(db: Db): Promise<ReferenceDataResult> {
  return db.transaction(async (tx) => {
    const newVocabularies = new Set(
      (
        await insertVocabularies(
          tx,
          VOCABULARIES.map((v, position) => ({ id: v.id, isTree: v.isTree, position })),
        )
      ).map((v) => v.id),
    );
    await insertVocabularyLabels(
      tx,
      VOCABULARIES.filter((v) => newVocabularies.has(v.id)).flatMap((v) =>
        LOCALES.map((locale) => ({ vocabularyId: v.id, locale, label: v.labels[locale] })),
      ),
    );

    const created = await insertTermTree(tx);
    const countries = await insertCountryTable(tx);
    return { vocabularies: newVocabularies.size, terms: created, countries };
  });
}

/** Inserts terms level by level (parents first), then the labels of the terms just created. */
async function insertTermTree(tx: DbOrTx): Promise<number> {
  const key = (vocabularyId: string, slug: string) => `${vocabularyId}\u0000${slug}`;
  const ids = new Map<string, number>();
  const remember = (rows: { id: number; vocabularyId: string; slug: string }[]) => {
    for (const r of rows) ids.set(key(r.vocabularyId, r.slug), r.id);
  };
  remember(
    await termIdsIn(
      tx,
      VOCABULARIES.map((v) => v.id),
    ),
  );

  const createdIds = new Set<number>();
  const seeds = new Map<number, TermSeed>();
  type Pending = { vocabularyId: string; parentSlug: string | null; seed: TermSeed; position: number };
  let level: Pending[] = VOCABULARIES.flatMap((v) =>
    v.terms.map((seed, position) => ({ vocabularyId: v.id, parentSlug: null, seed, position })),
  );
  while (level.length > 0) {
    const missing = level.filter((p) => !ids.has(key(p.vocabularyId, p.seed.slug)));
    const inserted = await insertTermsIfMissing(
      tx,
      missing.map((p) => ({
        vocabularyId: p.vocabularyId,
        slug: p.seed.slug,
        position: p.position,
        parentId: p.parentSlug ? (ids.get(key(p.vocabularyId, p.parentSlug)) ?? null) : null,
      })),
    );
    remember(inserted);
    for (const row of inserted) {
      createdIds.add(row.id);
      const seed = missing.find((p) => p.vocabularyId === row.vocabularyId && p.seed.slug === row.slug)?.seed;
      if (seed) seeds.set(row.id, seed);
    }
    level = level.flatMap((p) =>
      (p.seed.children ?? []).map((seed, position) => ({
        vocabularyId: p.vocabularyId,
        parentSlug: p.seed.slug,
        seed,
        position,
      })),
    );
  }

  await insertTermLabels(
    tx,
    [...seeds].flatMap(([termId, seed]) =>
      LOCALES.map((locale) => ({
        termId,
        locale,
        label: seed.labels[locale],
        description: seed.description?.[locale] ?? null,
      })),
    ),
  );
  return createdIds.size;
}

/** Every country with its World Bank region and income group (only countries not there yet). */
async function insertCountryTable(tx: DbOrTx): Promise<number> {
  const groups = await termIdsIn(tx, ['region', 'income-group']);
  const idOf = (vocabularyId: string, slug: string | null) =>
    slug ? (groups.find((g) => g.vocabularyId === vocabularyId && g.slug === slug)?.id ?? null) : null;
  const rows = COUNTRY_CLASSIFICATION.map((c) => ({
    iso2: c.iso2,
    iso3: alpha3(c.iso2) ?? c.iso2,
    regionTermId: idOf('region', c.region),
    incomeTermId: idOf('income-group', c.income),
  }));
  await insertCountries(tx, rows);
  return rows.length;
}
