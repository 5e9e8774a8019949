import { formatDate, formatNumber, type MessageKey } from '../../../core/i18n/index.ts';
import { markdownToText } from '../../../core/render/markdown.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import type { CommunityListRow } from '../repository.ts';

/** Every community the reader may see listed, most recently active first. */
export function CommunitiesPage(p: { rows: CommunityListRow[]; total: number; page: number; pages: number }) {
  const { t, locale, user } = useCtx();
  return (
    <Layout title={t('communities.title')} description={t('communities.intro')} section="communities">
      <h1>{t('communities.title')}</h1>
      <p>{t('communities.intro')}</p>
      {user && (
        <p>
          <a href={`/${locale}/communities/request`}>{t('communities.request.link')}</a>
        </p>
      )}
      <p class="meta">
        {t('communities.count', { count: p.total, formatted: formatNumber(locale, p.total) })}
      </p>
      <ul class="cards">
        {p.rows.map((c) => {
          const text = markdownToText(c.description).replace(/\s+/g, ' ');
          return (
            <li key={c.id} class="card">
              <h2>
                <a href={`/${locale}/communities/${c.slug}`}>{c.name}</a>
              </h2>
              <p>{text.length > 220 ? `${text.slice(0, 217)}…` : text}</p>
              <p class="meta">
                {t(`communities.visibility.${c.visibility}` as MessageKey)} ·{' '}
                {t('communities.members', { count: c.members, formatted: formatNumber(locale, c.members) })} ·{' '}
                {t('communities.lastActivity', { date: formatDate(locale, c.lastActivityAt, 'medium') })}
                {c.status === 'archived' && ` · ${t('communities.archived')}`}
                {c.myStatus === 'active' && ` · ${t('communities.youAreMember')}`}
                {c.myStatus === 'pending' && ` · ${t('communities.youAsked')}`}
              </p>
            </li>
          );
        })}
      </ul>
      <Pagination page={p.page} pages={p.pages} baseUrl={`/${locale}/communities?page=${p.page}`} />
    </Layout>
  );
}
