import { hashLinkSecret, newLinkSecret } from '../../../core/http/link-secret.ts';
import type { DbOrTx } from '../../../core/db/client.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import type { Services } from '../../../core/services.ts';
import {
  clearRemindersOf,
  countByStatus,
  findRegistrationByEmail,
  findRegistrationByToken,
  findRegistrationByUser,
  findWebinar,
  insertRegistration,
  lockRegistration,
  lockWebinar,
  memberForRegistration,
  nextWaitlisted,
  type RegistrationRow,
  updateRegistration,
  webinarOfRegistration,
} from '../repository.ts';
import { queueRegistrationMail } from './notify.ts';

type RegServices = Pick<Services, 'db' | 'mailer' | 'config'>;

type Locked = NonNullable<Awaited<ReturnType<typeof lockWebinar>>>;

/** Registration is open until the start, on a published webinar that is not cancelled. */
function assertOpen(w: Locked | null, now: Date): asserts w is Locked {
  if (!w) throw notFound();
  if (w.status !== 'published') throw notFound();
  if (w.webinar.cancelledAt) throw new AppError('webinar_cancelled', 409, 'webinars.error.cancelled');
  if (w.webinar.startsAt.getTime() <= now.getTime())
    throw new AppError('webinar_started', 409, 'webinars.error.started');
}

/** A place if one is free, else the waitlist (under the webinar's row lock). */
async function placeFor(tx: DbOrTx, w: Locked): Promise<'registered' | 'waitlisted'> {
  if (w.webinar.capacity == null) return 'registered';
  const counts = await countByStatus(tx, w.webinar.itemId);
  return counts.registered < w.webinar.capacity ? 'registered' : 'waitlisted';
}

export interface RegistrationResult {
  registration: RegistrationRow;
  /** false when the same person was already registered (nothing changed). */
  created: boolean;
}

/**
 * A signed-in member registers in one click: their name, e-mail (already verified), language,
 * time zone, country and sector come from the profile. Registering twice changes nothing.
 */
export async function registerMember(
  services: RegServices,
  webinarId: string,
  userId: string,
  now = new Date(),
): Promise<RegistrationResult> {
  const result = await services.db.transaction(async (tx) => {
    const w = await lockWebinar(tx, webinarId);
    assertOpen(w, now);
    const member = await memberForRegistration(tx, userId);
    if (!member) throw new AppError('unauthorised', 401, 'ui.error.forbidden.title');
    const existing =
      (await findRegistrationByUser(tx, webinarId, userId)) ??
      (await findRegistrationByEmail(tx, webinarId, member.email));
    if (existing && existing.status !== 'cancelled' && existing.status !== 'pending') {
      // A visitor's registration under the member's address becomes the member's.
      const registration =
        existing.userId === userId ? existing : await updateRegistration(tx, existing.id, { userId });
      return { registration, created: false };
    }
    const token = newLinkSecret();
    const status = await placeFor(tx, w);
    const fields = {
      userId,
      name: member.name,
      email: member.email,
      locale: member.locale,
      timeZone: member.time_zone,
      country: member.country,
      sector: member.sector,
      status,
      tokenHash: hashLinkSecret(token),
      confirmedAt: now,
      cancelledAt: null,
      promotedAt: null,
    };
    if (existing) await clearRemindersOf(tx, existing.id);
    const registration = existing
      ? await updateRegistration(tx, existing.id, fields)
      : await insertRegistration(tx, { webinarId, ...fields });
    await queueRegistrationMail(tx, services, status, w, registration, token);
    return { registration, created: true };
  });
  await services.mailer.kick();
  return result;
}

export interface VisitorInput {
  name: string;
  email: string;
  locale: string;
  timeZone: string;
  country?: string | null;
  sector?: string | null;
}

/**
 * A visitor registers with a name and an e-mail address, confirmed by a link sent to it
 * (double opt-in): the registration waits as "pending" and takes no place until confirmed.
 * The answer is the same whether or not the address was known (no one learns who registered);
 * a known address gets a fresh link by e-mail instead.
 */
