import type { DbOrTx } from '../../../core/db/client.ts';
import type { Snapshot } from '../../../core/workflow/registry.ts';
import { organisationsByIds, organisationsBySlugs } from '../../organisations/read.ts';
import { termsBySlug } from '../../taxonomy/read.ts';
import {
  markForReview,
  publicationForEdit,
  replaceClassification,
  replaceTranslations,
  termKeysOf,
  updatePublicationItem,
  upsertPublicationFields,
} from './repository.ts';

const PROVENANCES = ['original', 'human', 'machine'] as const;
const list = (v: Snapshot[string] | undefined): string[] => (Array.isArray(v) ? v : []);
const textOf = (v: Snapshot[string] | undefined): string | null =>
  v === null || v === undefined || Array.isArray(v) ? null : String(v);

/**
 * A publication's editable fields as a revision snapshot: `title.fr`, `summary.fr` … per
 * language, classification as `vocabulary:slug`, organisations by slug.
 */
export async function publicationSnapshot(tx: DbOrTx, itemId: string): Promise<Snapshot> {
  const p = await publicationForEdit(tx, itemId);
  if (!p) return {};
  const snap: Snapshot = { originalLocale: p.item.originalLocale, licence: p.item.licence };
  for (const t of p.translations) {
    snap[`title.${t.locale}`] = t.title;
    snap[`summary.${t.locale}`] = t.summary;
    snap[`body.${t.locale}`] = t.body;
    snap[`provenance.${t.locale}`] = t.provenance;
    snap[`needsReview.${t.locale}`] = t.needsReview ? 'yes' : null;
  }
  const f = p.fields;
  Object.assign(snap, {
    authors: f?.authors ?? [],
    year: f?.year ?? null,
    issuedOn: f?.issuedOn ?? null,
    languages: f?.languages ?? [],
    doi: f?.doi ?? null,
    isbn: f?.isbn ?? null,
    url: f?.url ?? null,
    pageCount: f?.pageCount ?? null,
    terms: await termKeysOf(tx, itemId),
    countries: p.countries,
    organisations: (await organisationsByIds(tx, p.organisationIds)).map((o) => o.slug).sort(),
  });
  return snap;
}

/** Writes a snapshot back (terms or organisations deleted since are skipped). */
export async function restorePublicationSnapshot(tx: DbOrTx, itemId: string, snap: Snapshot): Promise<void> {
  const current = await publicationForEdit(tx, itemId);
  if (!current) return;
  const locales = [
    ...new Set(Object.keys(snap).flatMap((k) => (k.startsWith('title.') ? [k.slice('title.'.length)] : []))),
  ];
  const translations = locales.map((locale) => {
    const provenance = textOf(snap[`provenance.${locale}`]);
    return {
      locale,
      title: textOf(snap[`title.${locale}`]) ?? '',
      summary: textOf(snap[`summary.${locale}`]) ?? undefined,
      body: textOf(snap[`body.${locale}`]) ?? undefined,
      provenance: PROVENANCES.find((x) => x === provenance) ?? 'human',
    };
  });
  // Every language the item has now or had then is managed: the snapshot's set wins.
  await replaceTranslations(tx, itemId, translations, [
    ...locales,
    ...current.translations.map((t) => t.locale),
  ]);
  await markForReview(
    tx,
    itemId,
    locales.filter((l) => snap[`needsReview.${l}`] === 'yes'),
  );
  const byVocabulary = new Map<string, string[]>();
  for (const key of list(snap.terms)) {
    const [vocabulary, slug] = key.split(':');
    if (!vocabulary || !slug) continue;
    byVocabulary.set(vocabulary, [...(byVocabulary.get(vocabulary) ?? []), slug]);
  }
  const termIds: number[] = [];
  for (const [vocabulary, slugs] of byVocabulary)
    for (const ref of (await termsBySlug(tx, vocabulary, slugs)).values()) termIds.push(ref.id);
  const organisations = await organisationsBySlugs(tx, list(snap.organisations));
  await replaceClassification(tx, itemId, {
    termIds,
    countries: list(snap.countries),
    organisationIds: organisations.map((o) => o.id),
  });
  await upsertPublicationFields(tx, itemId, {
    year: Number(snap.year ?? current.fields?.year ?? 0),
    issuedOn: textOf(snap.issuedOn),
    authors: list(snap.authors),
    languages: list(snap.languages),
    doi: textOf(snap.doi),
    isbn: textOf(snap.isbn),
    url: textOf(snap.url),
    pageCount: snap.pageCount === null || snap.pageCount === undefined ? null : Number(snap.pageCount),
  });
  await updatePublicationItem(tx, itemId, {
    originalLocale: textOf(snap.originalLocale) ?? current.item.originalLocale,
    licence: textOf(snap.licence),
  });
}
