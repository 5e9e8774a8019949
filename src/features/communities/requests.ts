import { audit } from '../../core/audit/index.ts';
import { AppError, notFound } from '../../core/errors.ts';
import type { SessionUser } from '../../core/http/context.ts';
import type { Services } from '../../core/services.ts';
import { nextSlug, slugify } from '../library/editorial/slug.ts';
import { notify } from '../notifications/notify.ts';
import {
  decideRequest,
  insertCommunity,
  insertRequest,
  lockRequest,
  takenCommunitySlugs,
  upsertMember,
} from './repository.ts';
import type { RequestInput } from './schemas.ts';
import { indexCommunity } from './search.ts';

type RequestServices = Pick<Services, 'db' | 'mailer' | 'config'>;

/** A member sends a concept note; the platform team sees it in its queue. */
export async function requestCommunity(
  services: RequestServices,
  member: SessionUser,
  input: RequestInput,
  locale: string,
) {
  return services.db.transaction(async (tx) => {
    const row = await insertRequest(tx, { ...input, requesterId: member.id, locale });
    await audit(tx, {
      actor: { id: member.id, name: member.name },
      action: 'community.request',
      subjectType: 'community_request',
      subjectId: row.id,
      summary: input.name,
    });
    return row;
  });
}

/**
 * The platform team decides. Approval creates the community from the concept note with the
 * requester as its first admin (who then sees the onboarding checklist and the guidelines);
 * a decline carries the team's reason. The requester is told either way. Deciding twice is
 * refused (the request is locked while deciding).
 */
export async function decideCommunityRequest(
  services: RequestServices,
  staff: SessionUser,
  requestId: string,
  decision: { decision: 'approve' | 'decline'; message?: string },
) {
  const result = await services.db.transaction(async (tx) => {
    const req = await lockRequest(tx, requestId);
    if (!req) throw notFound();
    if (req.status !== 'pending')
      throw new AppError('already_decided', 409, 'communities.error.alreadyDecided');
    let slug: string | null = null;
    let communityId: string | undefined;
    if (decision.decision === 'approve') {
      const base = slugify(req.name) || 'community';
      for (let attempt = 0; attempt < 20 && !communityId; attempt++) {
        const candidate = nextSlug(base, await takenCommunitySlugs(tx, base));
        const row = await insertCommunity(tx, {
          slug: candidate,
          name: req.name,
          description: `${req.purpose}\n\n${req.audience}`,
          locale: req.locale,
          languages: req.languages,
          visibility: req.visibility,
          createdBy: req.requesterId,
        });
        if (row) {
          communityId = row.id;
          slug = row.slug;
        }
      }
      if (!communityId) throw new Error('could not find a free slug');
      if (req.requesterId)
        await upsertMember(tx, { communityId, userId: req.requesterId, role: 'admin', status: 'active' });
    }
    await decideRequest(tx, requestId, {
      status: decision.decision === 'approve' ? 'approved' : 'declined',
      decidedBy: staff.id,
      message: decision.message ?? null,
      communityId,
    });
    if (req.requesterId)
      await notify(tx, services, {
        userId: req.requesterId,
        kind: 'decision',
        communityId: communityId ?? null,
        payload: {
          title: req.name,
          path: slug ? `/communities/${slug}` : '/communities/requests',
          excerpt: decision.message ?? undefined,
          communityName: req.name,
        },
      });
    await audit(tx, {
      actor: { id: staff.id, name: staff.name },
      action: `community.request.${decision.decision}`,
      subjectType: 'community_request',
      subjectId: requestId,
      summary: req.name,
    });
    if (communityId) await indexCommunity(tx, communityId);
    return { slug };
  });
  await services.mailer.kick();
  return result;
}
