import type { FieldError } from '../../../../core/errors.ts';
import { formatDate } from '../../../../core/i18n/index.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field } from '../../../../ui/forms.tsx';
import { Layout } from '../../../../ui/Layout.tsx';
import { formatFileSize } from '../../detail/files.ts';
import { fileTypeLabel, type PublicationFileView } from '../../files/index.tsx';
import { acceptAttribute } from '../../files/formats.ts';
import type { DuplicateRow, SubmissionRow } from '../repository.ts';
import { WorkflowPanel, type WorkflowState } from '../../../editorial/views/WorkflowPanel.tsx';
import type { TransitionRow } from '../../../editorial/workflow/repository.ts';
import { Notice } from './controls.tsx';
import { DuplicateList } from './DuplicateList.tsx';
import { statusKey } from './labels.ts';

/** One of the member's submissions: its status and any possible duplicates (the confirmation page). */
export function SubmittedPage({
  submission,
  duplicates,
  files,
  notice,
  errors = [],
  upload,
  workflow,
}: {
  submission: SubmissionRow;
  duplicates: DuplicateRow[];
  files: PublicationFileView[];
  notice?: string;
  errors?: FieldError[];
  /** The largest file in MB, when the member may still attach one. */
  upload?: { maxMegabytes: number };
  workflow?: { state: WorkflowState; history: TransitionRow[] };
}) {
  const { t, locale } = useCtx();
  const documents = files.filter((f) => f.role === 'document');
  return (
    <Layout title={submission.title} section="library" indexable={false}>
      <p class="meta">
        <a href={`/${locale}/library/submissions`}>{t('libraryEditorial.submissions.title')}</a>
      </p>
      <Notice text={notice} />
      <h1>{submission.title}</h1>
      <ErrorSummary errors={errors} />
      <dl>
        <dt>{t('libraryEditorial.column.status')}</dt>
        <dd>{t(statusKey(submission.status))}</dd>
        <dt>{t('libraryEditorial.column.submittedOn')}</dt>
        <dd>{formatDate(locale, new Date(submission.created_at))}</dd>
      </dl>
      {submission.status === 'submitted' && <p>{t('libraryEditorial.submitted.next')}</p>}
      {(submission.status === 'draft' || submission.status === 'changes_requested') && (
        <p>
          <a href={`/${locale}/library/submissions/${submission.id}/edit`}>
            {t('libraryEditorial.revise.link')}
          </a>
        </p>
      )}
      {workflow && <WorkflowPanel item={workflow.state} history={workflow.history} />}
      {submission.status === 'published' && (
        <p>
          <a href={`/${locale}/library/${submission.slug}`}>{t('libraryEditorial.submitted.view')}</a>
        </p>
      )}
      <DuplicateList duplicates={duplicates} />
      <section aria-labelledby="files-h">
        <h2 id="files-h">{t('libraryEditorial.files.heading')}</h2>
        {documents.length === 0 ? (
          <p>{t('libraryEditorial.files.none')}</p>
        ) : (
          <ul>
            {documents.map((f) => (
              <li key={f.id}>
                {f.filename}{' '}
                <span class="meta">
                  ({fileTypeLabel(f.mediaType)}, {formatFileSize(locale, f.size)})
                </span>
              </li>
            ))}
          </ul>
        )}
        {upload && (
          // The token comes before the file: the server checks it before reading the file's bytes.
          <form
            method="post"
            action={`/${locale}/library/submissions/${submission.id}/file`}
            enctype="multipart/form-data"
          >
            <CsrfField />
            <Field
              name="file"
              label={t('libraryEditorial.files.file')}
              hint={t('libraryEditorial.files.hint', { max: upload.maxMegabytes })}
              errors={errors}
            >
              <input
                {...describe('file', errors, true)}
                type="file"
                accept={acceptAttribute('document')}
                required
              />
            </Field>
            <button type="submit">{t('libraryEditorial.files.submit')}</button>
          </form>
        )}
      </section>
      <p>
        <a href={`/${locale}/library/submit`}>{t('libraryEditorial.submit.another')}</a>
      </p>
    </Layout>
  );
}
