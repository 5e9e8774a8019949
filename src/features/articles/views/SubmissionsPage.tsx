import { formatDate } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { statusKey } from '../../editorial/views/labels.ts';
import type { ArticleRow } from '../repository.ts';
import { ARTICLES, type ArticleType } from '../types.ts';

/** The member's own news items (or blog posts) with their status. */
export function SubmissionsPage({ type, rows }: { type: ArticleType; rows: ArticleRow[] }) {
  const { t, locale } = useCtx();
  const def = ARTICLES[type];
  const title = t(type === 'news' ? 'articles.submissions.titleNews' : 'articles.submissions.titleBlog');
  return (
    <Layout title={title} section="news" indexable={false}>
      <h1>{title}</h1>
      <p>
        <a href={`/${locale}/${def.path}/submit`}>
          {t(type === 'news' ? 'articles.submit.titleNews' : 'articles.submit.titleBlog')}
        </a>
      </p>
      {rows.length === 0 ? (
        <p>{t('articles.submissions.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('articles.column.title')}</th>
                <th scope="col">{t('articles.column.status')}</th>
                <th scope="col">{t('articles.column.created')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <a href={`/${locale}/${def.path}/submissions/${r.id}`}>{r.title}</a>
                  </td>
                  <td>{t(statusKey(r.status))}</td>
                  <td>{formatDate(locale, new Date(r.created_at))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
