import { audit } from '../../core/audit/index.ts';
import { AppError, notFound } from '../../core/errors.ts';
import type { SessionUser } from '../../core/http/context.ts';
import { formatDate, isLocale, type Locale, translator } from '../../core/i18n/index.ts';
import { composeMail } from '../../core/mail/index.ts';
import type { Services } from '../../core/services.ts';
import { lockFeedback, memberAddress, saveReply, setFeedbackStatus } from './repository.ts';
import type { FeedbackStatus } from './tables.ts';

type TriageServices = Pick<Services, 'db' | 'mailer' | 'config'>;

/** How much of the sender's message the reply quotes. */
export const QUOTE_MAX = 300;

/** The first words of a text on one line, cut at `max` characters. */
export const excerpt = (s: string, max: number) => {
  const line = s.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
};

export interface Recipient {
  email: string;
  name: string | null;
  locale: Locale;
}

/**
 * Who a reply goes to, in which language: a member at their account's address, in their
 * account's language (a deleted account has neither); a visitor at the address they gave, in the
 * language they wrote from. Null when there is no one to write to.
 */
export function recipientOf(
  fb: { email: string | null; name: string | null; locale: string; userId: string | null },
  member: { email: string; name: string; locale: string } | null,
): Recipient | null {
  const fallback: Locale = isLocale(fb.locale) ? fb.locale : 'en';
  if (fb.userId) {
    if (!member) return null;
    return {
      email: member.email,
      name: member.name,
      locale: isLocale(member.locale) ? member.locale : fallback,
    };
  }
  return fb.email ? { email: fb.email, name: fb.name, locale: fallback } : null;
}

/** The team moves a feedback along: new, in progress, answered, closed. Audited; the same status twice is a no-op. */
export async function changeFeedbackStatus(
  services: Pick<Services, 'db'>,
  staff: SessionUser,
  id: string,
  status: FeedbackStatus,
): Promise<{ changed: boolean }> {
  return services.db.transaction(async (tx) => {
    const row = await lockFeedback(tx, id);
    if (!row) throw notFound();
    if (row.status === status) return { changed: false };
    await setFeedbackStatus(tx, id, status);
    await audit(tx, {
      actor: { id: staff.id, name: staff.name },
      action: 'feedback.status',
      subjectType: 'feedback',
      subjectId: id,
      summary: excerpt(row.message, 80),
      before: { status: row.status },
      after: { status },
    });
    return { changed: true };
  });
}

/**
 * The team answers by e-mail, in the sender's language, quoting the start of their message.
 * The e-mail is queued in the same transaction as the reply, the status (answered) and the
 * audit entry, then the mailer is asked to deliver. Refused when there is no address to write
 * to, and when the same reply was already sent (a form posted twice).
 */
export async function replyToFeedback(
  services: TriageServices,
  staff: SessionUser,
  id: string,
  reply: string,
): Promise<Recipient> {
  const to = await services.db.transaction(async (tx) => {
    const row = await lockFeedback(tx, id);
    if (!row) throw notFound();
    const member = row.userId ? await memberAddress(tx, row.userId) : null;
    const to = recipientOf(row, member);
    if (!to) throw new AppError('no_recipient', 400, 'feedback.error.noRecipient', 'reply');
    if (row.reply === reply) throw new AppError('already_sent', 409, 'feedback.error.alreadySent', 'reply');
    const t = translator(to.locale);
    const site = t('ui.site.name');
    const mail = composeMail(to.locale, {
      subject: t('feedback.mail.subject', { site }),
      paragraphs: [
        to.name ? t('feedback.mail.greeting', { name: to.name }) : t('feedback.mail.greetingAnonymous'),
        t('feedback.mail.intro', { date: formatDate(to.locale, row.createdAt, 'long') }),
        ...reply
          .split(/\n\s*\n/)
          .map((p) => p.trim())
          .filter(Boolean),
        t('feedback.mail.yourMessage'),
        t('feedback.mail.quote', { message: excerpt(row.message, QUOTE_MAX) }),
      ],
      action: { label: t('feedback.mail.action'), url: `${services.config.publicUrl}/${to.locale}/feedback` },
      footer: t('feedback.mail.footer', { site }),
    });
    await services.mailer.queue(tx, {
      toAddress: to.email,
      toName: to.name,
      locale: to.locale,
      kind: 'feedback.reply',
      ...mail,
    });
    await saveReply(tx, id, { reply, repliedBy: staff.id });
    await audit(tx, {
      actor: { id: staff.id, name: staff.name },
      action: 'feedback.reply',
      subjectType: 'feedback',
      subjectId: id,
      summary: excerpt(row.message, 80),
      before: { status: row.status },
      after: { status: 'answered', locale: to.locale },
    });
    return to;
  });
  await services.mailer.kick();
  return to;
}
