import { formatDate, languageName, type MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import type { FeedbackFilter, FeedbackListRow } from '../repository.ts';
import { FEEDBACK_CATEGORIES, FEEDBACK_STATUSES, type FeedbackStatus } from '../tables.ts';
import { excerpt } from '../triage.ts';
import { SenderName } from './SenderName.tsx';

const DAY = 86_400_000;

interface Props {
  rows: FeedbackListRow[];
  total: number;
  page: number;
  pages: number;
  filters: FeedbackFilter;
  counts: Record<FeedbackStatus, number>;
  now: Date;
  notice?: string;
}

/**
 * The team's list of feedback, newest first: counts per status (links that filter), a GET form
 * to filter by status and category, one table, pages of 25.
 */
export function AdminFeedbackPage(p: Props) {
  const { t, locale } = useCtx();
  const base = `/${locale}/admin/feedback`;
  const queryOf = (f: FeedbackFilter) => {
    const q = new URLSearchParams();
    if (f.status) q.set('status', f.status);
    if (f.category) q.set('category', f.category);
    return q.size ? `${base}?${q}` : base;
  };
  const all = FEEDBACK_STATUSES.reduce((n, s) => n + p.counts[s], 0);
  const statusLabel = (s: FeedbackStatus) => t(`feedback.status.${s}` as MessageKey);
  return (
    <Layout title={t('feedback.admin.title')} section="admin" indexable={false}>
      <h1>{t('feedback.admin.title')}</h1>
      <AdminNav current="feedback" />
      <Notice text={p.notice} />
      <p>{t('feedback.admin.intro')}</p>
      <nav aria-label={t('feedback.admin.byStatus')}>
        <ul class="nav">
          <li>
            <a
              href={queryOf({ category: p.filters.category })}
              aria-current={p.filters.status ? undefined : 'page'}
            >
              {t('feedback.admin.allStatuses', { count: all })}
            </a>
          </li>
          {FEEDBACK_STATUSES.map((s) => (
            <li key={s}>
              <a
                href={queryOf({ status: s, category: p.filters.category })}
                aria-current={p.filters.status === s ? 'page' : undefined}
              >
                {t('feedback.admin.statusCount', { status: statusLabel(s), count: p.counts[s] })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action={base} class="filters" aria-label={t('feedback.admin.filters')}>
        <div class="field">
          <label for="q-status">{t('feedback.admin.status')}</label>
          <select id="q-status" name="status">
            <option value="">{t('feedback.admin.anyStatus')}</option>
            {FEEDBACK_STATUSES.map((s) => (
              <option key={s} value={s} selected={p.filters.status === s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="q-category">{t('feedback.admin.category')}</label>
          <select id="q-category" name="category">
            <option value="">{t('feedback.admin.anyCategory')}</option>
            {FEEDBACK_CATEGORIES.map((c) => (
              <option key={c} value={c} selected={p.filters.category === c}>
                {t(`feedback.category.${c}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('feedback.admin.filter')}</button>
      </form>
      {p.total === 0 ? (
        <p>{t('feedback.admin.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{t('feedback.admin.count', { count: p.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('feedback.admin.column.message')}</th>
                <th scope="col">{t('feedback.admin.category')}</th>
                <th scope="col">{t('feedback.admin.status')}</th>
                <th scope="col">{t('feedback.admin.column.sender')}</th>
                <th scope="col">{t('feedback.admin.column.language')}</th>
                <th scope="col">{t('feedback.admin.column.received')}</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => {
                const days = Math.max(0, Math.floor((p.now.getTime() - r.createdAt.getTime()) / DAY));
                return (
                  <tr key={r.id}>
                    <td>
                      <a href={`${base}/${r.id}`} lang={r.locale}>
                        {excerpt(r.message, 90)}
                      </a>
                    </td>
                    <td>{t(`feedback.category.${r.category}` as MessageKey)}</td>
                    <td>{statusLabel(r.status)}</td>
                    <td>
                      <SenderName row={r} />
                    </td>
                    <td>{languageName(r.locale, locale)}</td>
                    <td>
                      <time
                        dateTime={r.createdAt.toISOString()}
                        title={formatDate(locale, r.createdAt, 'medium')}
                      >
                        {t('feedback.admin.age', { days })}
                      </time>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={p.page} pages={p.pages} baseUrl={queryOf(p.filters)} />
    </Layout>
  );
}
