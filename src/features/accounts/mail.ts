import { eq } from 'drizzle-orm';
import { composeMail } from '../../core/mail/index.ts';
import { isLocale, type Locale, translator } from '../../core/i18n/index.ts';
import type { Services } from '../../core/services.ts';
import { user as userTable } from './tables.ts';

type MailUser = { id: string; email: string; name: string };

/**
 * The account e-mails, each in the recipient's saved language. better-auth gives us a link
 * to its own endpoint; we mail a link to our page instead, carrying the same token.
 */
export function createAccountMail({ db, mailer, config }: Services) {
  const localeOf = async (id: string): Promise<Locale> => {
    const [row] = await db.select({ locale: userTable.locale }).from(userTable).where(eq(userTable.id, id));
    return isLocale(row?.locale) ? row.locale : 'en';
  };

  const send = async (
    user: MailUser,
    kind: string,
    build: (locale: Locale) => {
      subject: string;
      paragraphs: string[];
      action: { label: string; url: string };
    },
    to = user.email,
  ) => {
    const locale = await localeOf(user.id);
    const t = translator(locale);
    const content = build(locale);
    const mail = composeMail(locale, {
      ...content,
      footer: t('accounts.mail.footer', { site: config.publicUrl }),
    });
    await mailer.queue(db, { toAddress: to, toName: user.name, locale, kind, ...mail });
    await mailer.kick();
  };

  return {
    sendVerificationEmail: ({ user, token }: { user: MailUser; url: string; token: string }) =>
      send(user, 'account.verify', (locale) => {
        const t = translator(locale);
        return {
          subject: t('accounts.mail.verify.subject'),
          paragraphs: [t('accounts.mail.greeting', { name: user.name }), t('accounts.mail.verify.body')],
          action: {
            label: t('accounts.mail.verify.action'),
            url: `${config.publicUrl}/${locale}/verify-email?token=${encodeURIComponent(token)}`,
          },
        };
      }),
    sendResetPassword: ({ user, token }: { user: MailUser; url: string; token: string }) =>
      send(user, 'account.reset', (locale) => {
        const t = translator(locale);
        return {
          subject: t('accounts.mail.reset.subject'),
          paragraphs: [t('accounts.mail.greeting', { name: user.name }), t('accounts.mail.reset.body')],
          action: {
            label: t('accounts.mail.reset.action'),
            url: `${config.publicUrl}/${locale}/reset-password?token=${encodeURIComponent(token)}`,
          },
        };
      }),
    sendChangeEmailConfirmation: ({
      user,
      newEmail,
      token,
    }: {
      user: MailUser;
      newEmail: string;
      url: string;
      token: string;
    }) =>
      send(
        user,
        'account.change-email',
        (locale) => {
          const t = translator(locale);
          return {
            subject: t('accounts.mail.changeEmail.subject'),
            paragraphs: [
              t('accounts.mail.greeting', { name: user.name }),
              t('accounts.mail.changeEmail.body', { email: newEmail }),
            ],
            action: {
              label: t('accounts.mail.changeEmail.action'),
              url: `${config.publicUrl}/${locale}/verify-email?token=${encodeURIComponent(token)}`,
            },
          };
        },
        user.email,
      ),
  };
}
