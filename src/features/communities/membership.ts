import { audit } from '../../core/audit/index.ts';
import type { DbOrTx } from '../../core/db/client.ts';
import { AppError } from '../../core/errors.ts';
import type { SessionUser } from '../../core/http/context.ts';
import type { Services } from '../../core/services.ts';
import { notify } from '../notifications/notify.ts';
import { type CommunityContext, demand } from './read.ts';
import {
  activeMemberIds,
  deleteMember,
  lockAdmins,
  lockMembership,
  setMember,
  touchCommunity,
  upsertMember,
} from './repository.ts';
import type { MemberRole } from './tables.ts';

type MemberServices = Pick<Services, 'db' | 'mailer' | 'config'>;

/**
 * Joining: a public community at once; a private one by request, which its admins decide (and
 * are told of). Hidden communities are joined only by invitation (see invitations.ts).
 */
export async function joinCommunity(services: MemberServices, ctx: CommunityContext, user: SessionUser) {
  const c = ctx.community;
  const pending = ctx.can('request_to_join');
  if (!pending) demand(ctx, 'join');
  await services.db.transaction(async (tx) => {
    if (await lockMembership(tx, c.id, user.id)) return;
    await upsertMember(tx, {
      communityId: c.id,
      userId: user.id,
      role: 'member',
      status: pending ? 'pending' : 'active',
    });
    if (!pending) {
      await touchCommunity(tx, c.id);
      return;
    }
    for (const adminId of await activeMemberIds(tx, c.id, ['admin']))
      await notify(tx, services, {
        userId: adminId,
        kind: 'join_request',
        communityId: c.id,
        payload: {
          title: c.name,
          path: `/communities/${c.slug}/members`,
          actorName: user.name,
          communityName: c.name,
        },
      });
  });
  await services.mailer.kick();
  return pending ? 'pending' : 'active';
}

/** Admins accept or decline a request to join; the person is told. */
export async function decideJoin(
  services: MemberServices,
  ctx: CommunityContext,
  admin: SessionUser,
  userId: string,
  decision: 'accept' | 'decline',
) {
  demand(ctx, 'administer');
  const c = ctx.community;
  await services.db.transaction(async (tx) => {
    const m = await lockMembership(tx, c.id, userId);
    if (m?.status !== 'pending') throw new AppError('not_pending', 409, 'communities.error.notPending');
    if (decision === 'accept') {
      await setMember(tx, c.id, userId, { status: 'active' });
      await touchCommunity(tx, c.id);
    } else await deleteMember(tx, c.id, userId);
    await notify(tx, services, {
      userId,
      kind: 'decision',
      communityId: decision === 'accept' ? c.id : null,
      payload: { title: c.name, path: `/communities/${c.slug}`, communityName: c.name },
    });
    await audit(tx, {
      actor: { id: admin.id, name: admin.name },
      action: `community.join.${decision}`,
      subjectType: 'community',
      subjectId: c.id,
      summary: userId,
    });
  });
  await services.mailer.kick();
}

/** Leaving; the last admin must first hand the community to someone else. */
export async function leaveCommunity(services: MemberServices, ctx: CommunityContext, user: SessionUser) {
  const c = ctx.community;
  await services.db.transaction(async (tx) => {
    const admins = await lockAdmins(tx, c.id);
    if (admins.length === 1 && admins[0] === user.id)
      throw new AppError('last_admin', 409, 'communities.error.lastAdmin');
    await deleteMember(tx, c.id, user.id);
  });
}

/**
 * Admins change roles and remove members (moderators may remove and ban members, not other
 * moderators or admins). A community always keeps at least one admin.
 */
export async function changeMember(
  services: MemberServices,
  ctx: CommunityContext,
  actor: SessionUser,
  userId: string,
  change: { role: MemberRole } | { remove: true; ban: boolean },
) {
  const c = ctx.community;
  const isAdmin = ctx.can('administer');
  if ('role' in change) demand(ctx, 'administer');
  else demand(ctx, 'moderate');
  await services.db.transaction(async (tx) => {
    const admins = await lockAdmins(tx, c.id);
    const m = await lockMembership(tx, c.id, userId);
    if (!m) throw new AppError('not_member', 404, 'communities.error.notMember', 'member');
    if (!isAdmin && m.role !== 'member') throw new AppError('forbidden', 403, 'communities.error.forbidden');
    const losesAdmin =
      m.role === 'admin' && m.status === 'active' && (!('role' in change) || change.role !== 'admin');
    if (losesAdmin && admins.length <= 1)
      throw new AppError('last_admin', 409, 'communities.error.lastAdmin', 'role');
    if ('role' in change) {
      await setMember(tx, c.id, userId, { role: change.role });
      if (change.role === 'admin' && m.role !== 'admin' && m.status === 'active')
        await toldOfAdminRole(tx, services, userId, c);
    } else if (change.ban) await setMember(tx, c.id, userId, { status: 'banned', role: 'member' });
    else await deleteMember(tx, c.id, userId);
    await audit(tx, {
      actor: { id: actor.id, name: actor.name },
      action: 'role' in change ? 'community.role' : change.ban ? 'community.ban' : 'community.remove',
      subjectType: 'community',
      subjectId: c.id,
      summary: 'role' in change ? `${userId} → ${change.role}` : userId,
    });
  });
  await services.mailer.kick();
}

/** Tells a member they now administer a community, pointing to its guidelines and checklist. */
export async function toldOfAdminRole(
  tx: DbOrTx,
  services: Pick<Services, 'mailer' | 'config'>,
  userId: string,
  c: { id: string; slug: string; name: string },
) {
  await notify(tx, services, {
    userId,
    kind: 'admin_role',
    communityId: c.id,
    payload: { title: c.name, communityName: c.name, path: `/communities/${c.slug}/guidelines` },
  });
}
