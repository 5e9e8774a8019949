import type { DbOrTx } from '../../core/db/client.ts';
import { notFound } from '../../core/errors.ts';
import type { Locale } from '../../core/i18n/index.ts';
import type { Services } from '../../core/services.ts';
import { itemLocales, itemOrganisations } from '../content/repository.ts';
import {
  countByStatus,
  filesOf,
  findRegistrationByUser,
  findWebinar,
  findWebinarIdBySlug,
  listWebinars,
  peopleOf,
  publicationSlug,
  webinarTexts,
} from './repository.ts';
import { WEBINAR_CACHE_PREFIX } from './schedule/save-webinar.ts';

export type WebinarPageData = Awaited<ReturnType<typeof webinarPage>>;

/** Everything the public page of a webinar shows, and the viewer's own registration. */
export async function webinarPage(
  db: DbOrTx,
  slug: string,
  locale: Locale,
  viewerId?: string | null,
  preview = false,
) {
  const found = await findWebinarIdBySlug(db, slug);
  if (!found || (found.status !== 'published' && !preview)) throw notFound();
  const w = (await findWebinar(db, found.id))!;
  const [texts, people, organisations, files, counts, locales, mine, publication] = await Promise.all([
    webinarTexts(db, found.id, locale),
    peopleOf(db, [found.id]),
    itemOrganisations(db, [found.id]),
    filesOf(db, found.id),
    countByStatus(db, found.id),
    itemLocales(db, found.id),
    viewerId ? findRegistrationByUser(db, found.id, viewerId) : Promise.resolve(null),
    publicationSlug(db, w.webinar.publicationId),
  ]);
  return { ...w, texts, people, organisations, files, counts, locales, mine, publicationSlug: publication };
}

/** Upcoming webinars for the home page, through the short-lived read cache. */
export function upcomingWebinars(
  { db, cache, config }: Pick<Services, 'db' | 'cache' | 'config'>,
  locale: Locale,
  limit = 3,
) {
  return cache.get(`${WEBINAR_CACHE_PREFIX}upcoming:${locale}:${limit}`, config.CACHE_TTL_MS, async () =>
    (await listWebinars(db, { locale, when: 'upcoming', limit, offset: 0 })).rows.filter(
      (r) => !r.cancelledAt,
    ),
  );
}
