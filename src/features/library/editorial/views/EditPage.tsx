import type { FieldError } from '../../../../core/errors.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { CsrfField, ErrorSummary } from '../../../../ui/forms.tsx';
import { Layout } from '../../../../ui/Layout.tsx';
import { AdminNav } from '../../../admin/views/AdminNav.tsx';
import type { FormOptions } from '../form-options.ts';
import type { DuplicateRow, PublicationStatus } from '../repository.ts';
import { type FormValues, Notice } from './controls.tsx';
import { DuplicateList } from './DuplicateList.tsx';
import { WorkflowPanel, type WorkflowState } from '../../../editorial/views/WorkflowPanel.tsx';
import type { TransitionRow } from '../../../editorial/workflow/repository.ts';
import { PublicationFields } from './PublicationFields.tsx';
import { TranslationFields } from './TranslationFields.tsx';

interface Props {
  /** Absent on the "new publication" form. */
  item?: { id: string; slug: string; status: PublicationStatus; title: string; version: number };
  workflow?: { state: WorkflowState; history: TransitionRow[] };
  values: FormValues;
  errors?: FieldError[];
  options: FormOptions;
  duplicates?: DuplicateRow[];
  notice?: string;
}

/** The editor's form for a new or an existing publication, with its workflow panel. */
export function EditPage({ item, workflow, values, errors = [], options, duplicates = [], notice }: Props) {
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
      {item && workflow && (
        <>
          {item.status === 'published' && (
            <p>
              <a href={`/${locale}/library/${item.slug}`}>{t('libraryEditorial.edit.view')}</a>
            </p>
          )}
          <WorkflowPanel item={workflow.state} history={workflow.history} />
          <p>
            <a href={`${base}/${item.id}/files`}>{t('libraryEditorial.edit.files')}</a>
          </p>
        </>
      )}
      <DuplicateList duplicates={duplicates} editor />
      <form method="post" action={item ? `${base}/${item.id}/edit` : `${base}/new`}>
        <CsrfField />
        {item && <input type="hidden" name="version" value={String(item.version)} />}
        <PublicationFields values={values} errors={errors} options={options} editor />
        <TranslationFields values={values} errors={errors} />
        <button type="submit">{item ? t('ui.form.save') : t('libraryEditorial.edit.create')}</button>
      </form>
    </Layout>
  );
}
