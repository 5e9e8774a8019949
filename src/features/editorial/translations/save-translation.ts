import { FEATURED_CACHE_PREFIX } from '../featured/manage-featured.ts';
import { audit, type AuditActor } from '../../../core/audit/index.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import type { Services } from '../../../core/services.ts';
import { recordRevision } from '../revisions/record-revision.ts';
import { lockForEdit } from '../workflow/lock-for-edit.ts';
import { bumpVersion, deleteTranslation, translationsOf, upsertTranslation } from './repository.ts';

export interface TranslationInput {
  locale: string;
  title: string;
  summary?: string;
  body?: string;
  provenance: 'human' | 'machine';
  needsReview: boolean;
}

/**
 * An editor adds or edits one language version of any item (title, summary, body), says where
 * it comes from and whether it needs another look. The original language stays "original".
 * Refused when the item changed since the form was opened; public read models follow at once.
 */
export async function saveTranslation(
  services: Pick<Services, 'db' | 'workflow' | 'cache'>,
  actor: AuditActor,
  itemId: string,
  input: TranslationInput,
  expectedVersion?: number,
): Promise<void> {
  const result = await services.db.transaction(async (tx) => {
    const { item, def } = await lockForEdit(tx, services.workflow, itemId, expectedVersion);
    const versions = await translationsOf(tx, itemId);
    const existing = versions.find((t) => t.locale === input.locale);
    const original = versions.find((t) => t.provenance === 'original');
    const isOriginal = original?.locale === input.locale;
    await upsertTranslation(tx, itemId, {
      locale: input.locale,
      title: input.title,
      summary: input.summary || null,
      body: input.body || null,
      provenance: isOriginal ? 'original' : input.provenance,
      needsReview: input.needsReview,
    });
    await bumpVersion(tx, itemId);
    await def.afterStatusChange(tx, itemId);
    await recordRevision(tx, itemId, def.snapshot, actor.id);
    await audit(tx, {
      actor,
      action: existing ? 'translation.update' : 'translation.add',
      subjectType: item.type,
      subjectId: itemId,
      summary: `${item.title} [${input.locale}]`,
      before: existing
        ? { title: existing.title, provenance: existing.provenance, needsReview: existing.needsReview }
        : null,
      after: {
        title: input.title,
        provenance: isOriginal ? 'original' : input.provenance,
        needsReview: input.needsReview,
      },
    });
    return { prefixes: def.cachePrefixes, published: item.status === 'published' };
  });
  if (result.published)
    for (const p of [...result.prefixes, FEATURED_CACHE_PREFIX]) services.cache.invalidate(p);
}

/** Removes one translation (never the original). */
export async function removeTranslation(
  services: Pick<Services, 'db' | 'workflow' | 'cache'>,
  actor: AuditActor,
  itemId: string,
  locale: string,
  expectedVersion?: number,
): Promise<void> {
  const result = await services.db.transaction(async (tx) => {
    const { item, def } = await lockForEdit(tx, services.workflow, itemId, expectedVersion);
    const existing = (await translationsOf(tx, itemId)).find((t) => t.locale === locale);
    if (!existing) throw notFound();
    if (existing.provenance === 'original')
      throw new AppError('original_translation', 409, 'editorial.translations.originalKept');
    await deleteTranslation(tx, itemId, locale);
    await bumpVersion(tx, itemId);
    await def.afterStatusChange(tx, itemId);
    await recordRevision(tx, itemId, def.snapshot, actor.id);
    await audit(tx, {
      actor,
      action: 'translation.remove',
      subjectType: item.type,
      subjectId: itemId,
      summary: `${item.title} [${locale}]`,
      before: { title: existing.title },
    });
    return { prefixes: def.cachePrefixes, published: item.status === 'published' };
  });
  if (result.published)
    for (const p of [...result.prefixes, FEATURED_CACHE_PREFIX]) services.cache.invalidate(p);
}
