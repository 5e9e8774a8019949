import { formatDate, formatNumber } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import { CONTENT_STATUSES, type ContentStatus } from '../../content/tables.ts';
import { statusKey } from '../../editorial/views/labels.ts';
import type { ArticleRow } from '../repository.ts';
import { ARTICLES, type ArticleType } from '../types.ts';

/** The editors' list of news items or blog posts, filterable by status (a plain GET form). */
export function AdminListPage({
  type,
  rows,
  total,
  page,
  pages,
  status,
}: {
  type: ArticleType;
  rows: ArticleRow[];
  total: number;
  page: number;
  pages: number;
  status?: ContentStatus;
}) {
  const { t, locale } = useCtx();
  const def = ARTICLES[type];
  const base = `/${locale}/admin/${def.path}`;
  const title = t(def.plural);
  return (
    <Layout title={title} section="admin" indexable={false}>
      <h1>{title}</h1>
      <AdminNav current={type} />
      <p>
        <a href={`${base}/new`}>{t('articles.admin.new', { kind: t(def.one) })}</a>
      </p>
      <form method="get" action={base} class="filters">
        <label for="f-status">{t('articles.column.status')}</label>{' '}
        <select id="f-status" name="status">
          <option value="">{t('articles.admin.allStatuses')}</option>
          {CONTENT_STATUSES.map((s) => (
            <option key={s} value={s} selected={s === status}>
              {t(statusKey(s))}
            </option>
          ))}
        </select>{' '}
        <button type="submit">{t('articles.admin.filter')}</button>
      </form>
      <p class="meta">
        {t('articles.admin.count', { count: total, formatted: formatNumber(locale, total) })}
      </p>
      {rows.length === 0 ? (
        <p>{t('articles.admin.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('articles.column.title')}</th>
              <th scope="col">{t('articles.column.status')}</th>
              <th scope="col">{t('articles.column.submitter')}</th>
              <th scope="col">{t('articles.column.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <a href={`${base}/${r.id}/edit`}>{r.title}</a>
                </td>
                <td>{t(statusKey(r.status))}</td>
                <td>{r.submitter ?? ''}</td>
                <td>{formatDate(locale, new Date(r.updated_at))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination
        page={page}
        pages={pages}
        baseUrl={`${base}?${status ? `status=${status}&` : ''}page=${page}`}
      />
    </Layout>
  );
}
