import type { FieldError } from '../../../core/errors.ts';
import { languageOptions } from '../../../core/i18n/languages.ts';
import { useCtx } from '../../../core/render/context.ts';
import { isLicence, LICENCES, licenceKey } from '../../content/licences.ts';
import {
  Select,
  TermChecks,
  TextArea,
  TextInput,
  textValue,
} from '../../library/editorial/views/controls.tsx';
import { countryOptions } from '../../taxonomy/countries.ts';
import type { ArticleFormOptions } from '../form-options.ts';
import type { FormValues } from '../presenter.ts';
import { BODY_MAX, SUMMARY_MAX, TITLE_MAX } from '../schemas.ts';

/** The fields of a news item or blog post, shared by the member's and the editor's forms. */
export function ArticleFields({
  values,
  errors,
  options,
  editor,
}: {
  values: FormValues;
  errors: FieldError[];
  options: ArticleFormOptions;
  editor?: boolean;
}) {
  const { t, locale } = useCtx();
  const common = { values, errors };
  const licence = textValue(values, 'licence');
  return (
    <>
      <fieldset>
        <legend>{t('articles.section.text')}</legend>
        <Select
          {...common}
          name="originalLocale"
          label={t('articles.field.originalLocale')}
          hint={t('articles.hint.originalLocale')}
          options={languageOptions(locale).map((l) => ({ value: l.code, label: l.name }))}
          placeholder={t('articles.choose')}
        />
        <TextInput {...common} name="title" label={t('articles.field.title')} maxLength={TITLE_MAX} />
        <TextArea
          {...common}
          name="summary"
          label={t('articles.field.summary')}
          hint={t('articles.hint.summary')}
          maxLength={SUMMARY_MAX}
          rows={3}
        />
        <TextArea
          {...common}
          name="body"
          label={t('articles.field.body')}
          hint={t('articles.hint.body')}
          maxLength={BODY_MAX}
          rows={16}
        />
      </fieldset>
      <fieldset>
        <legend>{t('articles.section.classification')}</legend>
        <TermChecks {...common} name="topics" label={t('articles.field.topics')} terms={options.topics} />
        <TermChecks
          {...common}
          name="programmeAreas"
          label={t('articles.field.programmeAreas')}
          terms={options.programmeAreas}
        />
        <Select
          {...common}
          name="countries"
          label={t('articles.field.countries')}
          options={countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))}
          multiple
          optional
        />
        <Select
          {...common}
          name="organisations"
          label={t('articles.field.organisations')}
          options={options.organisations.map((o) => ({
            value: o.id,
            label: o.acronym ? `${o.name} (${o.acronym})` : o.name,
          }))}
          multiple
          optional
        />
        <Select
          {...common}
          name="licence"
          label={t('articles.field.licence')}
          options={[
            ...LICENCES.map((code) => ({ value: code, label: t(licenceKey(code)) })),
            ...(licence && !isLicence(licence) && editor ? [{ value: licence, label: licence }] : []),
          ]}
          placeholder={t('articles.licence.none')}
          optional
        />
      </fieldset>
    </>
  );
}
