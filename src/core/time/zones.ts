import { TZDate } from '@date-fns/tz';

// Wall-clock times in IANA zones, for everything scheduled (events, webinars): validation,
// conversion to the UTC instant stored, and back to the zone's calendar day and clock.

/** An IANA name (Area/Location, Area/Location/Sub) or UTC: not an offset, not an abbreviation. */
const ZONE_SHAPE = /^(UTC|[A-Z][A-Za-z_-]+(\/[A-Za-z0-9_+-]+){1,2})$/;

/** Whether the runtime knows this IANA time zone (aliases such as Asia/Calcutta included). */
export function isTimeZone(zone: string): boolean {
  if (!ZONE_SHAPE.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** "2026-02-30" → null; a real calendar day → its parts. */
export function parseDay(s: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return { y, m, d };
}

/** "09:30" → minutes after midnight; anything else → null. */
export function parseClock(s: string): { h: number; min: number } | null {
  const match = /^(\d{2}):(\d{2})$/.exec(s);
  if (!match) return null;
  const h = Number(match[1]);
  const min = Number(match[2]);
  return h < 24 && min < 60 ? { h, min } : null;
}

/** The UTC instant of a wall-clock time in a zone (a time skipped by a DST change moves forward). */
export function zonedInstant(day: string, clock: string, zone: string): Date {
  const d = parseDay(day);
  const c = parseClock(clock);
  if (!d || !c) throw new Error(`bad local time ${day} ${clock}`);
  return new Date(new TZDate(d.y, d.m - 1, d.d, c.h, c.min, zone).getTime());
}

/** The calendar day ("2026-03-30") and clock ("09:00") of an instant in a zone. */
export function localParts(instant: Date, zone: string): { day: string; clock: string } {
  const z = new TZDate(instant.getTime(), zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    day: `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}`,
    clock: `${pad(z.getHours())}:${pad(z.getMinutes())}`,
  };
}

export type LocalTimeError = 'invalid_date' | 'invalid_time' | 'nonexistent_time';

/**
 * zonedInstant for input from people: an impossible date (2026-02-30), a bad clock, and a time
 * skipped by a daylight-saving change (02:30 when clocks jump from 02:00 to 03:00) come back as
 * an error instead of being moved.
 */
export function zonedToUtc(day: string, clock: string, zone: string): Date | LocalTimeError {
  const d = parseDay(day);
  if (!d) return 'invalid_date';
  const c = parseClock(clock);
  if (!c) return 'invalid_time';
  const local = new TZDate(d.y, d.m - 1, d.d, c.h, c.min, zone);
  if (local.getHours() !== c.h || local.getMinutes() !== c.min || local.getDate() !== d.d)
    return 'nonexistent_time';
  return new Date(local.getTime());
}

/** An instant as ISO 8601 with the zone's offset at that moment ("2026-03-30T09:00:00+02:00"). */
export function isoInZone(instant: Date, zone: string): string {
  return new TZDate(instant.getTime(), zone).toISOString().replace(/\.000(?=[+-])/, '');
}
