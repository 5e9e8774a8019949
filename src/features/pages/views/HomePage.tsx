import { formatNumber } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import type { ItemSummary } from '../../content/browse.ts';
import { ItemCard } from '../../content/views/ItemCard.tsx';
import type { WebinarListRow } from '../../webinars/repository.ts';
import { formatSlot } from '../../webinars/time.ts';

/** An upcoming event as the home page lists it. */
interface EventLine {
  slug: string;
  title: string;
  startsAt: Date;
  timeZone: string;
  allDay: boolean;
}

interface Props {
  /** The editors' picks for this language, in their order (their year is not shown). */
  featured: Omit<ItemSummary, 'year'>[];
  publications: ItemSummary[];
  news: ItemSummary[];
  totals: { publications: number; news: number };
  webinars: WebinarListRow[];
  events: EventLine[];
}

export function HomePage({ featured, publications, news, totals, webinars, events }: Props) {
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
      {(webinars.length > 0 || events.length > 0) && (
        <div class="two-col">
          <section aria-labelledby="upcoming-webinars">
            <h2 id="upcoming-webinars">{t('pages.home.upcomingWebinars')}</h2>
            <ul class="cards">
              {webinars.map((w) => (
                <li key={w.id} class="card">
                  <h3>
                    <a href={`/${locale}/webinars/${w.slug}`}>{w.title}</a>
                  </h3>
                  <p class="meta">
                    {formatSlot(locale, w.startsAt, w.durationMinutes, user?.timeZone ?? w.timeZone)} (
                    {user?.timeZone ?? w.timeZone})
                  </p>
                </li>
              ))}
            </ul>
            <p>
              <a href={`/${locale}/webinars`}>{t('pages.home.allWebinars')}</a>
            </p>
          </section>
          <section aria-labelledby="upcoming-events">
            <h2 id="upcoming-events">{t('pages.home.upcomingEvents')}</h2>
            <ul class="cards">
              {events.map((e) => (
                <li key={e.slug} class="card">
                  <h3>
                    <a href={`/${locale}/events/${e.slug}`}>{e.title}</a>
                  </h3>
                  <p class="meta">
                    {new Intl.DateTimeFormat(locale, {
                      dateStyle: 'long',
                      ...(e.allDay ? {} : { timeStyle: 'short' }),
                      timeZone: e.timeZone,
                    }).format(e.startsAt)}
                    {!e.allDay && ` (${e.timeZone})`}
                  </p>
                </li>
              ))}
            </ul>
            <p>
              <a href={`/${locale}/events`}>{t('pages.home.allEvents')}</a>
            </p>
          </section>
        </div>
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
