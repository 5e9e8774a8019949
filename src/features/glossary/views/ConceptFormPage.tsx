import type { FieldError } from '../../../core/errors.ts';
import { LOCALES, languageName } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import { DEFINITION_MAX, LABEL_MAX, SLUG_MAX, SOURCE_MAX } from '../schemas.ts';
import { type FormValues, Notice } from './parts.tsx';

interface Props {
  /** The concept being edited; absent for a new one. */
  concept?: { id: number; slug: string; label: string };
  values: FormValues;
  errors?: FieldError[];
  notice?: string;
}

/** The new-concept and edit-concept form: slug, then each language's words. */
export function ConceptFormPage({ concept, values, errors = [], notice }: Props) {
  const { t, locale } = useCtx();
  const base = `/${locale}/admin/glossary`;
  const title = concept
    ? t('glossary.admin.editTitle', { label: concept.label })
    : t('glossary.admin.newTitle');
  return (
    <Layout title={title} section="admin" indexable={false}>
      <p class="meta">
        <a href={base}>{t('glossary.admin.back')}</a>
      </p>
      <h1>{title}</h1>
      <AdminNav current="glossary" />
      <ErrorSummary errors={errors} />
      <Notice text={notice} />
      {concept && (
        <p>
          <a href={`/${locale}/glossary/${concept.slug}`}>{t('glossary.admin.view')}</a>
        </p>
      )}
      <form method="post" action={concept ? `${base}/${concept.id}` : base}>
        <CsrfField />
        <p class="hint">{t('glossary.form.hint')}</p>
        <Field
          name="slug"
          label={t('glossary.field.slug')}
          hint={t('glossary.field.slugHint')}
          errors={errors}
        >
          <input
            {...describe('slug', errors, true)}
            type="text"
            value={values.slug ?? ''}
            maxLength={SLUG_MAX}
            autocomplete="off"
            spellcheck={false}
          />
        </Field>
        {LOCALES.map((l) => (
          <LanguageFields key={l} language={l} values={values} errors={errors} />
        ))}
        <button type="submit">{concept ? t('glossary.form.save') : t('glossary.form.create')}</button>
      </form>
      {concept && (
        <p>
          <a href={`${base}/${concept.id}/delete`}>{t('glossary.delete.link')}</a>
        </p>
      )}
    </Layout>
  );
}

function LanguageFields({
  language: l,
  values,
  errors,
}: {
  language: string;
  values: FormValues;
  errors: FieldError[];
}) {
  const { t, locale } = useCtx();
  const language = languageName(l, locale);
  const lang = l === locale ? undefined : l;
  const name = (field: string) => `${field}_${l}`;
  return (
    <fieldset>
      <legend>{language.charAt(0).toLocaleUpperCase(locale) + language.slice(1)}</legend>
      <Field name={name('label')} label={t('glossary.field.label', { language })} errors={errors}>
        <input
          {...describe(name('label'), errors)}
          type="text"
          lang={lang}
          value={values[name('label')] ?? ''}
          maxLength={LABEL_MAX}
        />
      </Field>
      <Field
        name={name('synonyms')}
        label={t('glossary.field.synonyms', { language })}
        hint={t('glossary.field.synonymsHint')}
        errors={errors}
      >
        <textarea {...describe(name('synonyms'), errors, true)} lang={lang} rows={3}>
          {values[name('synonyms')] ?? ''}
        </textarea>
      </Field>
      <Field name={name('definition')} label={t('glossary.field.definition', { language })} errors={errors}>
        <textarea {...describe(name('definition'), errors)} lang={lang} rows={4} maxLength={DEFINITION_MAX}>
          {values[name('definition')] ?? ''}
        </textarea>
      </Field>
      <Field name={name('source')} label={t('glossary.field.source', { language })} errors={errors}>
        <input
          {...describe(name('source'), errors)}
          type="text"
          lang={lang}
          value={values[name('source')] ?? ''}
          maxLength={SOURCE_MAX}
        />
      </Field>
    </fieldset>
  );
}
