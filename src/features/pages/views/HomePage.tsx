import { formatNumber } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import type { ItemSummary } from '../../content/browse.ts';
import { ItemCard } from '../../content/views/ItemCard.tsx';

interface Props {
  /** The editors' picks for this language, in their order (their year is not shown). */
  featured: Omit<ItemSummary, 'year'>[];
  publications: ItemSummary[];
  news: ItemSummary[];
  totals: { publications: number; news: number };
}

export function HomePage({ featured, publications, news, totals }: Props) {
  const { t, locale, user } = useCtx();
  return (
    <Layout title={t('ui.site.name')} description={t('pages.home.intro')} section="home">
      <section class="intro">
        <h1>{t('pages.home.title')}</h1>
        <p>{t('pages.home.intro')}</p>
        {!user && (
          <p>
            <a class="button-link" href={`/${locale}/register`}>
              {t('pages.home.join')}
            </a>
          </p>
        )}
      </section>
      {featured.length > 0 && (
        <section aria-labelledby="featured">
          <h2 id="featured">{t('editorial.featured.heading')}</h2>
          <ul class="cards">
            {featured.map((item) => (
              <ItemCard key={item.id} item={{ ...item, year: null }} />
            ))}
          </ul>
        </section>
      )}
      <div class="two-col">
        <section aria-labelledby="latest-pubs">
          <h2 id="latest-pubs">{t('pages.home.latestPublications')}</h2>
          <ul class="cards">
            {publications.map((item) => (
              <ItemCard key={item.id} item={item} />
            ))}
          </ul>
          <p>
            <a href={`/${locale}/library`}>
              {t('pages.home.allPublications', {
                count: totals.publications,
                formatted: formatNumber(locale, totals.publications),
              })}
            </a>
          </p>
        </section>
        <section aria-labelledby="latest-news">
          <h2 id="latest-news">{t('pages.home.latestNews')}</h2>
          <ul class="cards">
            {news.map((item) => (
              <ItemCard key={item.id} item={item} />
            ))}
          </ul>
          <p>
            <a href={`/${locale}/news`}>
              {t('pages.home.allNews', { count: totals.news, formatted: formatNumber(locale, totals.news) })}
            </a>
          </p>
        </section>
      </div>
    </Layout>
  );
}
