import { eq } from 'drizzle-orm';
import { composeMail } from '../../core/mail/index.ts';
import { verificationPurpose } from './auth-http.ts';
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
    // Also used for the second step of an e-mail change: then `user.email` is the new address.
    sendVerificationEmail: ({ user, token }: { user: MailUser; url: string; token: string }) => {
      const changing = verificationPurpose(token) === 'change-verify';
      return send(user, changing ? 'account.new-email' : 'account.verify', (locale) => {
        const t = translator(locale);
        return {
          subject: t(changing ? 'accounts.mail.newAddress.subject' : 'accounts.mail.verify.subject'),
          paragraphs: [
            t('accounts.mail.greeting', { name: user.name }),
            changing
              ? t('accounts.mail.newAddress.body', { email: user.email })
              : t('accounts.mail.verify.body'),
          ],
          action: {
            label: t(changing ? 'accounts.mail.newAddress.action' : 'accounts.mail.verify.action'),
            url: `${config.publicUrl}/${locale}/verify-email?token=${encodeURIComponent(token)}`,
          },
        };
      });
    },
    /** Someone tried to register with an address that has an account: tell its owner, not them. */
    sendExistingAccountNotice: ({ user }: { user: MailUser }) =>
      send(user, 'account.exists', (locale) => {
        const t = translator(locale);
        return {
          subject: t('accounts.mail.existing.subject'),
          paragraphs: [t('accounts.mail.greeting', { name: user.name }), t('accounts.mail.existing.body')],
          action: {
            label: t('accounts.mail.existing.action'),
            url: `${config.publicUrl}/${locale}/forgot-password`,
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
