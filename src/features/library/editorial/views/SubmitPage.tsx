import type { FieldError } from '../../../../core/errors.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { CsrfField, ErrorSummary } from '../../../../ui/forms.tsx';
import { Layout } from '../../../../ui/Layout.tsx';
import type { FormOptions } from '../form-options.ts';
import type { FormValues } from './controls.tsx';
import { PublicationFields } from './PublicationFields.tsx';

/** The member's form to propose a publication. */
export function SubmitPage({
  values = {},
  errors = [],
  options,
}: {
  values?: FormValues;
  errors?: FieldError[];
  options: FormOptions;
}) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('libraryEditorial.submit.title')} section="library" indexable={false}>
      <p class="meta">
        <a href={`/${locale}/library/submissions`}>{t('libraryEditorial.submissions.title')}</a>
      </p>
      <h1>{t('libraryEditorial.submit.title')}</h1>
      <p>{t('libraryEditorial.submit.intro')}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/${locale}/library/submit`}>
        <CsrfField />
        <PublicationFields values={values} errors={errors} options={options} />
        <button type="submit">{t('libraryEditorial.submit.button')}</button>
      </form>
    </Layout>
  );
}
