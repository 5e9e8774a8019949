import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import { CONTENT_TYPES } from '../../content/types.ts';
import { FeedHead, feedLinks, Subscribe } from '../../syndication/links.tsx';
import { filterSearch } from '../filters.ts';
import type { EventSummary } from '../presenter.ts';
import type { EventFilters } from '../repository.ts';
import { EventList } from './EventList.tsx';
import { type FilterChoices, Filters } from './Filters.tsx';

/** Upcoming events (or the archive of past ones) with filters, a feed to subscribe to and pages. */
export function ListPage({
  view,
  events,
  total,
  page,
  pages,
  filters,
  choices,
}: {
  view: 'upcoming' | 'past';
  events: EventSummary[];
  total: number;
  page: number;
  pages: number;
  filters: EventFilters;
  choices: FilterChoices;
}) {
  const { t, locale, config } = useCtx();
  const base = `/${locale}/events`;
  const path = view === 'past' ? `${base}/past` : base;
  const title = t(view === 'past' ? 'events.past.title' : 'events.title');
  const query = filterSearch(filters);
  const feed = `${base}/calendar.ics${query}`;
  const webcal = `${config.publicUrl.replace(/^https?:/, 'webcal:')}${feed}`;
  // News of events as they are announced (the calendar above is for what happens when).
  const feeds = feedLinks(locale, CONTENT_TYPES.event.path);
  return (
    <Layout
      title={title}
      description={t('events.intro')}
      head={
        <>
          <link rel="alternate" type="text/calendar" title={t('events.subscribe')} href={feed} />
          <FeedHead feeds={feeds} title={t('events.title')} />
        </>
      }
    >
      <h1>{title}</h1>
      <p>{t(view === 'past' ? 'events.past.intro' : 'events.intro')}</p>
      <ul class="nav">
        <li>
          <a href={`${base}${query}`} aria-current={view === 'upcoming' ? 'page' : undefined}>
            {t('events.view.list')}
          </a>
        </li>
        <li>
          <a href={`${base}/calendar${query}`}>{t('events.view.calendar')}</a>
        </li>
        <li>
          <a href={`${base}/past${query}`} aria-current={view === 'past' ? 'page' : undefined}>
            {t('events.view.past')}
          </a>
        </li>
        <li>
          <a href={`${base}/submit`}>{t('events.submit.link')}</a>
        </li>
      </ul>
      <Filters action={path} filters={filters} choices={choices} />
      <p>
        <a href={feed}>{t('events.subscribe')}</a> ({t('events.subscribeHint')}{' '}
        <a href={webcal}>{t('events.subscribeWebcal')}</a>)
      </p>
      <Subscribe feeds={feeds} />
      <p role="status">{t('events.count', { count: total })}</p>
      {events.length === 0 ? <p>{t('events.empty')}</p> : <EventList events={events} />}
      <Pagination page={page} pages={pages} baseUrl={`${path}${query}`} />
    </Layout>
  );
}
