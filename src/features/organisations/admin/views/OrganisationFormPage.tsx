import type { FieldError } from '../../../../core/errors.ts';
import { LOCALES, languageName, type MessageKey } from '../../../../core/i18n/index.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field, Notice } from '../../../../ui/forms.tsx';
import { Layout } from '../../../../ui/Layout.tsx';
import { AdminNav } from '../../../admin/views/AdminNav.tsx';
import { countryOptions } from '../../../taxonomy/countries.ts';
import { ORGANISATION_TYPES } from '../../tables.ts';

export type OrganisationValues = Record<string, string | undefined>;

interface Props {
  /** Absent on the "new organisation" form. */
  id?: string;
  values: OrganisationValues;
  errors?: FieldError[];
  notice?: string;
}

/** An organisation's fields and its description in each interface language. */
export function OrganisationFormPage({ id, values, errors = [], notice }: Props) {
  const { t, locale } = useCtx();
  const base = `/${locale}/admin/organisations`;
  const heading = id
    ? t('organisations.admin.edit', { name: values.name ?? '' })
    : t('organisations.admin.new');
  return (
    <Layout title={heading} section="admin" indexable={false}>
      <p class="meta">
        <a href={base}>{t('organisations.admin.title')}</a>
      </p>
      <h1>{heading}</h1>
      <AdminNav current="organisations" />
      <Notice text={notice} />
      <ErrorSummary errors={errors} />
      <form method="post" action={id ? `${base}/${id}` : `${base}/new`}>
        <CsrfField />
        <Field name="name" label={t('organisations.field.name')} errors={errors}>
          <input {...describe('name', errors)} value={values.name ?? ''} required maxLength={200} />
        </Field>
        <Field name="acronym" label={t('organisations.field.acronym')} errors={errors}>
          <input {...describe('acronym', errors)} value={values.acronym ?? ''} maxLength={40} />
        </Field>
        <Field name="type" label={t('organisations.field.type')} errors={errors}>
          <select {...describe('type', errors)} required>
            {ORGANISATION_TYPES.map((type) => (
              <option key={type} value={type} selected={values.type === type}>
                {t(`organisations.type.${type}` as MessageKey)}
              </option>
            ))}
          </select>
        </Field>
        <Field name="country" label={t('organisations.field.country')} errors={errors}>
          <select {...describe('country', errors)}>
            <option value="">{t('organisations.field.noCountry')}</option>
            {countryOptions(locale).map((c) => (
              <option key={c.code} value={c.code} selected={values.country === c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field
          name="website"
          label={t('organisations.field.website')}
          hint={t('organisations.field.websiteHint')}
          errors={errors}
        >
          <input
            {...describe('website', errors, true)}
            type="url"
            value={values.website ?? ''}
            maxLength={500}
          />
        </Field>
        {LOCALES.map((l) => (
          <Field
            key={l}
            name={`description_${l}`}
            label={t('organisations.field.description', { language: languageName(l, locale) })}
            errors={errors}
          >
            <textarea {...describe(`description_${l}`, errors)} rows={5} maxLength={4000} lang={l}>
              {values[`description_${l}`] ?? ''}
            </textarea>
          </Field>
        ))}
        <button type="submit">{id ? t('ui.form.save') : t('organisations.admin.create')}</button>
      </form>
      {id && (
        <p>
          <a href={`/${locale}/admin/rights?q=${encodeURIComponent(values.name ?? '')}`}>
            {t('organisations.admin.rightsLink')}
          </a>
        </p>
      )}
    </Layout>
  );
}
