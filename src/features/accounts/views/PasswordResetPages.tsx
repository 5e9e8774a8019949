import type { FieldError } from '../../../core/errors.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, ErrorSummary } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { type FormValues, Notice, NewPasswordFields, SubmitButton, TextField } from './controls.tsx';

export function ForgotPasswordPage({
  values,
  errors = [],
  sent,
}: {
  values?: FormValues;
  errors?: FieldError[];
  sent?: boolean;
}) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('accounts.forgot.title')} indexable={false}>
      <h1>{t('accounts.forgot.title')}</h1>
      {sent ? <Notice>{t('accounts.forgot.sent')}</Notice> : <p class="lead">{t('accounts.forgot.lead')}</p>}
      <ErrorSummary errors={errors} />
      <form method="post" action={`/${locale}/forgot-password`} novalidate>
        <CsrfField />
        <TextField
          name="email"
          type="email"
          label={t('accounts.field.email')}
          values={values}
          errors={errors}
          autocomplete="email"
          maxLength={254}
        />
        <SubmitButton>{t('accounts.forgot.submit')}</SubmitButton>
      </form>
      <p>
        <a href={`/${locale}/sign-in`}>{t('ui.account.signIn')}</a>
      </p>
    </Layout>
  );
}

export function ResetPasswordPage({ token, errors = [] }: { token: string; errors?: FieldError[] }) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('accounts.reset.title')} indexable={false}>
      <h1>{t('accounts.reset.title')}</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/${locale}/reset-password`} novalidate>
        <CsrfField />
        <input type="hidden" name="token" value={token} />
        <NewPasswordFields name="password" label={t('accounts.field.newPassword')} errors={errors} />
        <SubmitButton>{t('accounts.reset.submit')}</SubmitButton>
      </form>
    </Layout>
  );
}

export function ResetInvalidPage() {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('accounts.reset.invalid.title')} indexable={false}>
      <h1>{t('accounts.reset.invalid.title')}</h1>
      <p class="lead">{t('accounts.reset.invalid.body')}</p>
      <p>
        <a href={`/${locale}/forgot-password`} class="button-link">
          {t('accounts.forgot.title')}
        </a>
      </p>
    </Layout>
  );
}
