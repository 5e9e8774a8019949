import type { MultipartFile } from '@fastify/multipart';
import { audit } from '../../core/audit/index.ts';
import { AppError } from '../../core/errors.ts';
import type { SessionUser } from '../../core/http/context.ts';
import type { Services } from '../../core/services.ts';
import { CONTENT_TYPES } from '../content/types.ts';
import { receiveUpload } from '../library/files/receive-upload.ts';
import { type CommunityContext, demand } from './read.ts';
import { insertCommunityFile, linkLibraryItem, publishedItemBySlug, touchCommunity } from './repository.ts';

/**
 * Links a published item of the site (a publication, news, an event …) into the community's
 * shared library, given its address ("https://…/en/library/some-report" or "/fr/library/x").
 */
export async function linkItem(
  services: Pick<Services, 'db'>,
  ctx: CommunityContext,
  member: SessionUser,
  address: string,
) {
  demand(ctx, 'reply');
  const match = /\/(?:[a-z]{2})\/([a-z]+)\/([a-z0-9-]{1,200})\/?(?:[?#].*)?$/.exec(address.trim());
  const type = match
    ? (Object.entries(CONTENT_TYPES).find(([, d]) => d.path === match[1])?.[0] ?? null)
    : null;
  const itemId = type && match ? await publishedItemBySlug(services.db, type, match[2]!) : null;
  if (!itemId) throw new AppError('unknown_item', 400, 'communities.error.unknownItem', 'address');
  await services.db.transaction(async (tx) => {
    await linkLibraryItem(tx, ctx.community.id, itemId, member.id);
    await touchCommunity(tx, ctx.community.id);
  });
}

/**
 * Adds a document to the shared library: type checked from its bytes and size-capped (the
 * library's document formats), visible only to those who may read the community.
 */
export async function uploadDocument(
  services: Pick<Services, 'db' | 'storage' | 'config'>,
  ctx: CommunityContext,
  member: SessionUser,
  part: MultipartFile | null,
  title: string | undefined,
) {
  demand(ctx, 'reply');
  const stored = await receiveUpload(services, part, { role: 'document' });
  try {
    await services.db.transaction(async (tx) => {
      await insertCommunityFile(tx, {
        communityId: ctx.community.id,
        uploadedBy: member.id,
        title: title ?? null,
        storageKey: stored.storageKey,
        filename: stored.filename,
        mediaType: stored.mediaType,
        size: stored.size,
        sha256: stored.sha256,
      });
      await touchCommunity(tx, ctx.community.id);
      await audit(tx, {
        actor: { id: member.id, name: member.name },
        action: 'community.file.add',
        subjectType: 'community',
        subjectId: ctx.community.id,
        summary: stored.filename,
      });
    });
  } catch (err) {
    await services.storage.remove(stored.storageKey).catch(() => {});
    throw err;
  }
}
