import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { filterSearch } from '../filters.ts';
import type { EventSummary } from '../presenter.ts';
import type { EventFilters } from '../repository.ts';
import { daysBetween, eventDays, monthBounds, nextDay, parseDay } from '../time.ts';
import { type FilterChoices, Filters } from './Filters.tsx';

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];

/**
 * A month as a table: one row per week (Monday first), one cell per day, each listing the events
 * on that day in their own zone — a multi-day event on every day it covers.
 */
export function CalendarPage({
  month,
  events,
  filters,
  choices,
  today,
}: {
  month: string;
  events: EventSummary[];
  filters: EventFilters;
  choices: FilterChoices;
  today: string;
}) {
  const { t, locale } = useCtx();
  const base = `/${locale}/events`;
  const { first, next, previous } = monthBounds(month);
  const f = parseDay(first)!;
  const monthName = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(f.y, f.m - 1, 1)));
  const byDay = new Map<string, EventSummary[]>();
  for (const e of events) {
    const { first: a, last: b } = eventDays(e);
    for (const d of daysBetween([a, first].sort()[1] as string, b)) {
      if (!d.startsWith(month)) continue;
      byDay.set(d, [...(byDay.get(d) ?? []), e]);
    }
  }
  // Weeks from the Monday on or before the 1st to the Sunday on or after the last day.
  const firstWeekday = (new Date(Date.UTC(f.y, f.m - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: firstWeekday }, () => null);
  for (let d = first; d.startsWith(month); d = nextDay(d)) cells.push(d);
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const weekday = (i: number, style: 'long' | 'short') =>
    new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, 1 + i)),
    );
  const dayLabel = (d: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(
      new Date(`${d}T00:00:00Z`),
    );
  const query = (m: string) => filterSearch(filters, { month: m });
  const title = t('events.calendar.title', { month: monthName });
  return (
    <Layout title={title} description={t('events.intro')}>
      <h1>{title}</h1>
      <ul class="nav">
        <li>
          <a href={`${base}${filterSearch(filters)}`}>{t('events.view.list')}</a>
        </li>
        <li>
          <a href={`${base}/calendar${query(month)}`} aria-current="page">
            {t('events.view.calendar')}
          </a>
        </li>
        <li>
          <a href={`${base}/past${filterSearch(filters)}`}>{t('events.view.past')}</a>
        </li>
      </ul>
      <Filters action={`${base}/calendar`} filters={filters} choices={choices} month={month} />
      <nav aria-label={t('events.calendar.months')}>
        <ul class="pagination">
          <li>
            <a href={`${base}/calendar${query(previous)}`} rel="prev">
              {t('events.calendar.previous')}
            </a>
          </li>
          <li>
            <a href={`${base}/calendar${query(next)}`} rel="next">
              {t('events.calendar.next')}
            </a>
          </li>
        </ul>
      </nav>
      <p>{t('events.calendar.zoneNote')}</p>
      <table class="calendar">
        <caption>{title}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map((i) => (
              <th key={i} scope="col">
                <abbr title={weekday(i, 'long')}>{weekday(i, 'short')}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((d, i) =>
                d ? (
                  <td key={d} aria-current={d === today ? 'date' : undefined}>
                    <span class="day" aria-hidden="true">
                      {Number(d.slice(8))}
                    </span>
                    <span class="visually-hidden">{dayLabel(d)}</span>
                    {byDay.has(d) && (
                      <ul>
                        {byDay.get(d)!.map((e) => (
                          <li key={e.id}>
                            <a href={`${base}/${e.slug}`}>{e.title}</a>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                ) : (
                  <td key={`empty-${i}`} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {events.length === 0 && <p>{t('events.calendar.empty')}</p>}
    </Layout>
  );
}
