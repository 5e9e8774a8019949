import type { DbOrTx } from '../../../core/db/client.ts';
import type { Snapshot } from '../../../core/workflow/registry.ts';
import {
  contentSnapshot,
  restoreContentSnapshot,
  snapList,
  snapText,
} from '../../editorial/revisions/content-snapshot.ts';
import { publicationForEdit, updatePublicationItem, upsertPublicationFields } from './repository.ts';

/**
 * A publication's editable fields as a revision snapshot: the fields every content type shares
 * (texts per language, classification, countries, organisations), its licence and its
 * bibliographic fields.
 */
export async function publicationSnapshot(tx: DbOrTx, itemId: string): Promise<Snapshot> {
  const p = await publicationForEdit(tx, itemId);
  if (!p) return {};
  const f = p.fields;
  return {
    ...(await contentSnapshot(tx, itemId)),
    licence: p.item.licence,
    authors: f?.authors ?? [],
    year: f?.year ?? null,
    issuedOn: f?.issuedOn ?? null,
    languages: f?.languages ?? [],
    doi: f?.doi ?? null,
    isbn: f?.isbn ?? null,
    url: f?.url ?? null,
    pageCount: f?.pageCount ?? null,
  };
}

/** Writes a snapshot back (terms or organisations deleted since are skipped). */
export async function restorePublicationSnapshot(tx: DbOrTx, itemId: string, snap: Snapshot): Promise<void> {
  const current = await publicationForEdit(tx, itemId);
  if (!current) return;
  const { originalLocale } = await restoreContentSnapshot(tx, itemId, snap, {
    originalLocale: current.item.originalLocale,
    locales: current.translations.map((t) => t.locale),
  });
  await upsertPublicationFields(tx, itemId, {
    year: Number(snap.year ?? current.fields?.year ?? 0),
    issuedOn: snapText(snap.issuedOn),
    authors: snapList(snap.authors),
    languages: snapList(snap.languages),
    doi: snapText(snap.doi),
    isbn: snapText(snap.isbn),
    url: snapText(snap.url),
    pageCount: snap.pageCount === null || snap.pageCount === undefined ? null : Number(snap.pageCount),
  });
  await updatePublicationItem(tx, itemId, { originalLocale, licence: snapText(snap.licence) });
}
