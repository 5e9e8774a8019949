import type { DbOrTx } from '../../core/db/client.ts';
import { notFound } from '../../core/errors.ts';
import type { Locale } from '../../core/i18n/index.ts';
import { itemLocales, itemOrganisations, itemTerms } from '../content/repository.ts';
import { publishedEvent } from './repository.ts';
import { eventDays } from './time.ts';

/** A published event's page: the event in the reader's language, organisers, classification. */
export async function getEvent(db: DbOrTx, slug: string, locale: Locale) {
  const row = await publishedEvent(db, slug, locale);
  if (!row) throw notFound();
  const [organisations, terms, locales] = await Promise.all([
    itemOrganisations(db, [row.id]),
    itemTerms(db, [row.id], locale),
    itemLocales(db, row.id),
  ]);
  const event = {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: row.body,
    shownLocale: row.shown_locale,
    originalLocale: row.original_locale,
    kind: row.kind,
    mode: row.mode,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    timeZone: row.time_zone,
    allDay: !!row.all_day,
    venue: row.venue,
    city: row.city,
    country: row.country,
    onlineUrl: row.online_url,
    registrationUrl: row.registration_url,
    websiteUrl: row.website_url,
    updatedAt: new Date(row.updated_at),
    publishedAt: row.published_at ? new Date(row.published_at) : null,
    licence: row.licence,
  };
  const groups = new Map<string, string[]>();
  for (const term of terms) {
    // The content type says "event" on every event: not worth a line.
    if (term.vocabularyId === 'content-type') continue;
    groups.set(term.vocabularyLabel, [...(groups.get(term.vocabularyLabel) ?? []), term.label]);
  }
  return {
    event,
    days: eventDays(event),
    organisations,
    terms: [...groups].map(([vocabulary, labels]) => ({ vocabulary, labels })),
    locales,
  };
}
export type EventPage = Awaited<ReturnType<typeof getEvent>>;
