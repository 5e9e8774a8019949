import { z } from 'zod';
import type { ApiDetails } from '../content/api-details.ts';
import { webinarApiFields } from './repository.ts';
import { WEBINAR_ROLES } from './tables.ts';

const schema = z
  .object({
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    timeZone: z.string().meta({ description: "The organiser's IANA time zone." }),
    durationMinutes: z.number().int(),
    spokenLanguages: z.array(z.string()),
    interpretation: z.array(z.string()).meta({ description: 'Languages of interpretation channels.' }),
    cancelled: z.boolean(),
    recordingUrl: z.string().nullable().meta({ description: 'Once the webinar is over.' }),
    people: z.array(
      z.object({
        role: z.enum(WEBINAR_ROLES),
        name: z.string(),
        position: z.string().nullable(),
        organisation: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'WebinarDetails' });

/** Webinars in the API: schedule, speakers, recording — never the registrants' meeting link. */
export const webinarApi: ApiDetails<typeof schema> = {
  schema,
  async load(db, ids) {
    const rows = await webinarApiFields(db, ids);
    return new Map(
      rows.map((r) => {
        const starts = new Date(r.startsAt);
        return [
          r.itemId,
          {
            startsAt: starts.toISOString(),
            endsAt: new Date(starts.getTime() + r.durationMinutes * 60_000).toISOString(),
            timeZone: r.timeZone,
            durationMinutes: r.durationMinutes,
            spokenLanguages: r.spokenLanguages,
            interpretation: r.interpretation,
            cancelled: r.cancelledAt !== null,
            // As on the page: the recording belongs to the webinar's afterwards.
            recordingUrl: starts.getTime() + r.durationMinutes * 60_000 <= Date.now() ? r.recordingUrl : null,
            people: r.people.map((p) => ({ ...p, role: p.role as (typeof WEBINAR_ROLES)[number] })),
          },
        ];
      }),
    );
  },
};
