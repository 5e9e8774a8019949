import type { FieldError } from '../../../../core/errors.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { CsrfField, ErrorSummary } from '../../../../ui/forms.tsx';
import { Layout } from '../../../../ui/Layout.tsx';
import type { FormOptions } from '../form-options.ts';
import type { FormValues } from './controls.tsx';
import { PublicationFields } from './PublicationFields.tsx';

/** The member's form to propose a publication, or to revise one (`revise`: its id). */
export function SubmitPage({
  values = {},
  errors = [],
  options,
  revise,
}: {
  values?: FormValues;
  errors?: FieldError[];
  options: FormOptions;
  /** The submission being revised and the version its form was opened at. */
  revise?: { id: string; version: number };
}) {
  const { t, locale } = useCtx();
  const title = t(revise ? 'libraryEditorial.revise.title' : 'libraryEditorial.submit.title');
  return (
    <Layout title={title} section="library" indexable={false}>
      <p class="meta">
        <a href={`/${locale}/library/submissions`}>{t('libraryEditorial.submissions.title')}</a>
      </p>
      <h1>{title}</h1>
      <p>{t(revise ? 'libraryEditorial.revise.intro' : 'libraryEditorial.submit.intro')}</p>
      <ErrorSummary errors={errors} />
      <form
        method="post"
        action={revise ? `/${locale}/library/submissions/${revise.id}/edit` : `/${locale}/library/submit`}
      >
        <CsrfField />
        {revise && <input type="hidden" name="version" value={String(revise.version)} />}
        <PublicationFields values={values} errors={errors} options={options} />
        <button type="submit">
          {t(revise ? 'libraryEditorial.revise.button' : 'libraryEditorial.submit.button')}
        </button>
      </form>
    </Layout>
  );
}
