import type { DbOrTx } from '../../core/db/client.ts';
import { isLocale, type MessageKey, translator } from '../../core/i18n/index.ts';
import { composeMail } from '../../core/mail/index.ts';
import type { Services } from '../../core/services.ts';
import { NOTIFICATION_KINDS, type NotificationKind } from './kinds.ts';
import { insertNotification, preferenceOf, recipient } from './repository.ts';
import type { NotificationPayload } from './tables.ts';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  /** The community it comes from: it disappears for someone who can no longer see it. */
  communityId?: string | null;
  payload: NotificationPayload;
}

/**
 * Tells a member something, inside the caller's transaction: always on site (the notification
 * centre), and by e-mail at once when their preference for this kind says so (else the daily
 * summary picks it up, or nothing when it is off). Call `services.mailer.kick()` after commit.
 */
export async function notify(
  tx: DbOrTx,
  services: Pick<Services, 'mailer' | 'config'>,
  n: NewNotification,
): Promise<void> {
  const mode = (await preferenceOf(tx, n.userId, n.kind)) ?? NOTIFICATION_KINDS[n.kind];
  const to = mode === 'immediately' ? await recipient(tx, n.userId) : null;
  await insertNotification(tx, { ...n, emailed: mode !== 'daily' });
  if (!to) return;
  const locale = isLocale(to.locale) ? to.locale : 'en';
  const t = translator(locale);
  const values = {
    title: n.payload.title,
    actor: n.payload.actorName ?? '',
    community: n.payload.communityName ?? '',
  };
  const mail = composeMail(locale, {
    subject: t(`notifications.kind.${n.kind}.subject` as MessageKey, values),
    paragraphs: [
      t('accounts.mail.greeting', { name: to.name }),
      t(`notifications.kind.${n.kind}.body` as MessageKey, values),
      ...(n.payload.excerpt ? [n.payload.excerpt] : []),
    ],
    action: {
      label: t('notifications.mail.open'),
      url: `${services.config.publicUrl}/${locale}${n.payload.path}`,
    },
    footer: t('notifications.mail.footer', {
      url: `${services.config.publicUrl}/${locale}/account/notifications`,
    }),
  });
  await services.mailer.queue(tx, {
    toAddress: to.email,
    toName: to.name,
    locale,
    kind: `notification.${n.kind}`,
    ...mail,
  });
}
