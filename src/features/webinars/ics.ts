import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export interface InvitationInput {
  webinarId: string;
  /** Host of the public site: the UID's domain, so the UID is stable and globally unique. */
  host: string;
  sequence: number;
  title: string;
  description: string;
  url: string;
  start: Date;
  durationMinutes: number;
  cancelled: boolean;
  /** The join link goes only to registrants. */
  joinUrl?: string | null;
  organiser: { name: string; email: string };
  /** The public calendar file: METHOD:PUBLISH (an entry to add, not an invitation to answer). */
  publish?: boolean;
}

/** The platform as organiser: the address part of MAIL_FROM ("Name <address>"). */
export const webinarOrganiser = (mailFrom: string) => ({
  name: 'SP Gateway',
  email: /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom,
});

/** The same UID for every message about one webinar, so calendars update one entry. */
export const webinarUid = (webinarId: string, host: string) => `webinar-${webinarId}@${host}`;

/**
 * An iCalendar invitation for one webinar (RFC 5545/5546): METHOD:REQUEST while it stands,
 * METHOD:CANCEL with STATUS:CANCELLED once cancelled; SEQUENCE rises with each change of time.
 * Times are written in UTC, which every calendar converts to its own zone.
 */
export function webinarInvitation(w: InvitationInput): { method: 'REQUEST' | 'CANCEL'; content: string } {
  const method = w.publish
    ? ICalCalendarMethod.PUBLISH
    : w.cancelled
      ? ICalCalendarMethod.CANCEL
      : ICalCalendarMethod.REQUEST;
  const cal = ical({ prodId: { company: 'SP Gateway', product: 'Webinars' }, method });
  cal.createEvent({
    id: webinarUid(w.webinarId, w.host),
    sequence: w.sequence,
    start: w.start,
    end: new Date(w.start.getTime() + w.durationMinutes * 60_000),
    summary: w.title,
    description: [w.description, w.joinUrl ? `\n${w.joinUrl}` : '', `\n${w.url}`].join(''),
    location: w.joinUrl ?? w.url,
    url: w.url,
    organizer: w.organiser,
    status: w.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return { method: w.cancelled ? 'CANCEL' : 'REQUEST', content: cal.toString() };
}
