import type { DbOrTx } from '../../../core/db/client.ts';
import type { Snapshot } from '../../../core/workflow/registry.ts';
import {
  contentFieldsForSnapshot,
  markForReview,
  replaceClassification,
  replaceTranslations,
} from '../../content/repository.ts';
import { organisationsBySlugs } from '../../organisations/read.ts';
import { termsBySlug } from '../../taxonomy/read.ts';

const PROVENANCES = ['original', 'human', 'machine'] as const;

/** A snapshot value as a list (absent or a single value: none). */
export const snapList = (v: Snapshot[string] | undefined): string[] => (Array.isArray(v) ? v : []);
/** A snapshot value as text (absent, null or a list: null). */
export const snapText = (v: Snapshot[string] | undefined): string | null =>
  v === null || v === undefined || Array.isArray(v) ? null : String(v);

/**
 * The fields every content type shares, as snapshot entries: `title.fr`, `summary.fr`,
 * `body.fr`, `provenance.fr`, `needsReview.fr` per language, the original language,
 * classification as `vocabulary:slug`, countries and organisations by slug. Each type adds
 * its own fields to this.
 */
export async function contentSnapshot(tx: DbOrTx, itemId: string): Promise<Snapshot> {
  const c = await contentFieldsForSnapshot(tx, itemId);
  if (!c) return {};
  const snap: Snapshot = { originalLocale: c.originalLocale };
  for (const t of c.translations) {
    snap[`title.${t.locale}`] = t.title;
    snap[`summary.${t.locale}`] = t.summary;
    snap[`body.${t.locale}`] = t.body;
    snap[`provenance.${t.locale}`] = t.provenance;
    snap[`needsReview.${t.locale}`] = t.needs_review ? 'yes' : null;
  }
  snap.terms = c.terms;
  snap.countries = c.countries;
  snap.organisations = c.organisations;
  return snap;
}

/**
 * Writes the shared fields of a snapshot back: the snapshot's set of languages wins (every
 * language the item has now or had then is managed); terms and organisations deleted since are
 * skipped. Returns the original language to write on the item (the type's own row).
 */
export async function restoreContentSnapshot(
  tx: DbOrTx,
  itemId: string,
  snap: Snapshot,
  current: { originalLocale: string; locales: string[] },
): Promise<{ originalLocale: string }> {
  const originalLocale = snapText(snap.originalLocale) ?? current.originalLocale;
  const locales = [
    ...new Set(Object.keys(snap).flatMap((k) => (k.startsWith('title.') ? [k.slice('title.'.length)] : []))),
  ];
  const translations = locales.map((locale) => {
    const provenance = snapText(snap[`provenance.${locale}`]);
    return {
      locale,
      title: snapText(snap[`title.${locale}`]) ?? '',
      summary: snapText(snap[`summary.${locale}`]),
      body: snapText(snap[`body.${locale}`]),
      // Older snapshots did not record provenance: the original language's text is the original.
      provenance:
        PROVENANCES.find((x) => x === provenance) ?? (locale === originalLocale ? 'original' : 'human'),
    };
  });
  await replaceTranslations(tx, itemId, translations, [...locales, ...current.locales]);
  await markForReview(
    tx,
    itemId,
    locales.filter((l) => snap[`needsReview.${l}`] === 'yes'),
  );
  const byVocabulary = new Map<string, string[]>();
  for (const key of snapList(snap.terms)) {
    const [vocabulary, slug] = key.split(':');
    if (vocabulary && slug) byVocabulary.set(vocabulary, [...(byVocabulary.get(vocabulary) ?? []), slug]);
  }
  const termIds: number[] = [];
  for (const [vocabulary, slugs] of byVocabulary)
    for (const ref of (await termsBySlug(tx, vocabulary, slugs)).values()) termIds.push(ref.id);
  const organisations = await organisationsBySlugs(tx, snapList(snap.organisations));
  await replaceClassification(tx, itemId, {
    termIds,
    countries: snapList(snap.countries),
    organisationIds: organisations.map((o) => o.id),
  });
  return { originalLocale };
}
