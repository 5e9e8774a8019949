import type { DbOrTx } from '../../core/db/client.ts';
import type { Snapshot } from '../../core/workflow/registry.ts';
import {
  markForReview,
  replaceClassification,
  replaceTranslations,
} from '../library/editorial/repository.ts';
import { organisationsBySlugs } from '../organisations/read.ts';
import { termsBySlug } from '../taxonomy/read.ts';
import { articleForEdit, updateArticleItem } from './repository.ts';

const PROVENANCES = ['original', 'human', 'machine'] as const;
const list = (v: Snapshot[string] | undefined): string[] => (Array.isArray(v) ? v : []);
const textOf = (v: Snapshot[string] | undefined): string | null =>
  v === null || v === undefined || Array.isArray(v) ? null : String(v);

/**
 * An article's editable fields as a revision snapshot: `title.fr`, `summary.fr`, `body.fr` …
 * per language, classification as `vocabulary:slug`, organisations by slug, the image's text.
 */
export async function articleSnapshot(tx: DbOrTx, itemId: string): Promise<Snapshot> {
  const a = await articleForEdit(tx, itemId);
  if (!a) return {};
  const snap: Snapshot = { originalLocale: a.item.originalLocale, licence: a.item.licence };
  for (const t of a.translations) {
    snap[`title.${t.locale}`] = t.title;
    snap[`summary.${t.locale}`] = t.summary;
    snap[`body.${t.locale}`] = t.body;
    snap[`provenance.${t.locale}`] = t.provenance;
    snap[`needsReview.${t.locale}`] = t.needsReview ? 'yes' : null;
  }
  snap.terms = a.terms.map((t) => `${t.vocabularyId}:${t.slug}`);
  snap.countries = a.countries;
  snap.organisations = a.organisations.map((o) => o.slug);
  snap.imageAlt = a.image?.alt ?? null;
  return snap;
}

/** Writes a snapshot back (terms or organisations deleted since are skipped; the image stays). */
export async function restoreArticleSnapshot(tx: DbOrTx, itemId: string, snap: Snapshot): Promise<void> {
  const current = await articleForEdit(tx, itemId);
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
    if (vocabulary && slug) byVocabulary.set(vocabulary, [...(byVocabulary.get(vocabulary) ?? []), slug]);
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
  await updateArticleItem(tx, itemId, {
    originalLocale: textOf(snap.originalLocale) ?? current.item.originalLocale,
    licence: textOf(snap.licence),
  });
}
