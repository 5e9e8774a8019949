import { audit } from '../../../core/audit/index.ts';
import type { DbOrTx } from '../../../core/db/client.ts';
import { AppError, notFound, ValidationError } from '../../../core/errors.ts';
import type { Services } from '../../../core/services.ts';
import type { SessionUser } from '../../../core/http/context.ts';
import { replaceClassification, replaceTranslations } from '../../content/repository.ts';
import { nextSlug, slugify } from '../../library/editorial/slug.ts';
import { LOCALES } from '../../../core/i18n/index.ts';
import { promoteWaitlisted } from '../registration/register.ts';
import { queueRegistrationMail } from '../registration/notify.ts';
import {
  activeRegistrations,
  clearReminders,
  countByStatus,
  findWebinar,
  insertWebinar,
  insertWebinarItem,
  lockWebinar,
  replacePeople,
  setWebinarItem,
  takenWebinarSlugs,
  updateWebinarRow,
} from '../repository.ts';
import type { WebinarInput } from '../schemas.ts';
import { reindexWebinar } from '../search.ts';

type SaveServices = Pick<Services, 'db' | 'mailer' | 'config' | 'cache'>;

export const WEBINAR_CACHE_PREFIX = 'webinars:';

const scheduleFields = (input: WebinarInput) => ({
  startsAt: input.startsAt,
  timeZone: input.timeZone,
  durationMinutes: input.durationMinutes,
  capacity: input.capacity,
  meetingUrl: input.meetingUrl,
  recordingUrl: input.recordingUrl,
  spokenLanguages: input.spokenLanguages,
  interpretation: input.interpretation,
  targetRegions: input.targetRegions,
});

async function writeTexts(tx: DbOrTx, id: string, input: WebinarInput, previousOriginal?: string) {
  await replaceTranslations(tx, id, input.translations, [
    ...LOCALES,
    input.originalLocale,
    ...(previousOriginal ? [previousOriginal] : []),
  ]);
  await replaceClassification(tx, id, { termIds: [], countries: [], organisationIds: input.organisationIds });
  await replacePeople(tx, id, input.people);
}

/** An organiser schedules a webinar; published at once when asked, else kept as a draft. */
export async function createWebinar(services: SaveServices, organiser: SessionUser, input: WebinarInput) {
  const original = input.translations.find((t) => t.locale === input.originalLocale)!;
  const base = slugify(original.title) || 'webinar';
  const result = await services.db.transaction(async (tx) => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const slug = nextSlug(base, await takenWebinarSlugs(tx, base));
      const id = await insertWebinarItem(tx, {
        slug,
        status: input.publish ? 'published' : 'draft',
        originalLocale: input.originalLocale,
        authorId: organiser.id,
      });
      if (!id) continue;
      await insertWebinar(tx, { itemId: id, ...scheduleFields(input) });
      await writeTexts(tx, id, input);
      await reindexWebinar(tx, id);
      await audit(tx, {
        actor: { id: organiser.id, name: organiser.name },
        action: 'webinar.create',
        subjectType: 'webinar',
        subjectId: id,
        summary: original.title,
      });
      return { id, slug };
    }
    throw new Error('could not find a free slug');
  });
  services.cache.invalidate(WEBINAR_CACHE_PREFIX);
  return result;
}

/**
 * Saves the organiser's changes. A new time (or length) raises the invitation's SEQUENCE and
 * sends every registrant and waitlisted person the updated invitation; a larger capacity
 * promotes from the waitlist; a capacity below the current registrations is refused.
 */
export async function updateWebinar(
  services: SaveServices,
  organiser: SessionUser,
  id: string,
  input: WebinarInput,
  now = new Date(),
) {
  const result = await services.db.transaction(async (tx) => {
    const w = await lockWebinar(tx, id);
    if (!w) throw notFound();
    if (input.version !== undefined && input.version !== w.version)
      throw new AppError('stale', 409, 'webinars.error.stale');
    const counts = await countByStatus(tx, id);
    if (input.capacity != null && input.capacity < counts.registered)
      throw new ValidationError([
        {
          field: 'capacity',
          code: 'capacity_below_registrations',
          messageKey: 'webinars.error.capacityBelow',
          values: { count: counts.registered },
        },
      ]);
    const timeChanged =
      w.webinar.startsAt.getTime() !== input.startsAt.getTime() ||
      w.webinar.durationMinutes !== input.durationMinutes;
    // A new join link reaches registrants with an updated invitation too.
    const linkChanged = !timeChanged && (w.webinar.meetingUrl ?? null) !== (input.meetingUrl ?? null);
    await updateWebinarRow(tx, id, {
      ...scheduleFields(input),
      icsSequence: timeChanged || linkChanged ? w.webinar.icsSequence + 1 : w.webinar.icsSequence,
    });
    await setWebinarItem(tx, id, {
      status: input.publish ? 'published' : 'draft',
      originalLocale: input.originalLocale,
    });
    await writeTexts(tx, id, input, w.originalLocale);
    await reindexWebinar(tx, id);
    const updated = (await findWebinar(tx, id))!;
    let notified = 0;
    if (timeChanged) await clearReminders(tx, id, input.startsAt, now);
    if (timeChanged && !w.webinar.cancelledAt) {
      for (const r of await activeRegistrations(tx, id)) {
        await queueRegistrationMail(tx, services, 'changed', updated, r, null, {
          previousStart: w.webinar.startsAt,
        });
        notified++;
      }
    }
    if (linkChanged && !w.webinar.cancelledAt && input.meetingUrl) {
      for (const r of await activeRegistrations(tx, id)) {
        if (r.status !== 'registered') continue;
        await queueRegistrationMail(tx, services, 'link_changed', updated, r, null);
        notified++;
      }
    }
    const promoted = await promoteWaitlisted(tx, services, updated, now);
    await audit(tx, {
      actor: { id: organiser.id, name: organiser.name },
      action: 'webinar.update',
      subjectType: 'webinar',
      subjectId: id,
      summary: input.translations.find((t) => t.locale === input.originalLocale)?.title ?? '',
      after: { timeChanged, notified, promoted },
    });
    return { slug: updated.slug, timeChanged, notified, promoted };
  });
  services.cache.invalidate(WEBINAR_CACHE_PREFIX);
  await services.mailer.kick();
  return result;
}

/** Cancels the webinar: every registrant and waitlisted person gets the cancellation (METHOD:CANCEL). */
export async function cancelWebinar(services: SaveServices, organiser: SessionUser, id: string) {
  const notified = await services.db.transaction(async (tx) => {
    const w = await lockWebinar(tx, id);
    if (!w) throw notFound();
    if (w.webinar.cancelledAt) throw new AppError('already_cancelled', 409, 'webinars.error.cancelled');
    await updateWebinarRow(tx, id, { cancelledAt: new Date(), icsSequence: w.webinar.icsSequence + 1 });
    const updated = (await findWebinar(tx, id))!;
    const people = await activeRegistrations(tx, id);
    for (const r of people) await queueRegistrationMail(tx, services, 'webinar_cancelled', updated, r, null);
    await audit(tx, {
      actor: { id: organiser.id, name: organiser.name },
      action: 'webinar.cancel',
      subjectType: 'webinar',
      subjectId: id,
      summary: updated.slug,
      after: { notified: people.length },
    });
    return people.length;
  });
  services.cache.invalidate(WEBINAR_CACHE_PREFIX);
  await services.mailer.kick();
  return { notified };
}
