import { ATTENDANCE_MODES, ld, ldDocument, siteOrganization, webPage } from '../../core/render/metadata.tsx';
import { isoInZone } from '../../core/time/zones.ts';
import { licenceForMachines } from '../content/licences.ts';
import type { WebinarPageData } from './read.ts';

/**
 * A webinar as a schema.org Event, online: its location is the public page where people
 * register — never the meeting link, which only registrants get. Once it has happened, the
 * recording is what it was recorded in.
 */
export function webinarJsonLd(
  data: WebinarPageData,
  url: string,
  site: { name: string; publicUrl: string; locale: string },
  description: string | undefined,
) {
  const w = data.webinar;
  const end = new Date(w.startsAt.getTime() + w.durationMinutes * 60_000);
  const languages = w.spokenLanguages.length ? w.spokenLanguages : [data.originalLocale];
  const inLanguage = languages.length === 1 ? languages[0] : languages;
  return ldDocument(
    ld('Event', url, {
      '@id': `${url}#event`,
      name: data.texts.title,
      description,
      startDate: isoInZone(w.startsAt, w.timeZone),
      endDate: isoInZone(end, w.timeZone),
      eventAttendanceMode: ATTENDANCE_MODES.online,
      eventStatus: `https://schema.org/${w.cancelledAt ? 'EventCancelled' : 'EventScheduled'}`,
      location: ld('VirtualLocation', null, { url }),
      organizer: [
        siteOrganization(site.name, site.publicUrl),
        ...data.organisations.map((o) =>
          ld('Organization', `${site.publicUrl}/${site.locale}/organisations/${o.slug}`, {
            name: o.name,
            alternateName: o.acronym,
          }),
        ),
      ],
      performer: data.people
        .filter((p) => p.role === 'speaker')
        .map((p) => ld('Person', null, { name: p.name, jobTitle: p.position, affiliation: p.organisation })),
      isAccessibleForFree: true,
      inLanguage,
      recordedIn: w.recordingUrl ? ld('CreativeWork', null, { url: w.recordingUrl }) : undefined,
      mainEntityOfPage: webPage(url, {
        inLanguage,
        datePublished: data.publishedAt,
        dateModified: data.updatedAt,
        license: licenceForMachines(data.licence),
      }),
    }),
  );
}
