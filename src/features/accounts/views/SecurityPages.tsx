import type { FieldError } from '../../../core/errors.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, ErrorSummary } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import {
  type FormValues,
  Notice,
  NewPasswordFields,
  PasswordField,
  SubmitButton,
  TextField,
} from './controls.tsx';

function BackLink() {
  const { t, locale } = useCtx();
  return (
    <p>
      <a href={`/${locale}/account`}>{t('accounts.account.back')}</a>
    </p>
  );
}

export function ChangePasswordPage({ errors = [] }: { errors?: FieldError[] }) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('accounts.password.title')} indexable={false} section="account">
      <BackLink />
      <h1>{t('accounts.password.title')}</h1>
      <p class="lead">{t('accounts.password.lead')}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/${locale}/account/password`} novalidate>
        <CsrfField />
        <PasswordField
          name="currentPassword"
          label={t('accounts.field.currentPassword')}
          errors={errors}
          autocomplete="current-password"
        />
        <NewPasswordFields name="newPassword" label={t('accounts.field.newPassword')} errors={errors} />
        <SubmitButton>{t('accounts.password.submit')}</SubmitButton>
      </form>
    </Layout>
  );
}

export function ChangeEmailPage({
  currentEmail,
  values,
  errors = [],
  sent,
}: {
  currentEmail: string;
  values?: FormValues;
  errors?: FieldError[];
  sent?: boolean;
}) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('accounts.email.title')} indexable={false} section="account">
      <BackLink />
      <h1>{t('accounts.email.title')}</h1>
      {sent && <Notice>{t('accounts.email.sent', { email: currentEmail })}</Notice>}
      <p class="lead">{t('accounts.email.lead', { email: currentEmail })}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/${locale}/account/email`} novalidate>
        <CsrfField />
        <TextField
          name="newEmail"
          type="email"
          label={t('accounts.field.newEmail')}
          values={values}
          errors={errors}
          autocomplete="email"
          maxLength={254}
        />
        <PasswordField
          name="currentPassword"
          label={t('accounts.field.currentPassword')}
          errors={errors}
          autocomplete="current-password"
        />
        <SubmitButton>{t('accounts.email.submit')}</SubmitButton>
      </form>
    </Layout>
  );
}

export function DeleteAccountPage({ email, errors = [] }: { email: string; errors?: FieldError[] }) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('accounts.delete.title')} indexable={false} section="account">
      <BackLink />
      <h1>{t('accounts.delete.title')}</h1>
      <p class="lead">{t('accounts.delete.lead')}</p>
      <ul>
        <li>{t('accounts.delete.what.profile')}</li>
        <li>{t('accounts.delete.what.sessions')}</li>
        <li>{t('accounts.delete.what.content')}</li>
      </ul>
      <ErrorSummary errors={errors} />
      <form
        method="post"
        action={`/${locale}/account/delete`}
        novalidate
        data-confirm={t('accounts.delete.areYouSure')}
      >
        <CsrfField />
        <PasswordField
          name="password"
          label={t('accounts.field.currentPassword')}
          errors={errors}
          autocomplete="current-password"
        />
        <TextField
          name="confirmation"
          label={t('accounts.delete.confirmation', { email })}
          errors={errors}
          autocomplete="off"
          maxLength={254}
        />
        <p>
          <input type="checkbox" id="f-removeContributions" name="removeContributions" value="on" />{' '}
          <label for="f-removeContributions">{t('accounts.delete.removeContributions')}</label>
        </p>
        <SubmitButton danger>{t('accounts.delete.submit')}</SubmitButton>
      </form>
    </Layout>
  );
}
