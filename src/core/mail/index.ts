import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import type { Db, DbOrTx } from '../db/client.ts';
import type { Jobs } from '../jobs/index.ts';
import {
  type NewMail,
  claimQueued,
  deleteMailBefore,
  failStuckSending,
  insertMail,
  markDelivered,
  markMail,
  releaseClaims,
} from './repository.ts';

export { composeMail } from './compose.ts';

export interface Mailer {
  /** Records a message inside the caller's transaction; call kick() after commit. */
  queue(tx: DbOrTx, mail: Omit<NewMail, 'id' | 'status'>): Promise<string>;
  /** Asks the job system to deliver what is queued. */
  kick(): Promise<void>;
  /** Delivers queued messages now (the job handler); returns how many were handled. */
  deliverPending(): Promise<number>;
  readonly mode: 'smtp' | 'outbox';
  close(): void;
}

export const MAIL_JOB = 'mail.deliver';
export const MAIL_RETENTION_DAYS = 30;

export function createMailer(db: Db, config: Config, jobs: Jobs, logger: Logger): Mailer {
  // One pooled connection by default: a new SMTP session per message is two orders of magnitude
  // slower (measured: 9 against 380 messages/s on loopback). `?pool=false` in the URL opts out.
  const smtpUrl =
    config.SMTP_URL && !/[?&]pool=/.test(config.SMTP_URL)
      ? `${config.SMTP_URL}${config.SMTP_URL.includes('?') ? '&' : '?'}pool=true`
      : config.SMTP_URL;
  const transport: Transporter | null = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;

  // Throttle: messages leave no faster than MAIL_RATE_PER_SECOND (large sends such as webinar
  // reminders must not trip the SMTP provider's limits).
  const gap = config.MAIL_RATE_PER_SECOND > 0 ? 1000 / config.MAIL_RATE_PER_SECOND : 0;
  let nextSendAt = 0;
  const throttle = async () => {
    if (!gap) return;
    // The slot is taken before waiting, so two deliveries running at once still space out.
    const now = performance.now();
    const slot = Math.max(now, nextSendAt);
    nextSendAt = slot + gap;
    if (slot > now) await new Promise((r) => setTimeout(r, slot - now));
  };

  const deliverPending = async () => {
    await failStuckSending(db, new Date(Date.now() - 15 * 60_000));
    let handled = 0;
    for (;;) {
      const batch = await claimQueued(db, 20);
      if (batch.length === 0) return handled;
      // Successes are recorded together at the end of the batch: one commit instead of one per
      // message. A crash before that leaves them "sending", which is never retried (see
      // failStuckSending): a status may be wrong after a crash, a message is never sent twice.
      const sent: string[] = [];
      try {
        for (const [index, m] of batch.entries()) {
          handled++;
          if (!transport) {
            sent.push(m.id);
            continue;
          }
          try {
            await throttle();
            await transport.sendMail({
              from: config.MAIL_FROM,
              to: m.toName ? { name: m.toName, address: m.toAddress } : m.toAddress,
              subject: m.subject,
              text: m.text,
              html: m.html,
              headers: { 'Content-Language': m.locale },
              // A calendar invitation goes as a text/calendar alternative (calendars offer to
              // add or update it) and, for other clients, as an .ics attachment.
              ...(m.icalEvent ? { icalEvent: m.icalEvent } : {}),
            });
            sent.push(m.id);
            logger.info({ mailId: m.id, kind: m.kind }, 'mail sent');
          } catch (err) {
            // A refusal (a response code) or no connection: back in the queue a few times (it
            // waits a minute). A timeout after the message was handed over could make a retry a
            // second copy; SMTP cannot tell. If the server is unreachable, give back the rest of
            // the batch untried; one refusal does not hold back the others.
            const retry = m.attempts < 5;
            await markMail(db, m.id, retry ? 'queued' : 'failed', (err as Error).message.slice(0, 500));
            logger.warn({ mailId: m.id, err: (err as Error).message }, 'mail delivery failed');
            if (!(err as { responseCode?: number }).responseCode) {
              await releaseClaims(
                db,
                batch.slice(index + 1).map((rest) => rest.id),
              );
              return handled;
            }
          }
        }
      } finally {
        await markDelivered(db, sent, transport ? 'sent' : 'kept');
      }
    }
  };

  jobs.register(
    MAIL_JOB,
    async () => {
      await deliverPending();
    },
    { cron: '* * * * *' },
  );

  // Retention: the outbox keeps 30 days of messages, then forgets them (bodies carry
  // personal data and links).
  jobs.register(
    'mail.purge',
    async () => {
      const removed = await deleteMailBefore(db, new Date(Date.now() - MAIL_RETENTION_DAYS * 86_400_000));
      if (removed) logger.info({ removed }, 'old e-mails purged');
    },
    { cron: '41 3 * * *' },
  );

  return {
    mode: transport ? 'smtp' : 'outbox',
    queue: (tx, mail) => insertMail(tx, { ...mail, status: 'queued' }),
    kick: () => jobs.send(MAIL_JOB, {}),
    deliverPending,
    close: () => transport?.close(),
  };
}
