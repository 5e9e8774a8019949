import type { FieldError } from '../../../core/errors.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { type FormValues, Notice, PasswordField, SubmitButton, TextField } from './controls.tsx';
import { ResendForm } from './RegisterPage.tsx';

export type SignInNotice = 'passwordReset' | 'signInAgain' | 'deleted';

export function SignInPage({
  values,
  errors = [],
  next,
  notice,
  unverifiedEmail,
}: {
  values?: FormValues;
  errors?: FieldError[];
  next?: string;
  notice?: SignInNotice;
  /** Set when the password was right but the address is not confirmed yet. */
  unverifiedEmail?: string;
}) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('accounts.signIn.title')} indexable={false}>
      <h1>{t('accounts.signIn.title')}</h1>
      {notice && <Notice>{t(`accounts.signIn.notice.${notice}`)}</Notice>}
      <ErrorSummary errors={errors} />
      {unverifiedEmail && (
        <div class="error-summary" role="alert">
          <h2>{t('accounts.signIn.unverified.title')}</h2>
          <p>{t('accounts.signIn.unverified.body')}</p>
          <ResendForm email={unverifiedEmail} />
        </div>
      )}
      <form method="post" action={`/${locale}/sign-in`} novalidate>
        <CsrfField />
        {next && <input type="hidden" name="next" value={next} />}
        <TextField
          name="email"
          type="email"
          label={t('accounts.field.email')}
          values={values}
          errors={errors}
          autocomplete="email"
          maxLength={254}
        />
        <PasswordField
          name="password"
          label={t('accounts.field.password')}
          errors={errors}
          autocomplete="current-password"
        />
        <SubmitButton>{t('accounts.signIn.submit')}</SubmitButton>
      </form>
      <p>
        <a href={`/${locale}/forgot-password`}>{t('accounts.signIn.forgot')}</a>
      </p>
      <p>
        {t('accounts.signIn.noAccount')} <a href={`/${locale}/register`}>{t('ui.account.register')}</a>
      </p>
    </Layout>
  );
}

/** The second step for members with two-step verification: an app code, or a backup code. */
export function TwoFactorSignInPage({
  method,
  next,
  errors = [],
}: {
  method: 'totp' | 'backup';
  next?: string;
  errors?: FieldError[];
}) {
  const { t, locale } = useCtx();
  const other = method === 'totp' ? 'backup' : 'totp';
  const nextQuery = next ? `&next=${encodeURIComponent(next)}` : '';
  return (
    <Layout title={t('accounts.twoFactorSignIn.title')} indexable={false}>
      <h1>{t('accounts.twoFactorSignIn.title')}</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/${locale}/sign-in/two-factor`} novalidate>
        <CsrfField />
        <input type="hidden" name="method" value={method} />
        {next && <input type="hidden" name="next" value={next} />}
        <Field
          name="code"
          label={t(
            method === 'totp' ? 'accounts.twoFactorSignIn.code' : 'accounts.twoFactorSignIn.backupCode',
          )}
          hint={t(
            method === 'totp' ? 'accounts.twoFactorSignIn.codeHint' : 'accounts.twoFactorSignIn.backupHint',
          )}
          errors={errors}
        >
          <input
            type="text"
            {...describe('code', errors, true)}
            autocomplete="one-time-code"
            inputMode={method === 'totp' ? 'numeric' : 'text'}
            spellcheck={false}
            maxLength={64}
          />
        </Field>
        <SubmitButton>{t('accounts.twoFactorSignIn.submit')}</SubmitButton>
      </form>
      <p>
        <a href={`/${locale}/sign-in/two-factor?method=${other}${nextQuery}`}>
          {t(other === 'backup' ? 'accounts.twoFactorSignIn.useBackup' : 'accounts.twoFactorSignIn.useApp')}
        </a>
      </p>
    </Layout>
  );
}
