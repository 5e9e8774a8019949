import { formatDate } from '../../../../core/i18n/index.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { Layout } from '../../../../ui/Layout.tsx';
import type { DuplicateRow, SubmissionRow } from '../repository.ts';
import { Notice } from './controls.tsx';
import { DuplicateList } from './DuplicateList.tsx';
import { statusKey } from './labels.ts';

/** One of the member's submissions: its status and any possible duplicates (the confirmation page). */
export function SubmittedPage({
  submission,
  duplicates,
  justSubmitted,
}: {
  submission: SubmissionRow;
  duplicates: DuplicateRow[];
  justSubmitted: boolean;
}) {
  const { t, locale } = useCtx();
  return (
    <Layout title={submission.title} section="library" indexable={false}>
      <p class="meta">
        <a href={`/${locale}/library/submissions`}>{t('libraryEditorial.submissions.title')}</a>
      </p>
      {justSubmitted && <Notice text={t('libraryEditorial.submitted.notice')} />}
      <h1>{submission.title}</h1>
      <dl>
        <dt>{t('libraryEditorial.column.status')}</dt>
        <dd>{t(statusKey(submission.status))}</dd>
        <dt>{t('libraryEditorial.column.submittedOn')}</dt>
        <dd>{formatDate(locale, new Date(submission.created_at))}</dd>
      </dl>
      {submission.status === 'submitted' && <p>{t('libraryEditorial.submitted.next')}</p>}
      {submission.status === 'published' && (
        <p>
          <a href={`/${locale}/library/${submission.slug}`}>{t('libraryEditorial.submitted.view')}</a>
        </p>
      )}
      <DuplicateList duplicates={duplicates} />
      <p>
        <a href={`/${locale}/library/submit`}>{t('libraryEditorial.submit.another')}</a>
      </p>
    </Layout>
  );
}
