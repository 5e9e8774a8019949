import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../core/db/client.ts';

export interface Breakdown {
  key: string | null;
  registered: number;
  waitlisted: number;
  attended: number;
}

/** Confirmed registrations per day of registration (UTC), with the running total. */
export async function registrationsByDay(db: DbOrTx, webinarId: string) {
  const rows = await queryRows<{ day: string; n: number; total: number }>(
    db,
    sql`select day::text, n::int, (sum(n) over (order by day))::int as total from (
          select (created_at at time zone 'utc')::date as day, count(*) as n from webinar_registration
          where webinar_id = ${webinarId} and status <> 'pending' group by 1) d
        order by day`,
  );
  return rows.map((r) => ({ day: r.day, count: Number(r.n), total: Number(r.total) }));
}

/** Registrations grouped by one column (country, sector, language) or by the country's region. */
export async function breakdown(
  db: DbOrTx,
  webinarId: string,
  by: 'country' | 'sector' | 'locale' | 'region',
): Promise<Breakdown[]> {
  const key =
    by === 'region'
      ? sql.raw(
          `(select t.slug from country c join term t on t.id = c.region_term_id where c.iso2 = r.country)`,
        )
      : sql.raw(`r.${by}`);
  const rows = await queryRows<{
    key: string | null;
    registered: number;
    waitlisted: number;
    attended: number;
  }>(
    db,
    sql`select ${key} as key,
          count(*) filter (where r.status = 'registered')::int as registered,
          count(*) filter (where r.status = 'waitlisted')::int as waitlisted,
          count(*) filter (where r.attended_minutes > 0)::int as attended
        from webinar_registration r
        where r.webinar_id = ${webinarId} and r.status in ('registered', 'waitlisted', 'cancelled')
        group by 1 order by 2 desc, 1 nulls last`,
  );
  return rows
    .map((r) => ({
      key: r.key,
      registered: Number(r.registered),
      waitlisted: Number(r.waitlisted),
      attended: Number(r.attended),
    }))
    .filter((r) => r.registered + r.waitlisted + r.attended > 0);
}

/** Every registration for the organisers' CSV, oldest first. */
export async function registrationsForExport(db: DbOrTx, webinarId: string) {
  return queryRows<{
    name: string;
    email: string;
    status: string;
    country: string | null;
    sector: string | null;
    locale: string;
    time_zone: string;
    created_at: Date | string;
    attended_minutes: number | null;
  }>(
    db,
    sql`select name, email, status, country, sector, locale, time_zone, created_at, attended_minutes
        from webinar_registration where webinar_id = ${webinarId} order by created_at, id`,
  );
}

/**
 * Attendance from the meeting tool: minutes per e-mail address. Returns the addresses that
 * matched a registration. Addresses not in the list keep what they had.
 */
export async function setAttendance(
  tx: DbOrTx,
  webinarId: string,
  minutes: Map<string, number>,
): Promise<string[]> {
  if (minutes.size === 0) return [];
  const emails = [...minutes.keys()];
  const values = emails.map((e) => minutes.get(e)!);
  const rows = await queryRows<{ email: string }>(
    tx,
    sql`update webinar_registration r set attended_minutes = a.minutes
        from unnest(${sql.param(emails)}::text[], ${sql.param(values)}::int[]) as a(email, minutes)
        where r.webinar_id = ${webinarId} and lower(r.email) = a.email
        returning lower(r.email) as email`,
  );
  return rows.map((r) => r.email);
}