export async function registerVisitor(
  services: RegServices,
  webinarId: string,
  input: VisitorInput,
  now = new Date(),
): Promise<void> {
  await services.db.transaction(async (tx) => {
    const w = await lockWebinar(tx, webinarId);
    assertOpen(w, now);
    const existing = await findRegistrationByEmail(tx, webinarId, input.email);
    if (existing && (existing.status === 'registered' || existing.status === 'waitlisted')) {
      // The owner of the address is told; their links stay as they are (anyone can type an
      // address here, and must not be able to switch off someone else's links).
      await queueRegistrationMail(tx, services, 'already', w, existing, null);
      return;
    }
    const token = newLinkSecret();
    const fields = {
      name: input.name,
      email: input.email,
      locale: input.locale,
      timeZone: input.timeZone,
      country: input.country ?? null,
      sector: input.sector ?? null,
      status: 'pending' as const,
      tokenHash: hashLinkSecret(token),
      cancelledAt: null,
      confirmedAt: null,
      promotedAt: null,
    };
    if (existing) await clearRemindersOf(tx, existing.id);
    const registration = existing
      ? await updateRegistration(tx, existing.id, fields)
      : await insertRegistration(tx, { webinarId, ...fields });
    await queueRegistrationMail(tx, services, 'confirm_email', w, registration, token);
  });
  await services.mailer.kick();
}

/** The registration a manage link stands for, with its webinar. */
export async function registrationByToken(db: DbOrTx, token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const registration = await findRegistrationByToken(db, hashLinkSecret(token));
  if (!registration) return null;
  const w = await findWebinar(db, registration.webinarId);
  return w ? { registration, webinar: w } : null;
}

/**
 * The visitor follows the link in the e-mail: a pending registration takes a place or joins
 * the waitlist. Confirming twice changes nothing.
 */
export async function confirmRegistration(
  services: RegServices,
  token: string,
  now = new Date(),
): Promise<RegistrationRow> {
  const found = await registrationByToken(services.db, token);
  if (!found) throw new AppError('invalid_link', 404, 'webinars.error.invalidLink');
  const result = await services.db.transaction(async (tx) => {
    const w = await lockWebinar(tx, found.registration.webinarId);
    const current = await findRegistrationByToken(tx, hashLinkSecret(token));
    if (!current) throw new AppError('invalid_link', 404, 'webinars.error.invalidLink');
    if (current.status !== 'pending') return current;
    assertOpen(w, now);
    const status = await placeFor(tx, w);
    const registration = await updateRegistration(tx, current.id, { status, confirmedAt: now });
    await queueRegistrationMail(tx, services, status, w, registration, token);
    return registration;
  });
  await services.mailer.kick();
  return result;
}

/**
 * Cancels a registration (by its manage link or by the signed-in member). A freed place goes at
 * once to the longest-waiting person on the waitlist, in the same transaction, under the
 * webinar's row lock: two cancellations at the same moment promote exactly two people.
 */
export async function cancelRegistration(
  services: RegServices,
  registrationId: string,
  now = new Date(),
): Promise<{ promoted: number }> {
  const result = await services.db.transaction(async (tx) => {
    const webinarId = await webinarOfRegistration(tx, registrationId);
    const w = webinarId ? await lockWebinar(tx, webinarId) : null;
    if (!w) throw notFound();
    const current = await updateIfActive(tx, registrationId, now);
    if (!current) return { promoted: 0 };
    if (current.before !== 'pending')
      await queueRegistrationMail(tx, services, 'registration_cancelled', w, current.row, null, {
        hadPlace: current.before === 'registered',
      });
    const promoted = current.before === 'registered' ? await promoteWaitlisted(tx, services, w, now) : 0;
    return { promoted };
  });
  await services.mailer.kick();
  return result;
}

async function updateIfActive(tx: DbOrTx, id: string, now: Date) {
  const row = await lockRegistration(tx, id);
  if (!row || row.status === 'cancelled') return null;
  const updated = await updateRegistration(tx, id, { status: 'cancelled', cancelledAt: now });
  return { before: row.status, row: updated };
}

/**
 * Fills free places from the waitlist, oldest first, each told by e-mail with the invitation.
 * Call under the webinar's row lock (after a cancellation, or a larger capacity).
 */
export async function promoteWaitlisted(
  tx: DbOrTx,
  services: RegServices,
  w: Locked,
  now: Date,
): Promise<number> {
  if (w.webinar.cancelledAt || w.webinar.startsAt.getTime() <= now.getTime()) return 0;
  const counts = await countByStatus(tx, w.webinar.itemId);
  const free = w.webinar.capacity == null ? counts.waitlisted : w.webinar.capacity - counts.registered;
  const ids = await nextWaitlisted(tx, w.webinar.itemId, free);
  for (const id of ids) {
    // The promoted person's manage link stays the one they have: no new token here.
    const row = await updateRegistration(tx, id, { status: 'registered', promotedAt: now });
    await queueRegistrationMail(tx, services, 'promoted', w, row, null);
  }
  return ids.length;
}
