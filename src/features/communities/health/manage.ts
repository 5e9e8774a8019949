import { audit } from '../../../core/audit/index.ts';
import type { Db } from '../../../core/db/client.ts';
import type { Services } from '../../../core/services.ts';
import { toldOfAdminRole } from '../membership.ts';
import { AppError, type FieldError, notFound, ValidationError } from '../../../core/errors.ts';
import { indexCommunity } from '../search.ts';
import { activeAdmins, getCommunity, membersByIdentifier, setMemberRoles, setStatus } from './repository.ts';

/** Most new admins named in one hand-over. */
export const MAX_NEW_ADMINS = 10;

/**
 * The platform team archives a community (read-only, still searchable when public) or reopens
 * it. Doing what is already done changes nothing and records nothing.
 */
export async function setArchived(
  db: Db,
  actorId: string,
  communityId: string,
  archived: boolean,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const c = await getCommunity(tx, communityId, true);
    if (!c) throw notFound();
    const status = archived ? 'archived' : 'active';
    if (c.status === status) return c;
    await setStatus(tx, c.id, status, archived ? now : null);
    await audit(tx, {
      actor: { id: actorId },
      action: archived ? 'community.archive' : 'community.unarchive',
      subjectType: 'community',
      subjectId: c.id,
      summary: c.name,
      before: { status: c.status },
      after: { status },
    });
    await indexCommunity(tx, c.id);
    return c;
  });
}

/** Splits what was typed into e-mail addresses or handles (commas, semicolons, spaces, lines). */
export function parseIdentifiers(input: string): string[] {
  const seen = new Set<string>();
  for (const part of input.split(/[\s,;]+/)) {
    const v = part.trim().replace(/^@/, '');
    if (v) seen.add(v);
  }
  return [...seen];
}

/**
 * Hands a community to new admins: members chosen by e-mail or handle become admins; the
 * current admins listed in `stepDown` become members. Every name must match an active member
 * (else nothing changes and the error names the field and the value), and the community keeps
 * at least one admin.
 */
export async function handOver(
  services: Pick<Services, 'db' | 'mailer' | 'config'>,
  actorId: string,
  communityId: string,
  input: { members: string; stepDown: string[] },
) {
  const result = await services.db.transaction(async (tx) => {
    // The row lock serialises hand-overs of one community, so the last-admin rule holds.
    const c = await getCommunity(tx, communityId, true);
    if (!c) throw notFound();
    const wanted = parseIdentifiers(input.members);
    const errors: FieldError[] = [];
    if (wanted.length > MAX_NEW_ADMINS)
      errors.push({
        field: 'members',
        code: 'too_many',
        messageKey: 'communityHealth.error.tooMany',
        values: { max: MAX_NEW_ADMINS },
      });
    const found = errors.length ? [] : await membersByIdentifier(tx, c.id, wanted);
    const chosen = new Map<string, (typeof found)[number]>();
    for (const value of errors.length ? [] : wanted) {
      const lower = value.toLowerCase();
      const m = found.find((f) => f.email.toLowerCase() === lower || f.handle.toLowerCase() === lower);
      if (m?.status !== 'active') {
        errors.push({
          field: 'members',
          code: 'unknown_member',
          messageKey: 'communityHealth.error.unknownMember',
          values: { value },
        });
        break;
      }
      chosen.set(m.userId, m);
    }
    const admins = await activeAdmins(tx, c.id);
    const adminIds = new Set(admins.map((a) => a.userId));
    const stepDown = [...new Set(input.stepDown)];
    if (stepDown.some((id) => !adminIds.has(id)))
      errors.push({ field: 'stepDown', code: 'not_admin', messageKey: 'communityHealth.error.notAdmin' });
    if (errors.length) throw new ValidationError(errors);

    if (wanted.length === 0 && stepDown.length === 0)
      throw new ValidationError([
        { field: 'members', code: 'required', messageKey: 'ui.validation.required' },
      ]);
    const promoted = [...chosen.values()].filter((m) => m.role !== 'admin');
    // Someone both named and stepping down stays an admin: being named wins.
    const demoted = stepDown.filter((id) => !chosen.has(id));
    const remaining = new Set([...adminIds, ...chosen.keys()]);
    for (const id of demoted) remaining.delete(id);
    if (remaining.size === 0)
      throw new AppError('last_admin', 409, 'communityHealth.error.lastAdmin', 'stepDown');
    if (promoted.length === 0 && demoted.length === 0) return c;
    await setMemberRoles(
      tx,
      c.id,
      promoted.map((m) => m.userId),
      'admin',
    );
    await setMemberRoles(tx, c.id, demoted, 'member');
    // The new admins hear of it, with the way to their guidelines and checklist.
    for (const m of promoted) await toldOfAdminRole(tx, services, m.userId, c);
    await audit(tx, {
      actor: { id: actorId },
      action: 'community.handover',
      subjectType: 'community',
      subjectId: c.id,
      summary: c.name,
      before: { admins: admins.map((a) => a.handle) },
      after: {
        admins: [...remaining].map(
          (id) => chosen.get(id)?.handle ?? admins.find((a) => a.userId === id)?.handle,
        ),
      },
    });
    return c;
  });
  await services.mailer.kick();
  return result;
}
