import type { MultipartFile } from '@fastify/multipart';
import { audit } from '../../core/audit/index.ts';
import { AppError } from '../../core/errors.ts';
import type { SessionUser } from '../../core/http/context.ts';
import type { Services } from '../../core/services.ts';
import { CONTENT_TYPES } from '../content/types.ts';
import { receiveUpload } from '../library/files/receive-upload.ts';
import { type CommunityContext, demand } from './read.ts';
import {
  insertCommunityFile,
  linkCommunityEvent,
  linkLibraryItem,
  publishedItemBySlug,
  touchCommunity,
} from './repository.ts';

/** The published item a page address of this site stands for ("…/en/library/some-report"). */
async function itemFromAddress(db: Services['db'], address: string, types?: string[]) {
  const match = /\/(?:[a-z]{2})\/([a-z]+)\/([a-z0-9-]{1,200})\/?(?:[?#].*)?$/.exec(address.trim());
  const type = match
    ? (Object.entries(CONTENT_TYPES).find(([, d]) => d.path === match[1])?.[0] ?? null)
    : null;
  if (!type || !match || (types && !types.includes(type))) return null;
  const id = await publishedItemBySlug(db, type, match[2]!);
  return id ? { id, type } : null;
}

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
  const item = await itemFromAddress(services.db, address);
  if (!item) throw new AppError('unknown_item', 400, 'communities.error.unknownItem', 'address');
  await services.db.transaction(async (tx) => {
    await linkLibraryItem(tx, ctx.community.id, item.id, member.id);
    await touchCommunity(tx, ctx.community.id);
  });
}

/** Admins and moderators list an event or webinar of the site as one of the community's own. */
export async function linkEvent(services: Pick<Services, 'db'>, ctx: CommunityContext, address: string) {
  demand(ctx, 'invite');
  const item = await itemFromAddress(services.db, address, ['event', 'webinar']);
  if (!item) throw new AppError('unknown_event', 400, 'communities.error.unknownEvent', 'event');
  await services.db.transaction((tx) => linkCommunityEvent(tx, ctx.community.id, item.id));
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
