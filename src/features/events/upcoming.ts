import type { Locale } from '../../core/i18n/index.ts';
import type { Services } from '../../core/services.ts';
import { summaryOf } from './presenter.ts';
import { listEvents } from './repository.ts';

/** Cache prefix of public event reads; the workflow and the editors' saves clear it. */
export const EVENTS_CACHE_PREFIX = 'events:';

/**
 * Published events coming up (or still running), soonest first, for the home page: read once
 * per CACHE_TTL_MS for every reader, dropped at once when an event is published or changed.
 */
export async function upcomingEvents(
  services: Pick<Services, 'db' | 'cache' | 'config'>,
  locale: Locale,
  limit: number,
) {
  return services.cache.get(
    `${EVENTS_CACHE_PREFIX}upcoming:${locale}:${limit}`,
    services.config.CACHE_TTL_MS,
    async () => {
      const { rows } = await listEvents(services.db, {
        locale,
        filters: {},
        endsAfter: new Date(),
        order: 'asc',
        limit,
      });
      return rows.map((r) => {
        const e = summaryOf(r);
        return {
          title: e.title,
          slug: e.slug,
          startsAt: e.startsAt,
          endsAt: e.endsAt,
          timeZone: e.timeZone,
          allDay: e.allDay,
          mode: e.mode,
          city: e.city,
          country: e.country,
        };
      });
    },
  );
}
