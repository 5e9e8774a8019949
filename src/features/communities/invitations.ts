import { hashLinkSecret, newLinkSecret } from '../../core/http/link-secret.ts';
import { audit } from '../../core/audit/index.ts';
import { AppError } from '../../core/errors.ts';
import type { SessionUser } from '../../core/http/context.ts';
import { isLocale, translator } from '../../core/i18n/index.ts';
import { composeMail } from '../../core/mail/index.ts';
import type { Services } from '../../core/services.ts';
import { type CommunityContext, demand } from './read.ts';
import {
  acceptInvitation,
  findCommunity,
  findInvitationByToken,
  insertInvitation,
  lockInvitationByToken,
  lockMembership,
  touchCommunity,
  upsertMember,
} from './repository.ts';

export const INVITATION_DAYS = 14;

/**
 * Admins and moderators invite people by e-mail — members or not. Each address gets its own
 * link, valid for INVITATION_DAYS days, written in the inviter's language (the invitee's is
 * unknown until they sign in).
 */
export async function invite(
  services: Pick<Services, 'db' | 'mailer' | 'config'>,
  ctx: CommunityContext,
  inviter: SessionUser,
  emails: string[],
  locale: string,
) {
  demand(ctx, 'invite');
  const c = ctx.community;
  const lang = isLocale(locale) ? locale : 'en';
  const t = translator(lang);
  await services.db.transaction(async (tx) => {
    for (const email of emails) {
      const token = newLinkSecret();
      await insertInvitation(tx, {
        communityId: c.id,
        email,
        invitedBy: inviter.id,
        tokenHash: hashLinkSecret(token),
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      });
      const url = `${services.config.publicUrl}/${lang}/communities/invitations/${token}`;
      const mail = composeMail(lang, {
        subject: t('communities.invite.mail.subject', { community: c.name }),
        paragraphs: [
          t('communities.invite.mail.body', {
            inviter: inviter.name,
            community: c.name,
            days: INVITATION_DAYS,
          }),
        ],
        action: { label: t('communities.invite.mail.action'), url },
        footer: t('communities.invite.mail.footer'),
      });
      await services.mailer.queue(tx, {
        toAddress: email,
        locale: lang,
        kind: 'community.invitation',
        ...mail,
      });
    }
    await audit(tx, {
      actor: { id: inviter.id, name: inviter.name },
      action: 'community.invite',
      subjectType: 'community',
      subjectId: c.id,
      summary: `${emails.length}`,
    });
  });
  await services.mailer.kick();
}

/** What an invitation link stands for (before sign-in: the page says which community). */
export async function invitationFor(services: Pick<Services, 'db'>, token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const inv = await findInvitationByToken(services.db, hashLinkSecret(token));
  if (!inv) return null;
  const community = await findCommunity(services.db, inv.communityId);
  return community ? { invitation: inv, community } : null;
}

/**
 * The signed-in person accepts: they become an active member (a banned one stays banned). The
 * link works once and until it expires; whoever holds it (it was sent to them) may use it — a
 * person without an account creates one first and comes back to the same link.
 */
export async function acceptInvitationLink(services: Pick<Services, 'db'>, token: string, user: SessionUser) {
  return services.db.transaction(async (tx) => {
    const inv = await lockInvitationByToken(tx, hashLinkSecret(token));
    if (!inv) throw new AppError('invalid_invitation', 404, 'communities.error.invitation');
    const community = await findCommunity(tx, inv.communityId);
    if (community?.status !== 'active')
      throw new AppError('invalid_invitation', 404, 'communities.error.invitation');
    if (inv.acceptedAt && inv.acceptedBy !== user.id)
      throw new AppError('used_invitation', 409, 'communities.error.invitationUsed');
    if (inv.expiresAt.getTime() < Date.now())
      throw new AppError('expired_invitation', 410, 'communities.error.invitationExpired');
    const m = await lockMembership(tx, community.id, user.id);
    if (m?.status === 'banned') throw new AppError('banned', 403, 'communities.error.banned');
    if (m?.status !== 'active') {
      await upsertMember(tx, {
        communityId: community.id,
        userId: user.id,
        role: m?.role ?? 'member',
        status: 'active',
      });
      await touchCommunity(tx, community.id);
    }
    if (!inv.acceptedAt) await acceptInvitation(tx, inv.id, user.id);
    return community;
  });
}
