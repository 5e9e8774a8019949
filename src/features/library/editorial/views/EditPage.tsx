import type { FieldError } from '../../../../core/errors.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { CsrfField, ErrorSummary } from '../../../../ui/forms.tsx';
import { Layout } from '../../../../ui/Layout.tsx';
import { AdminNav } from '../../../admin/views/AdminNav.tsx';
import type { FormOptions } from '../form-options.ts';
import type { DuplicateRow, PublicationStatus } from '../repository.ts';
import { type FormValues, Notice } from './controls.tsx';
import { DuplicateList } from './DuplicateList.tsx';
import { statusKey } from './labels.ts';
import { PublicationFields } from './PublicationFields.tsx';
import { TranslationFields } from './TranslationFields.tsx';

interface Props {
  /** Absent on the "new publication" form. */
  item?: { id: string; slug: string; status: PublicationStatus; title: string };
  values: FormValues;
  errors?: FieldError[];
  options: FormOptions;
  duplicates?: DuplicateRow[];
  notice?: string;
}

/** The editor's form for a new or an existing publication, with publish / unpublish. */
export function EditPage({ item, values, errors = [], options, duplicates = [], notice }: Props) {
  const { t, locale } = useCtx();
  const base = `/${locale}/admin/library`;
  const heading = item
    ? t('libraryEditorial.edit.title', { title: item.title })
    : t('libraryEditorial.admin.new');
  return (
    <Layout title={heading} section="admin" indexable={false}>
      <p class="meta">
        <a href={base}>{t('libraryEditorial.admin.title')}</a>
      </p>
      <h1>{heading}</h1>
      <AdminNav current="library" />
      <Notice text={notice} />
      <ErrorSummary errors={errors} />
      {item && (
        <section aria-labelledby="status-h">
          <h2 id="status-h">{t('libraryEditorial.edit.statusHeading')}</h2>
          <p>
            {t('libraryEditorial.edit.status', { status: t(statusKey(item.status)) })}
            {item.status === 'published' && (
              <>
                {' '}
                <a href={`/${locale}/library/${item.slug}`}>{t('libraryEditorial.edit.view')}</a>
              </>
            )}
          </p>
          {item.status === 'published' ? (
            <form method="post" action={`${base}/${item.id}/unpublish`}>
              <CsrfField />
              <button type="submit" class="secondary">
                {t('libraryEditorial.edit.unpublish')}
              </button>
            </form>
          ) : (
            <form method="post" action={`${base}/${item.id}/publish`}>
              <CsrfField />
              <button type="submit">{t('libraryEditorial.edit.publish')}</button>
            </form>
          )}
          <p>
            <a href={`${base}/${item.id}/files`}>{t('libraryEditorial.edit.files')}</a>
          </p>
        </section>
      )}
      <DuplicateList duplicates={duplicates} editor />
      <form method="post" action={item ? `${base}/${item.id}/edit` : `${base}/new`}>
        <CsrfField />
        <PublicationFields values={values} errors={errors} options={options} editor />
        <TranslationFields values={values} errors={errors} />
        <button type="submit">{item ? t('ui.form.save') : t('libraryEditorial.edit.create')}</button>
      </form>
    </Layout>
  );
}
