import type { DbOrTx } from '../../../core/db/client.ts';
import { formatDateTime, isLocale, type MessageKey, translator } from '../../../core/i18n/index.ts';
import { composeMail } from '../../../core/mail/index.ts';
import type { Services } from '../../../core/services.ts';
import type { LockedItem } from './repository.ts';
import { ownerContact } from './repository.ts';
import type { WorkflowAction } from './rules.ts';

const SUBJECTS: Partial<Record<WorkflowAction, MessageKey>> = {
  claim: 'editorial.mail.claim.subject',
  request_changes: 'editorial.mail.request_changes.subject',
  publish: 'editorial.mail.publish.subject',
  schedule: 'editorial.mail.schedule.subject',
  reject: 'editorial.mail.reject.subject',
  unpublish: 'editorial.mail.unpublish.subject',
};
const BODIES: Partial<Record<WorkflowAction, MessageKey>> = {
  claim: 'editorial.mail.claim.body',
  request_changes: 'editorial.mail.request_changes.body',
  publish: 'editorial.mail.publish.body',
  schedule: 'editorial.mail.schedule.body',
  reject: 'editorial.mail.reject.body',
  unpublish: 'editorial.mail.unpublish.body',
};

/**
 * Tells the submitter of a decision, in their own language and time zone, inside the
 * transition's transaction (queued; delivered after commit). The editor's message is quoted
 * as plain text (the e-mail layout escapes it).
 */
export async function queueDecisionMail(
  tx: DbOrTx,
  services: Pick<Services, 'mailer' | 'config' | 'workflow'>,
  d: {
    item: LockedItem;
    ownerId: string;
    action: WorkflowAction;
    message: string | null;
    scheduledFor?: Date;
  },
): Promise<void> {
  const subject = SUBJECTS[d.action];
  const body = BODIES[d.action];
  const def = services.workflow.get(d.item.type);
  if (!subject || !body || !def) return;
  const owner = await ownerContact(tx, d.ownerId);
  if (!owner) return;
  const locale = isLocale(owner.locale) ? owner.locale : 'en';
  const t = translator(locale);
  // In the member's own time zone, named (dateStyle cannot be combined with timeZoneName).
  const zone = owner.timeZone || 'UTC';
  const when = d.scheduledFor ? `${formatDateTime(locale, d.scheduledFor, zone)} (${zone})` : '';
  const paragraphs = [
    t('accounts.mail.greeting', { name: owner.name }),
    t(body, { title: d.item.title, type: t(def.label), when }),
    ...(d.message ? [t('editorial.mail.message'), d.message] : []),
  ];
  const url =
    d.action === 'publish'
      ? `${services.config.publicUrl}${def.publicPath(locale, d.item.slug)}`
      : `${services.config.publicUrl}${def.submissionPath(locale, d.item.id)}`;
  const mail = composeMail(locale, {
    subject: t(subject, { title: d.item.title.slice(0, 120) }),
    paragraphs,
    action: {
      label: t(d.action === 'publish' ? 'editorial.mail.openPublic' : 'editorial.mail.openSubmission'),
      url,
    },
    footer: t('accounts.mail.footer', { site: services.config.publicUrl }),
  });
  await services.mailer.queue(tx, {
    toAddress: owner.email,
    toName: owner.name,
    locale,
    kind: `editorial.${d.action}`,
    ...mail,
  });
}
