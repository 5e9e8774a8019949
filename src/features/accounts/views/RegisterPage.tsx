import type { FieldError } from '../../../core/errors.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import type { InterestGroup } from '../repository.ts';
import { type FormValues, NewPasswordFields, SubmitButton, TextField, textValue } from './controls.tsx';
import { AboutYouFields, InterestsField, NameField, PreferenceFields } from './ProfileFields.tsx';

export function RegisterPage({
  values,
  errors = [],
  interests,
}: {
  values?: FormValues;
  errors?: FieldError[];
  interests: InterestGroup[];
}) {
  const { t, locale } = useCtx();
  const termsError = errors.find((e) => e.field === 'terms');
  return (
    <Layout title={t('accounts.register.title')} indexable={false}>
      <h1>{t('accounts.register.title')}</h1>
      <p class="lead">{t('accounts.register.lead')}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/${locale}/register`} novalidate>
        <CsrfField />
        <NameField values={values} errors={errors} />
        <TextField
          name="email"
          type="email"
          label={t('accounts.field.email')}
          values={values}
          errors={errors}
          autocomplete="email"
          maxLength={254}
        />
        <NewPasswordFields name="password" label={t('accounts.field.password')} errors={errors} />
        <AboutYouFields values={values} errors={errors} />
        <InterestsField values={values} errors={errors} groups={interests} />
        <PreferenceFields values={values} errors={errors} />
        <div class={termsError ? 'field field-error' : 'field'}>
          {termsError && (
            <p class="error" id="e-terms">
              {t(termsError.messageKey, termsError.values)}
            </p>
          )}
          <input
            type="checkbox"
            {...describe('terms', errors)}
            value="yes"
            checked={textValue(values, 'terms') === 'yes'}
          />{' '}
          <label for="f-terms">
            {t('accounts.register.terms')} <a href={`/${locale}/terms`}>{t('accounts.register.termsLink')}</a>
          </label>
        </div>
        <SubmitButton>{t('accounts.register.submit')}</SubmitButton>
      </form>
      <p>
        {t('accounts.register.haveAccount')} <a href={`/${locale}/sign-in`}>{t('ui.account.signIn')}</a>
      </p>
    </Layout>
  );
}

/** The same page whether the address was new or already had an account (no enumeration). */
export function CheckEmailPage({ values, errors }: { values?: FormValues; errors?: FieldError[] }) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('accounts.checkEmail.title')} indexable={false}>
      <h1>{t('accounts.checkEmail.title')}</h1>
      <ErrorSummary errors={errors ?? []} />
      <p class="lead">{t('accounts.checkEmail.body')}</p>
      <p>{t('accounts.checkEmail.spam')}</p>
      <ResendForm values={values} errors={errors} />
      <p>
        <a href={`/${locale}/sign-in`}>{t('ui.account.signIn')}</a>
      </p>
    </Layout>
  );
}

/**
 * Asks for a new verification e-mail; the answer is the same whether the address exists or not.
 * With a known address (after a sign-in attempt) it is a single button.
 */
export function ResendForm({
  email,
  values,
  errors,
}: {
  email?: string;
  values?: FormValues;
  errors?: FieldError[];
}) {
  const { t, locale } = useCtx();
  return (
    <form method="post" action={`/${locale}/verify-email/resend`} novalidate>
      <CsrfField />
      <h2>{t('accounts.resend.title')}</h2>
      {email ? (
        <input type="hidden" name="email" value={email} />
      ) : (
        <TextField
          name="email"
          type="email"
          label={t('accounts.field.email')}
          values={values}
          errors={errors}
          autocomplete="email"
          maxLength={254}
        />
      )}
      <SubmitButton>{t('accounts.resend.submit')}</SubmitButton>
    </form>
  );
}
