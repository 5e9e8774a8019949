import { z } from 'zod';
import type { ApiDetails } from '../content/api-details.ts';
import { eventApiFields } from './repository.ts';
import { ATTENDANCE_MODES, EVENT_KINDS } from './tables.ts';

const schema = z
  .object({
    kind: z.enum(EVENT_KINDS),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    timeZone: z.string().meta({ description: "The organiser's IANA time zone." }),
    allDay: z.boolean(),
    attendanceMode: z.enum(ATTENDANCE_MODES),
    venue: z.string().nullable(),
    city: z.string().nullable(),
    country: z.string().nullable().meta({ description: 'ISO 3166-1 alpha-2.' }),
    onlineUrl: z.string().nullable(),
    registrationUrl: z.string().nullable(),
    websiteUrl: z.string().nullable(),
  })
  .meta({ id: 'EventDetails' });

/** Events in the API: dates in UTC with the organiser's zone, place and attendance mode. */
export const eventApi: ApiDetails<typeof schema> = {
  schema,
  async load(db, ids) {
    const rows = await eventApiFields(db, ids);
    return new Map(
      rows.map((r) => [
        r.itemId,
        {
          kind: r.kind,
          startsAt: new Date(r.startsAt).toISOString(),
          endsAt: new Date(r.endsAt).toISOString(),
          timeZone: r.timeZone,
          allDay: r.allDay,
          attendanceMode: r.mode,
          venue: r.venue,
          city: r.city,
          country: r.country,
          onlineUrl: r.onlineUrl,
          registrationUrl: r.registrationUrl,
          websiteUrl: r.websiteUrl,
        },
      ]),
    );
  },
};
