import { isLocale, type Locale, type MessageKey, translator } from '../../core/i18n/index.ts';
import { composeMail } from '../../core/mail/index.ts';
import type { Services } from '../../core/services.ts';
import { isTimeZone, localParts, zonedInstant } from '../../core/time/zones.ts';
import { KIND_LIST, NOTIFICATION_KINDS, type NotificationKind } from './kinds.ts';
import {
  claimPendingDigest,
  membersDueForDigest,
  preferencesOf,
  recipient,
  zonesWithPendingDigest,
} from './repository.ts';
import type { NotificationPayload } from './tables.ts';

export const DIGEST_JOB = 'notifications.daily-digest';
/** The local hour the summary goes out (it runs hourly; a run missed by a crash catches up later that day). */
export const DIGEST_HOUR = 7;
/** At most this many notifications are written out in one summary; the rest are counted. */
const DIGEST_MAX_ITEMS = 30;
const PAGE = 500;

type DigestServices = Pick<Services, 'db' | 'mailer' | 'config'>;

/** The sentence that says what a notification is about, in a language (centre and e-mails). */
export function describeNotification(locale: Locale, kind: string, payload: NotificationPayload): string {
  const t = translator(locale);
  const known = (KIND_LIST as string[]).includes(kind);
  return t((known ? `notifications.kind.${kind}.body` : 'notifications.kind.other.body') as MessageKey, {
    title: payload.title,
    actor: payload.actorName || t('notifications.someone'),
    community: payload.communityName ?? '',
  });
}

/** A payload path that stays on this site ("/x", never "//host" or "/\host"). */
export const safePath = (path: string): string | null =>
  /^\/(?![/\\])[^\s\\]*$/.test(path) && path.length <= 2000 ? path : null;

/**
 * The daily summary: for each member whose local time is 07:00 or later and who has
 * notifications waiting since before today's 07:00 there (those their preference sends
 * daily), one e-mail in their language listing them, with a link to each. Per member, the
 * notifications are marked e-mailed in the same transaction that queues the message: run twice,
 * or again after a crash, nobody gets a notification twice. Run hourly, a member is served in
 * the run between 07:00 and 07:59 local time (a later run that day only catches up after a
 * crash or an outage).
 */
export async function sendDailyDigests(services: DigestServices, now = new Date()): Promise<number> {
  let sent = 0;
  for (const zone of await zonesWithPendingDigest(services.db)) {
    if (!isTimeZone(zone)) continue;
    const local = localParts(now, zone);
    if (Number(local.clock.slice(0, 2)) < DIGEST_HOUR) continue;
    const cutoff = zonedInstant(local.day, `${String(DIGEST_HOUR).padStart(2, '0')}:00`, zone);
    let after = '';
    for (;;) {
      const members = await membersDueForDigest(services.db, zone, cutoff, after, PAGE);
      for (const userId of members) if (await sendOne(services, userId)) sent++;
      if (members.length < PAGE) break;
      after = members.at(-1)!;
    }
  }
  if (sent) await services.mailer.kick();
  return sent;
}

async function sendOne(services: DigestServices, userId: string): Promise<boolean> {
  return services.db.transaction(async (tx) => {
    const claimed = await claimPendingDigest(tx, userId);
    const to = await recipient(tx, userId);
    if (!to || claimed.length === 0) return false;
    // A kind switched off since counts as handled: marked, not sent.
    const modes = await preferencesOf(tx, userId);
    const items = claimed.filter(
      (n) =>
        n.visible &&
        (modes.get(n.kind) ?? NOTIFICATION_KINDS[n.kind as NotificationKind] ?? 'daily') !== 'off',
    );
    if (items.length === 0) return false;
    const locale: Locale = isLocale(to.locale) ? to.locale : 'en';
    const t = translator(locale);
    const base = `${services.config.publicUrl}/${locale}`;
    const shown = items.slice(0, DIGEST_MAX_ITEMS);
    const lines = shown.map((n) => {
      const path = safePath(n.payload.path) ?? '/notifications';
      return `• ${describeNotification(locale, n.kind, n.payload)}\n${base}${path}`;
    });
    const more = items.length - shown.length;
    const mail = composeMail(locale, {
      subject: t('notifications.digest.subject', { count: items.length }),
      paragraphs: [
        t('accounts.mail.greeting', { name: to.name }),
        t('notifications.digest.intro'),
        ...lines,
        ...(more > 0 ? [t('notifications.digest.more', { count: more })] : []),
      ],
      action: { label: t('notifications.digest.open'), url: `${base}/notifications` },
      footer: t('notifications.mail.footer', { url: `${base}/account/notifications` }),
    });
    await services.mailer.queue(tx, {
      toAddress: to.email,
      toName: to.name,
      locale,
      kind: 'notification.digest',
      priority: 1,
      ...mail,
    });
    return true;
  });
}

export function registerDigestJob(services: DigestServices & Pick<Services, 'jobs' | 'logger'>) {
  services.jobs.register(
    DIGEST_JOB,
    async () => {
      const sent = await sendDailyDigests(services);
      if (sent) services.logger.info({ sent }, 'daily notification summaries queued');
    },
    { cron: '17 * * * *' },
  );
}
