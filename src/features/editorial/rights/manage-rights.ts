import { audit, type AuditActor } from '../../../core/audit/index.ts';
import type { Db } from '../../../core/db/client.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import { getUser } from '../../accounts/repository.ts';
import {
  clearRight,
  explicitRight,
  findOrganisation,
  organisationName,
  type PostingLevel,
  setAffiliation,
  setRight,
  setVerifiedPartner,
} from './repository.ts';

/**
 * An editor sets a member's posting right (what is set on the member wins over organisations),
 * or clears it (`default`: the organisations' standing applies again).
 */
export async function setMemberRight(
  db: Db,
  actor: AuditActor,
  userId: string,
  level: PostingLevel | 'default',
) {
  await db.transaction(async (tx) => {
    const member = await getUser(tx, userId);
    if (!member) throw notFound();
    const before = await explicitRight(tx, 'user', userId);
    if ((before ?? 'default') === level) return;
    if (level === 'default') await clearRight(tx, 'user', userId);
    else await setRight(tx, 'user', userId, level, actor.id);
    await audit(tx, {
      actor,
      action: 'rights.member',
      subjectType: 'user',
      subjectId: userId,
      summary: member.name,
      before: { level: before ?? 'default' },
      after: { level },
    });
  });
}

/** An editor sets an organisation's posting right and whether it is a verified partner. */
export async function setOrganisationRights(
  db: Db,
  actor: AuditActor,
  organisationId: string,
  change: { level: 'default' | 'trusted' | 'blocked'; verifiedPartner: boolean },
) {
  await db.transaction(async (tx) => {
    const name = await organisationName(tx, organisationId);
    if (!name) throw notFound();
    const before = await explicitRight(tx, 'organisation', organisationId);
    if (change.level === 'default') await clearRight(tx, 'organisation', organisationId);
    else await setRight(tx, 'organisation', organisationId, change.level, actor.id);
    await setVerifiedPartner(tx, organisationId, change.verifiedPartner);
    await audit(tx, {
      actor,
      action: 'rights.organisation',
      subjectType: 'organisation',
      subjectId: organisationId,
      summary: name,
      before: { level: before ?? 'default' },
      after: change,
    });
  });
}

/**
 * Confirms a member's affiliation with an organisation named by slug, short name or name (the
 * member claims it in their profile, issue 7; editors confirm here), or removes it.
 */
export async function changeAffiliation(
  db: Db,
  actor: AuditActor,
  userId: string,
  change: { organisation: string; remove: boolean },
) {
  await db.transaction(async (tx) => {
    const member = await getUser(tx, userId);
    if (!member) throw notFound();
    const org = await findOrganisation(tx, change.organisation);
    if (!org)
      throw new AppError('unknown_organisation', 400, 'editorial.rights.unknownOrganisation', 'organisation');
    await setAffiliation(tx, userId, org.id, change.remove ? null : 'confirmed');
    await audit(tx, {
      actor,
      action: change.remove ? 'rights.affiliation.remove' : 'rights.affiliation.confirm',
      subjectType: 'user',
      subjectId: userId,
      summary: `${member.name} — ${org.name}`,
      after: { organisationId: org.id },
    });
  });
}
