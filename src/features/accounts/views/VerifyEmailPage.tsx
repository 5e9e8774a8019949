import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { ResendForm } from './RegisterPage.tsx';

export type VerifyOutcome = 'verified' | 'change-confirmed' | 'changed';

export function VerifiedPage({ outcome, signedIn }: { outcome: VerifyOutcome; signedIn: boolean }) {
  const { t, locale } = useCtx();
  const key = {
    verified: 'accounts.verify.verified',
    'change-confirmed': 'accounts.verify.changeConfirmed',
    changed: 'accounts.verify.changed',
  } as const;
  return (
    <Layout title={t(`${key[outcome]}.title`)} indexable={false}>
      <h1>{t(`${key[outcome]}.title`)}</h1>
      <p class="lead">{t(`${key[outcome]}.body`)}</p>
      <p>
        {/* A new member's next step is the short welcome (interests, languages, e-mail). */}
        {outcome === 'verified' ? (
          <a
            href={
              signedIn
                ? `/${locale}/me/welcome`
                : `/${locale}/sign-in?next=${encodeURIComponent(`/${locale}/me/welcome`)}`
            }
            class="button-link"
          >
            {signedIn ? t('members.welcome.next') : t('ui.account.signIn')}
          </a>
        ) : signedIn ? (
          <a href={`/${locale}/account`}>{t('accounts.account.title')}</a>
        ) : (
          <a href={`/${locale}/sign-in`} class="button-link">
            {t('ui.account.signIn')}
          </a>
        )}
      </p>
    </Layout>
  );
}

/** An expired or broken link: say so in plain words and offer a fresh one. */
export function VerifyFailedPage({ expired }: { expired: boolean }) {
  const { t } = useCtx();
  return (
    <Layout title={t('accounts.verify.failed.title')} indexable={false}>
      <h1>{t('accounts.verify.failed.title')}</h1>
      <p class="lead">{t(expired ? 'accounts.verify.failed.expired' : 'accounts.verify.failed.invalid')}</p>
      <ResendForm />
    </Layout>
  );
}
