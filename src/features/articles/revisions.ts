import type { DbOrTx } from '../../core/db/client.ts';
import type { Snapshot } from '../../core/workflow/registry.ts';
import {
  contentSnapshot,
  restoreContentSnapshot,
  snapText,
} from '../editorial/revisions/content-snapshot.ts';
import { articleForEdit, updateArticleItem } from './repository.ts';

/**
 * An article's editable fields as a revision snapshot: the fields every content type shares
 * (texts per language, classification, countries, organisations), its licence and the
 * image's text.
 */
export async function articleSnapshot(tx: DbOrTx, itemId: string): Promise<Snapshot> {
  const a = await articleForEdit(tx, itemId);
  if (!a) return {};
  return { ...(await contentSnapshot(tx, itemId)), licence: a.item.licence, imageAlt: a.image?.alt ?? null };
}

/** Writes a snapshot back (terms or organisations deleted since are skipped; the image stays). */
export async function restoreArticleSnapshot(tx: DbOrTx, itemId: string, snap: Snapshot): Promise<void> {
  const current = await articleForEdit(tx, itemId);
  if (!current) return;
  const { originalLocale } = await restoreContentSnapshot(tx, itemId, snap, {
    originalLocale: current.item.originalLocale,
    locales: current.translations.map((t) => t.locale),
  });
  await updateArticleItem(tx, itemId, { originalLocale, licence: snapText(snap.licence) });
}
