import type { FieldError } from '../../../core/errors.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, ErrorSummary } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import type { InterestGroup } from '../repository.ts';
import { type FormValues, SubmitButton } from './controls.tsx';
import { AboutYouFields, InterestsField, NameField, PreferenceFields } from './ProfileFields.tsx';

export function ProfilePage({
  values,
  errors = [],
  interests,
}: {
  values: FormValues;
  errors?: FieldError[];
  interests: InterestGroup[];
}) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('accounts.profile.title')} indexable={false} section="account">
      <p>
        <a href={`/${locale}/account`}>{t('accounts.account.back')}</a>
      </p>
      <h1>{t('accounts.profile.title')}</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/${locale}/account/profile`} novalidate>
        <CsrfField />
        <NameField values={values} errors={errors} />
        <AboutYouFields values={values} errors={errors} />
        <InterestsField values={values} errors={errors} groups={interests} />
        <PreferenceFields values={values} errors={errors} />
        <SubmitButton>{t('ui.form.save')}</SubmitButton>
      </form>
    </Layout>
  );
}
