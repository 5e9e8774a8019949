import type { DbOrTx } from '../../../core/db/client.ts';
import {
  formatDateTime,
  isLocale,
  type Locale,
  type MessageKey,
  translator,
} from '../../../core/i18n/index.ts';
import { composeMail } from '../../../core/mail/index.ts';
import type { Services } from '../../../core/services.ts';
import { webinarInvitation, webinarOrganiser } from '../ics.ts';
import { type RegistrationRow, type WebinarRow, webinarTexts } from '../repository.ts';

export type RegistrationMail =
  | 'confirm_email'
  | 'registered'
  | 'waitlisted'
  | 'promoted'
  | 'already'
  | 'changed'
  | 'link_changed'
  | 'webinar_cancelled'
  | 'registration_cancelled'
  | 'reminder_24h'
  | 'reminder_1h';

type MailServices = Pick<Services, 'mailer' | 'config'>;

/** Which messages carry the calendar invitation, and with which method. */
const INVITATION: Partial<Record<RegistrationMail, 'request' | 'cancel'>> = {
  registered: 'request',
  promoted: 'request',
  changed: 'request',
  link_changed: 'request',
  webinar_cancelled: 'cancel',
  registration_cancelled: 'cancel',
};

/** Messages that give the join link (registrants only, never the waitlist). */
const WITH_JOIN_LINK = new Set<RegistrationMail>([
  'link_changed',
  'registered',
  'promoted',
  'changed',
  'reminder_24h',
  'reminder_1h',
]);

export const manageUrl = (publicUrl: string, locale: string, slug: string, token: string) =>
  `${publicUrl}/${locale}/webinars/${slug}/registration?t=${encodeURIComponent(token)}`;

/**
 * Queues one message to one registrant in their language, with the time written in their zone
 * and the organiser's, inside the caller's transaction. `token` is the registrant's secret for
 * the confirm/manage link (only known right after it is made).
 */
export async function queueRegistrationMail(
  tx: DbOrTx,
  services: MailServices,
  kind: RegistrationMail,
  w: { webinar: WebinarRow; slug: string },
  r: Pick<RegistrationRow, 'email' | 'name' | 'locale' | 'timeZone' | 'status'>,
  token: string | null,
  opts: { previousStart?: Date; hadPlace?: boolean } = {},
): Promise<void> {
  const locale: Locale = isLocale(r.locale) ? r.locale : 'en';
  const t = translator(locale);
  const texts = await webinarTexts(tx, w.webinar.itemId, locale);
  const { publicUrl } = services.config;
  const start = w.webinar.startsAt;
  const when = `${formatDateTime(locale, start, r.timeZone)} (${r.timeZone})`;
  const organiserWhen = `${formatDateTime(locale, start, w.webinar.timeZone)} (${w.webinar.timeZone})`;
  const pageUrl = `${publicUrl}/${locale}/webinars/${w.slug}`;
  const values = {
    title: texts.title,
    when,
    organiserWhen,
    minutes: w.webinar.durationMinutes,
    previous: opts.previousStart
      ? `${formatDateTime(locale, opts.previousStart, r.timeZone)} (${r.timeZone})`
      : '',
  };
  const paragraphs = [
    t('accounts.mail.greeting', { name: r.name }),
    t(`webinars.mail.${kind}.body` as MessageKey, values),
  ];
  if (kind !== 'confirm_email' && kind !== 'webinar_cancelled' && kind !== 'registration_cancelled')
    paragraphs.push(t('webinars.mail.when', values));
  // Only people with a place get the join link and a calendar entry: a change or cancellation
  // reaches the waitlist too, as a plain message.
  const hasPlace = r.status === 'registered' || opts.hadPlace === true;
  if (WITH_JOIN_LINK.has(kind) && hasPlace && w.webinar.meetingUrl)
    paragraphs.push(t('webinars.mail.join', { url: w.webinar.meetingUrl }));
  if (token && kind !== 'confirm_email' && kind !== 'webinar_cancelled' && kind !== 'registration_cancelled')
    paragraphs.push(t('webinars.mail.manage', { url: manageUrl(publicUrl, locale, w.slug, token) }));
  const action =
    kind === 'confirm_email' && token
      ? { label: t('webinars.mail.confirm_email.action'), url: manageUrl(publicUrl, locale, w.slug, token) }
      : { label: t('webinars.mail.openPage'), url: pageUrl };
  const mail = composeMail(locale, {
    subject: t(`webinars.mail.${kind}.subject` as MessageKey, { title: texts.title.slice(0, 120) }),
    paragraphs,
    action,
    footer: t('webinars.mail.footer', { site: publicUrl }),
  });
  const method = hasPlace ? INVITATION[kind] : undefined;
  const invitation = method
    ? webinarInvitation({
        webinarId: w.webinar.itemId,
        host: new URL(publicUrl).host,
        sequence: w.webinar.icsSequence,
        title: texts.title,
        description: texts.body ?? '',
        url: pageUrl,
        start,
        durationMinutes: w.webinar.durationMinutes,
        cancelled: method === 'cancel',
        joinUrl: method === 'request' ? w.webinar.meetingUrl : null,
        organiser: webinarOrganiser(services.config.MAIL_FROM),
      })
    : null;
  await services.mailer.queue(tx, {
    toAddress: r.email,
    toName: r.name,
    locale,
    kind: `webinar.${kind}`,
    // Reminders go out in bulk: behind anything a person is waiting for.
    priority: kind === 'reminder_24h' || kind === 'reminder_1h' ? 1 : 0,
    ...mail,
    icalEvent: invitation ? { ...invitation, filename: 'webinar.ics' } : null,
  });
}
