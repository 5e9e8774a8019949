import { ATTENDANCE_MODES, ld, ldDocument, webPage } from '../../core/render/metadata.tsx';
import { isoInZone } from '../../core/time/zones.ts';
import { licenceForMachines } from '../content/licences.ts';
import type { EventPage } from './get-event.ts';

/**
 * The event as schema.org JSON-LD: dates with the offset of the event's own zone (an all-day
 * event as its days), attendance mode, the place and/or the online address the event
 * publishes, organisers; the page (licence, dates) as a WebPage whose main entity it is.
 */
export function eventJsonLd(p: EventPage, url: string, publicUrl: string, locale: string) {
  const e = p.event;
  const place =
    e.mode !== 'online'
      ? ld('Place', null, {
          name: e.venue ?? e.city,
          address: ld('PostalAddress', null, { addressLocality: e.city, addressCountry: e.country }),
        })
      : undefined;
  // The online address is public on the event's page; without one, the page says how to join.
  const virtual =
    e.mode !== 'in_person'
      ? ld('VirtualLocation', null, { url: e.onlineUrl ?? e.websiteUrl ?? url })
      : undefined;
  return ldDocument(
    ld('Event', url, {
      '@id': `${url}#event`,
      name: e.title,
      description: e.summary,
      startDate: e.allDay ? p.days.first : isoInZone(e.startsAt, e.timeZone),
      endDate: e.allDay ? p.days.last : isoInZone(e.endsAt, e.timeZone),
      eventAttendanceMode: ATTENDANCE_MODES[e.mode],
      eventStatus: 'https://schema.org/EventScheduled',
      location: place && virtual ? [place, virtual] : (place ?? virtual),
      organizer: p.organisations.map((o) =>
        ld('Organization', `${publicUrl}/${locale}/organisations/${o.slug}`, {
          name: o.name,
          alternateName: o.acronym,
        }),
      ),
      offers: e.registrationUrl ? ld('Offer', null, { url: e.registrationUrl }) : undefined,
      sameAs: e.websiteUrl,
      inLanguage: e.shownLocale,
      mainEntityOfPage: webPage(url, {
        inLanguage: e.shownLocale,
        datePublished: e.publishedAt,
        dateModified: e.updatedAt,
        license: licenceForMachines(e.licence),
      }),
    }),
  );
}
