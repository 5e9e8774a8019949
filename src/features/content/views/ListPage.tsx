import { formatNumber } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import type { ItemSummary } from '../browse.ts';
import { CONTENT_TYPES, type ContentType } from '../types.ts';
import { ItemCard } from './ItemCard.tsx';

interface Props {
  type: ContentType;
  items: ItemSummary[];
  total: number;
  page: number;
  pages: number;
}

export function ListPage({ type, items, total, page, pages }: Props) {
  const { t, locale } = useCtx();
  const def = CONTENT_TYPES[type];
  const title = t(def.listTitle);
  return (
    <Layout
      title={title}
      section={def.path === 'library' ? 'library' : 'news'}
      description={t(def.listIntro)}
    >
      <h1>{title}</h1>
      <p>{t(def.listIntro)}</p>
      <p class="meta">{t('content.count', { count: total, formatted: formatNumber(locale, total) })}</p>
      {items.length === 0 ? (
        <p>{t('content.empty')}</p>
      ) : (
        <ul class="cards">
          {items.map((item) => (
            <ItemCard key={item.id} item={item} headingLevel={2} />
          ))}
        </ul>
      )}
      <Pagination page={page} pages={pages} baseUrl={`/${locale}/${def.path}?page=${page}`} />
    </Layout>
  );
}
