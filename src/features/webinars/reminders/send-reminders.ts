import type { Services } from '../../../core/services.ts';
import { queueRegistrationMail } from '../registration/notify.ts';
import {
  claimReminderBatch,
  lockWebinar,
  REMINDER_LEAD_MS,
  type ReminderKind,
  webinarsDueForReminder,
} from '../repository.ts';

export const REMINDER_JOB = 'webinars.send-reminders';

type ReminderServices = Pick<Services, 'db' | 'mailer' | 'config'>;

export interface ReminderOptions {
  now?: Date;
  /** After each committed batch (progress; tests simulate a crash by throwing here). */
  afterBatch?: (done: number) => void | Promise<void>;
}

/**
 * Writes the 24-hour and 1-hour reminders that are due, in the registrant's language and time
 * zone, in batches of REMINDER_BATCH_SIZE. Each batch records "reminder sent" and queues its
 * e-mails in one transaction, and the mail worker delivers them at MAIL_RATE_PER_SECOND: run
 * again after a crash, it continues where it stopped and nobody gets a reminder twice.
 */
export async function sendDueReminders(
  services: ReminderServices,
  opts: ReminderOptions = {},
): Promise<number> {
  const now = opts.now ?? new Date();
  const batchSize = services.config.REMINDER_BATCH_SIZE;
  let done = 0;
  for (const kind of ['1h', '24h'] as ReminderKind[]) {
    for (const webinarId of await webinarsDueForReminder(services.db, kind, now)) {
      for (;;) {
        const written = await services.db.transaction(async (tx) => {
          // Under the webinar's lock: a change of time or a cancellation committed meanwhile is
          // seen here, never overtaken by a batch that read the old state.
          const w = await lockWebinar(tx, webinarId);
          if (!w || w.webinar.cancelledAt || w.status !== 'published') return 0;
          if (w.webinar.startsAt.getTime() <= now.getTime()) return 0;
          const due = w.webinar.startsAt.getTime() - REMINDER_LEAD_MS[kind];
          if (due > now.getTime()) return 0;
          const batch = await claimReminderBatch(tx, webinarId, kind, w.webinar.startsAt, batchSize);
          for (const r of batch)
            await queueRegistrationMail(
              tx,
              services,
              kind === '1h' ? 'reminder_1h' : 'reminder_24h',
              w,
              r,
              null,
            );
          return batch.length;
        });
        if (written === 0) break;
        done += written;
        await services.mailer.kick();
        await opts.afterBatch?.(done);
      }
    }
  }
  return done;
}

export function registerReminderJob(services: ReminderServices & Pick<Services, 'jobs' | 'logger'>) {
  services.jobs.register(
    REMINDER_JOB,
    async () => {
      const sent = await sendDueReminders(services);
      if (sent) services.logger.info({ sent }, 'webinar reminders queued');
    },
    { cron: '* * * * *' },
  );
}
