import { audit } from '../../core/audit/index.ts';
import { AppError, notFound } from '../../core/errors.ts';
import type { SessionUser } from '../../core/http/context.ts';
import type { Services } from '../../core/services.ts';
import { type CommunityContext, demand } from './read.ts';
import {
  closeReports,
  editPost,
  findThread,
  insertReport,
  lockPost,
  openReportCount,
  setPostHidden,
} from './repository.ts';
import { indexChangedPost } from './search.ts';

export const REPORT_REASONS = ['spam', 'abuse', 'personal_data', 'off_topic', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** The post, checked to belong to this community's thread. */
async function postIn(
  tx: Parameters<typeof lockPost>[0],
  ctx: CommunityContext,
  threadId: string,
  postId: string,
) {
  const post = await lockPost(tx, postId);
  const thread = post ? await findThread(tx, post.threadId) : null;
  if (!post || post.threadId !== threadId || thread?.communityId !== ctx.community.id) throw notFound();
  return post;
}

/**
 * A member reports a post with a reason. Reporting twice counts once. When distinct members'
 * open reports reach COMMUNITY_AUTO_HIDE_REPORTS, the post is hidden until a moderator or the
 * platform team reviews it (restoring dismisses the reports; hiding upholds them).
 */
export async function reportPost(
  services: Pick<Services, 'db' | 'config'>,
  ctx: CommunityContext,
  reporter: SessionUser,
  threadId: string,
  postId: string,
  reason: ReportReason,
) {
  demand(ctx, 'report');
  return services.db.transaction(async (tx) => {
    const post = await postIn(tx, ctx, threadId, postId);
    if (post.authorId === reporter.id) throw new AppError('own_post', 409, 'communities.error.ownPost');
    await insertReport(tx, postId, reporter.id, reason);
    const reports = await openReportCount(tx, postId);
    const autoHidden = !post.hidden && reports >= services.config.COMMUNITY_AUTO_HIDE_REPORTS;
    if (autoHidden) {
      await setPostHidden(tx, postId, true, 'reports');
      await audit(tx, {
        actor: null,
        action: 'community.post.auto_hide',
        subjectType: 'community_post',
        subjectId: postId,
        summary: `${reports} reports`,
      });
      await indexChangedPost(tx, postId);
    }
    return { reports, autoHidden };
  });
}

/** Moderators (and the platform team) hide or restore a post; audited; reports closed. */
export async function moderatePost(
  services: Pick<Services, 'db'>,
  ctx: CommunityContext,
  moderator: SessionUser,
  threadId: string,
  postId: string,
  action: 'hide' | 'restore',
) {
  demand(ctx, 'moderate');
  await services.db.transaction(async (tx) => {
    await postIn(tx, ctx, threadId, postId);
    await setPostHidden(tx, postId, action === 'hide', action === 'hide' ? 'moderator' : null);
    await closeReports(tx, postId, action === 'hide' ? 'upheld' : 'dismissed', moderator.id);
    await audit(tx, {
      actor: { id: moderator.id, name: moderator.name },
      action: `community.post.${action}`,
      subjectType: 'community_post',
      subjectId: postId,
      summary: ctx.community.slug,
    });
    await indexChangedPost(tx, postId);
  });
}

/** The author edits their post (not in a locked thread); the earlier text is kept as history. */
export async function editOwnPost(
  services: Pick<Services, 'db'>,
  ctx: CommunityContext,
  author: SessionUser,
  threadId: string,
  postId: string,
  body: string,
) {
  demand(ctx, 'reply');
  await services.db.transaction(async (tx) => {
    const post = await postIn(tx, ctx, threadId, postId);
    if (post.authorId !== author.id) throw new AppError('forbidden', 403, 'communities.error.forbidden');
    const thread = await findThread(tx, threadId);
    if (thread?.locked) throw new AppError('thread_locked', 409, 'communities.error.locked', 'body');
    if (post.body === body) return;
    await editPost(tx, postId, body, post.body, author.id);
    await indexChangedPost(tx, postId);
  });
}
