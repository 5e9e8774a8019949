import type { FieldError } from '../../../../core/errors.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { countryOptions } from '../../../taxonomy/countries.ts';
import type { FormOptions } from '../form-options.ts';
import { languageOptions } from '../../../../core/i18n/languages.ts';
import { isLicence, LICENCES, licenceKey } from '../../../content/licences.ts';
import { AUTHOR_MAX, BODY_MAX, SUMMARY_MAX, TITLE_MAX } from '../schemas.ts';
import { type FormValues, Select, TermChecks, TextArea, TextInput, textValue } from './controls.tsx';

interface Props {
  values: FormValues;
  errors: FieldError[];
  options: FormOptions;
  /** The editor's form also asks for the page count. */
  editor?: boolean;
}

/** The fields of a publication shared by the member's submission form and the editor's form. */
export function PublicationFields({ values, errors, options, editor }: Props) {
  const { t, locale } = useCtx();
  const common = { values, errors };
  const languages = languageOptions(locale).map((l) => ({ value: l.code, label: l.name }));
  const licence = textValue(values, 'licence');
  return (
    <>
      <fieldset>
        <legend>{t('libraryEditorial.section.text')}</legend>
        <Select
          {...common}
          name="originalLocale"
          label={t('libraryEditorial.field.originalLocale')}
          hint={t('libraryEditorial.hint.originalLocale')}
          options={languages}
          placeholder={t('libraryEditorial.choose')}
        />
        <TextInput {...common} name="title" label={t('libraryEditorial.field.title')} maxLength={TITLE_MAX} />
        <TextArea
          {...common}
          name="summary"
          label={t('libraryEditorial.field.summary')}
          hint={t('libraryEditorial.hint.summary')}
          maxLength={SUMMARY_MAX}
        />
        <TextArea
          {...common}
          name="body"
          label={t('libraryEditorial.field.body')}
          hint={t('libraryEditorial.hint.body')}
          maxLength={BODY_MAX}
          optional
        />
      </fieldset>
      <fieldset>
        <legend>{t('libraryEditorial.section.authorship')}</legend>
        <TextArea
          {...common}
          name="authors"
          label={t('libraryEditorial.field.authors')}
          hint={t('libraryEditorial.hint.authors')}
          maxLength={60 * AUTHOR_MAX}
          rows={4}
          optional
        />
        <Select
          {...common}
          name="organisations"
          label={t('libraryEditorial.field.organisations')}
          hint={t('libraryEditorial.hint.organisations')}
          options={options.organisations.map((o) => ({
            value: o.id,
            label: o.acronym ? `${o.name} (${o.acronym})` : o.name,
          }))}
          multiple
          optional
        />
        <TextInput
          {...common}
          name="year"
          label={t('libraryEditorial.field.year')}
          maxLength={4}
          inputMode="numeric"
        />
        <TextInput
          {...common}
          name="issuedOn"
          label={t('libraryEditorial.field.issuedOn')}
          hint={t('libraryEditorial.hint.issuedOn')}
          type="date"
          optional
        />
      </fieldset>
      <fieldset>
        <legend>{t('libraryEditorial.section.classification')}</legend>
        <Select
          {...common}
          name="documentType"
          label={t('libraryEditorial.field.documentType')}
          options={options.documentTypes.map((o) => ({ value: String(o.id), label: o.label }))}
          placeholder={t('libraryEditorial.choose')}
        />
        <TermChecks
          {...common}
          name="programmeAreas"
          label={t('libraryEditorial.field.programmeAreas')}
          terms={options.programmeAreas}
        />
        <TermChecks
          {...common}
          name="topics"
          label={t('libraryEditorial.field.topics')}
          terms={options.topics}
        />
        <TermChecks
          {...common}
          name="populationGroups"
          label={t('libraryEditorial.field.populationGroups')}
          terms={options.populationGroups}
        />
        <Select
          {...common}
          name="countries"
          label={t('libraryEditorial.field.countries')}
          options={countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))}
          multiple
          optional
        />
      </fieldset>
      <fieldset>
        <legend>{t('libraryEditorial.section.details')}</legend>
        <Select
          {...common}
          name="languages"
          label={t('libraryEditorial.field.languages')}
          hint={t('libraryEditorial.hint.languages')}
          options={languages}
          multiple
          optional
        />
        <TextInput
          {...common}
          name="doi"
          label={t('libraryEditorial.field.doi')}
          hint={t('libraryEditorial.hint.doi')}
          maxLength={300}
          optional
        />
        <TextInput
          {...common}
          name="isbn"
          label={t('libraryEditorial.field.isbn')}
          hint={t('libraryEditorial.hint.isbn')}
          maxLength={30}
          optional
        />
        <TextInput
          {...common}
          name="url"
          label={t('libraryEditorial.field.url')}
          hint={t('libraryEditorial.hint.url')}
          type="url"
          maxLength={2000}
          optional
        />
        <Select
          {...common}
          name="licence"
          label={t('libraryEditorial.field.licence')}
          options={[
            ...LICENCES.map((code) => ({ value: code, label: t(licenceKey(code)) })),
            // A licence stored as text by an import stays choosable until an editor changes it.
            ...(licence && !isLicence(licence) && editor ? [{ value: licence, label: licence }] : []),
          ]}
          placeholder={t('libraryEditorial.licence.none')}
          optional
        />
        {editor && (
          <TextInput
            {...common}
            name="pageCount"
            label={t('libraryEditorial.field.pageCount')}
            maxLength={6}
            inputMode="numeric"
            optional
          />
        )}
      </fieldset>
    </>
  );
}
