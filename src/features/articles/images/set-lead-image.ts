import type { MultipartFile } from '@fastify/multipart';
import { audit } from '../../../core/audit/index.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import type { Services } from '../../../core/services.ts';
import type { ImageVariant } from '../../content/tables.ts';
import { recordRevision } from '../../editorial/revisions/record-revision.ts';
import type { Actor } from '../../editorial/workflow/rules.ts';
import { bumpVersion, deleteImage, imageOf, lockArticle, putImage } from '../repository.ts';
import { articleSnapshot } from '../revisions.ts';
import { IMAGE_MAX_BYTES, processImage, readImage, removeVariants } from './process-image.ts';

/** States in which the member who wrote an item may still change its image. */
export const MEMBER_EDITABLE: readonly string[] = ['draft', 'submitted', 'changes_requested'];

type ImageServices = Pick<Services, 'db' | 'storage' | 'config' | 'cache' | 'workflow'>;

const isEditor = (actor: Actor) => actor.role === 'editor' || actor.role === 'admin';

/** Refused unless an editor, or the author while the item is still theirs to change. */
function mayChange(actor: Actor, item: { authorId: string | null; status: string }) {
  if (isEditor(actor)) return;
  if (item.authorId !== actor.id) throw notFound();
  if (!MEMBER_EDITABLE.includes(item.status))
    throw new AppError('not_editable', 409, 'articles.error.locked', 'file');
}

/**
 * Sets (or replaces) an item's lead image: the upload is checked from its bytes, re-encoded
 * into its variants (no metadata kept), and recorded with its text alternative. The old
 * variants' files are removed once the new row is committed; if anything fails, the new
 * files are removed and nothing changes.
 */
export async function setLeadImage(
  services: ImageServices,
  actor: Actor,
  itemId: string,
  input: { alt: string; file: MultipartFile | null },
): Promise<void> {
  const { db, storage } = services;
  const before = await db.transaction(async (tx) => {
    const item = await lockArticle(tx, itemId);
    if (!item) throw notFound();
    mayChange(actor, item);
    return item;
  });
  const part = input.file;
  if (!part?.filename) {
    part?.file.resume();
    throw new AppError('required', 400, 'articles.error.imageRequired', 'file');
  }
  const maxBytes = Math.min(IMAGE_MAX_BYTES, services.config.UPLOAD_MAX_BYTES);
  const bytes = await readImage(part.file, maxBytes);
  const image = await processImage(storage, bytes);
  let old: ImageVariant[] = [];
  try {
    await db.transaction(async (tx) => {
      const item = await lockArticle(tx, itemId);
      if (!item || item.status !== before.status) throw notFound();
      old = (await imageOf(tx, itemId))?.variants ?? [];
      await putImage(tx, itemId, { alt: input.alt, ...image });
      await bumpVersion(tx, itemId);
      await recordRevision(tx, itemId, articleSnapshot, actor.id);
      await audit(tx, {
        actor,
        action: 'content.image',
        subjectType: item.type,
        subjectId: itemId,
        summary: input.alt,
      });
    });
  } catch (err) {
    await removeVariants(storage, image.variants);
    throw err;
  }
  await removeVariants(storage, old);
  invalidate(services, itemId);
}

/** Takes the lead image away (its files too). */
export async function removeLeadImage(services: ImageServices, actor: Actor, itemId: string): Promise<void> {
  const old = await services.db.transaction(async (tx) => {
    const item = await lockArticle(tx, itemId);
    if (!item) throw notFound();
    mayChange(actor, item);
    const image = await imageOf(tx, itemId);
    if (!image) return [];
    await deleteImage(tx, itemId);
    await bumpVersion(tx, itemId);
    await recordRevision(tx, itemId, articleSnapshot, actor.id);
    await audit(tx, {
      actor,
      action: 'content.image_removed',
      subjectType: item.type,
      subjectId: itemId,
      summary: image.alt,
    });
    return image.variants;
  });
  await removeVariants(services.storage, old);
  invalidate(services, itemId);
}

/** Public pages showing the item may show its image: drop their cached copies. */
function invalidate(services: ImageServices, _itemId: string) {
  for (const def of services.workflow.types())
    if (def.type === 'news' || def.type === 'blog')
      for (const p of def.cachePrefixes) services.cache.invalidate(p);
}
