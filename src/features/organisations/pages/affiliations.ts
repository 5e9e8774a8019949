import { audit } from '../../../core/audit/index.ts';
import { AppError } from '../../../core/errors.ts';
import type { SessionUser } from '../../../core/http/context.ts';
import { can } from '../../../core/policies/index.ts';
import type { Services } from '../../../core/services.ts';
import { notify } from '../../notifications/notify.ts';
import {
  affiliationOf,
  deleteAffiliation,
  insertClaim,
  managerIds,
  type OrganisationRow,
  setAffiliation,
} from './repository.ts';

type AffiliationServices = Pick<Services, 'db' | 'mailer' | 'config'>;

/** Whether this member may manage the organisation's page and affiliations. */
export async function managesOrganisation(
  db: Services['db'],
  user: SessionUser | null,
  org: OrganisationRow,
) {
  if (!user) return false;
  if (can(user, 'organisations.manage')) return true;
  const mine = await affiliationOf(db, org.id, user.id);
  return mine?.status === 'confirmed' && mine.role === 'manager';
}

async function demandManager(db: Services['db'], user: SessionUser, org: OrganisationRow) {
  if (!(await managesOrganisation(db, user, org)))
    throw new AppError('forbidden', 403, 'organisations.error.notManager');
}

/**
 * A member says they work at the organisation. Its managers are told and confirm or remove the
 * claim; until then the member appears nowhere as affiliated. Claiming twice changes nothing.
 */
export async function claimAffiliation(
  services: AffiliationServices,
  member: SessionUser,
  org: OrganisationRow,
) {
  const claimed = await services.db.transaction(async (tx) => {
    if (!(await insertClaim(tx, org.id, member.id))) return false;
    const path = `/organisations/${org.slug}/manage`;
    for (const id of await managerIds(tx, org.id))
      await notify(tx, services, {
        userId: id,
        kind: 'affiliation_request',
        payload: { title: org.name, path, actorName: member.name },
      });
    await audit(tx, {
      actor: { id: member.id, name: member.name },
      action: 'organisation.affiliation.claim',
      subjectType: 'organisation',
      subjectId: org.id,
      summary: org.name,
    });
    return true;
  });
  await services.mailer.kick();
  return claimed;
}

/** A member withdraws their own claim or tie. */
export async function leaveOrganisation(
  services: Pick<Services, 'db'>,
  member: SessionUser,
  org: OrganisationRow,
) {
  await services.db.transaction(async (tx) => {
    const a = await affiliationOf(tx, org.id, member.id, { forUpdate: true });
    if (!a) return;
    // The page keeps a manager: the last one names another before leaving.
    if (a.role === 'manager' && a.status === 'confirmed' && (await managerIds(tx, org.id)).length <= 1)
      throw new AppError('last_manager', 409, 'organisations.error.lastManager', 'member');
    await deleteAffiliation(tx, org.id, member.id);
    await audit(tx, {
      actor: { id: member.id, name: member.name },
      action: 'organisation.affiliation.leave',
      subjectType: 'organisation',
      subjectId: org.id,
      summary: org.name,
    });
  });
}

export type AffiliationDecision = 'confirm' | 'remove' | 'manager' | 'member';

/**
 * A manager (or the platform team) confirms or removes a member's tie, or makes a confirmed
 * member a manager or a plain member again. The organisation keeps at least one manager once
 * it has one (the team can always step in). The member hears of a confirmation.
 */
export async function decideAffiliation(
  services: AffiliationServices,
  actor: SessionUser,
  org: OrganisationRow,
  userId: string,
  decision: AffiliationDecision,
) {
  await demandManager(services.db, actor, org);
  await services.db.transaction(async (tx) => {
    const a = await affiliationOf(tx, org.id, userId, { forUpdate: true });
    if (!a) throw new AppError('not_affiliated', 404, 'organisations.error.notAffiliated', 'member');
    const managers = await managerIds(tx, org.id);
    const losesManager = a.role === 'manager' && (decision === 'remove' || decision === 'member');
    if (losesManager && managers.length <= 1 && !can(actor, 'organisations.manage'))
      throw new AppError('last_manager', 409, 'organisations.error.lastManager', 'member');
    if ((decision === 'manager' || decision === 'member') && a.status !== 'confirmed')
      throw new AppError('not_confirmed', 409, 'organisations.error.notConfirmed', 'member');
    if (decision === 'remove') await deleteAffiliation(tx, org.id, userId);
    else if (decision === 'confirm') await setAffiliation(tx, org.id, userId, { status: 'confirmed' });
    else await setAffiliation(tx, org.id, userId, { role: decision });
    if (decision === 'confirm' && a.status === 'claimed')
      await notify(tx, services, {
        userId,
        kind: 'decision',
        payload: { title: org.name, path: `/organisations/${org.slug}`, actorName: actor.name },
      });
    await audit(tx, {
      actor: { id: actor.id, name: actor.name },
      action: `organisation.affiliation.${decision}`,
      subjectType: 'organisation',
      subjectId: org.id,
      summary: `${org.name}: ${userId}`,
      before: { status: a.status, role: a.role },
    });
  });
  await services.mailer.kick();
}

export { demandManager };
