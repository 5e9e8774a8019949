import type { FieldError } from '../../../core/errors.ts';
import { languageName } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { ChoiceGroup, CsrfField, ErrorSummary } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import type { InterestGroup } from '../../accounts/repository.ts';
import { InterestsField } from '../../accounts/views/ProfileFields.tsx';
import { DELIVERY_MODES } from '../../notifications/tables.ts';
import { WORK_LANGUAGES } from '../schemas.ts';

export interface WelcomeValues {
  interests: string[];
  languages: string[];
  email: string;
}

/** One short step after verification, so that "for you" is useful at once. */
export function WelcomePage(p: { values: WelcomeValues; groups: InterestGroup[]; errors?: FieldError[] }) {
  const { t, locale } = useCtx();
  const errors = p.errors ?? [];
  return (
    <Layout title={t('members.welcome.title')} section="account" indexable={false}>
      <h1>{t('members.welcome.title')}</h1>
      <p class="lead">{t('members.welcome.intro')}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/${locale}/me/welcome`}>
        <CsrfField />
        <InterestsField values={{ interests: p.values.interests }} errors={errors} groups={p.groups} />
        <ChoiceGroup
          name="languages"
          legend={t('members.welcome.languages')}
          hint={t('members.welcome.languagesHint')}
          options={WORK_LANGUAGES.map((l) => ({ value: l, label: languageName(l, locale) })).sort((a, b) =>
            a.label.localeCompare(b.label, locale),
          )}
          chosen={p.values.languages}
          errors={errors}
        />
        <ChoiceGroup
          name="email"
          type="radio"
          legend={t('members.welcome.email')}
          hint={t('members.welcome.emailHint')}
          options={DELIVERY_MODES.map((m) => ({ value: m, label: t(`members.welcome.emailMode.${m}`) }))}
          chosen={[p.values.email]}
          errors={errors}
        />
        <p>
          <button type="submit">{t('members.welcome.submit')}</button>{' '}
          <a href={`/${locale}/me`}>{t('members.welcome.skip')}</a>
        </p>
      </form>
    </Layout>
  );
}
