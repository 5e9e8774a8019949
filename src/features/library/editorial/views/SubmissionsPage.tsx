import { formatDate } from '../../../../core/i18n/index.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { Layout } from '../../../../ui/Layout.tsx';
import { Pagination } from '../../../../ui/Pagination.tsx';
import type { SubmissionRow } from '../repository.ts';
import { statusKey } from './labels.ts';

/** The member's own submissions with their status. */
export function SubmissionsPage({
  rows,
  total,
  page,
  pages,
}: {
  rows: SubmissionRow[];
  total: number;
  page: number;
  pages: number;
}) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('libraryEditorial.submissions.title')} section="library" indexable={false}>
      <h1>{t('libraryEditorial.submissions.title')}</h1>
      <p>
        <a href={`/${locale}/library/submit`}>{t('libraryEditorial.submit.title')}</a>
      </p>
      {total === 0 ? (
        <p>{t('libraryEditorial.submissions.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{t('libraryEditorial.submissions.count', { count: total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('libraryEditorial.column.title')}</th>
                <th scope="col">{t('libraryEditorial.column.status')}</th>
                <th scope="col">{t('libraryEditorial.column.submittedOn')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <a href={`/${locale}/library/submissions/${r.id}`}>{r.title}</a>
                  </td>
                  <td>{t(statusKey(r.status))}</td>
                  <td>{formatDate(locale, new Date(r.created_at))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pages={pages} baseUrl={`/${locale}/library/submissions`} />
    </Layout>
  );
}
