import { formatDate } from '../../../../core/i18n/index.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { Layout } from '../../../../ui/Layout.tsx';
import { Pagination } from '../../../../ui/Pagination.tsx';
import { AdminNav } from '../../../admin/views/AdminNav.tsx';
import type { AdminListRow, PublicationStatus } from '../repository.ts';
import { STATUSES, statusKey } from './labels.ts';

interface Props {
  rows: AdminListRow[];
  total: number;
  page: number;
  pages: number;
  status?: PublicationStatus;
  q: string;
}

/** The editors' list of publications: submissions first, a status filter and a title search. */
export function AdminListPage({ rows, total, page, pages, status, q }: Props) {
  const { t, locale } = useCtx();
  const base = `/${locale}/admin/library`;
  const query = new URLSearchParams();
  if (status) query.set('status', status);
  if (q) query.set('q', q);
  return (
    <Layout title={t('libraryEditorial.admin.title')} section="admin" indexable={false}>
      <h1>{t('libraryEditorial.admin.title')}</h1>
      <AdminNav current="library" />
      <p>
        <a href={`${base}/new`}>{t('libraryEditorial.admin.new')}</a>
      </p>
      <form method="get" action={base} role="search" class="filters">
        <div class="field">
          <label for="f-status">{t('libraryEditorial.column.status')}</label>
          <select id="f-status" name="status">
            <option value="">{t('libraryEditorial.admin.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s} selected={s === status}>
                {t(statusKey(s))}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-q">{t('libraryEditorial.admin.search')}</label>
          <input id="f-q" type="search" name="q" value={q} maxLength={200} />
        </div>
        <button type="submit">{t('libraryEditorial.admin.filter')}</button>
      </form>
      {total === 0 ? (
        <p>{t('libraryEditorial.admin.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{t('libraryEditorial.admin.count', { count: total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('libraryEditorial.column.title')}</th>
                <th scope="col">{t('libraryEditorial.column.status')}</th>
                <th scope="col">{t('libraryEditorial.column.submitter')}</th>
                <th scope="col">{t('libraryEditorial.column.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <a href={`${base}/${r.id}/edit`}>{r.title}</a>
                    {r.has_duplicates && (
                      <>
                        {' '}
                        <strong class="badge">{t('libraryEditorial.badge.duplicate')}</strong>
                      </>
                    )}
                  </td>
                  <td>{t(statusKey(r.status))}</td>
                  <td>{r.submitter ?? '—'}</td>
                  <td>{formatDate(locale, new Date(r.updated_at), 'medium')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pages={pages} baseUrl={`${base}${query.size ? `?${query}` : ''}`} />
    </Layout>
  );
}
