import { TZDate } from '@date-fns/tz';
import type { Locale } from '../../core/i18n/index.ts';

const DAY = 86_400_000;
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

/** The day after a calendar day. */
export function nextDay(day: string): string {
  const d = parseDay(day);
  if (!d) throw new Error(`bad day ${day}`);
  return new Date(Date.UTC(d.y, d.m - 1, d.d) + DAY).toISOString().slice(0, 10);
}

export function previousDay(day: string): string {
  const d = parseDay(day);
  if (!d) throw new Error(`bad day ${day}`);
  return new Date(Date.UTC(d.y, d.m - 1, d.d) - DAY).toISOString().slice(0, 10);
}

export interface EventTime {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  allDay: boolean;
}

/**
 * The local calendar days an event covers in its own zone: an all-day event's stored end is the
 * midnight after its last day; a timed event ending exactly at midnight does not reach that day.
 */
export function eventDays(e: EventTime): { first: string; last: string } {
  const first = localParts(e.startsAt, e.timeZone).day;
  const end = localParts(e.endsAt, e.timeZone);
  let last = end.day;
  if ((e.allDay || end.clock === '00:00') && e.endsAt.getTime() > e.startsAt.getTime())
    last = previousDay(last);
  return { first, last: [first, last].sort()[1] as string };
}

/** Every day from first to last, inclusive. */
export function daysBetween(first: string, last: string, max = 400): string[] {
  const out: string[] = [];
  for (let d = first; d <= last && out.length < max; d = nextDay(d)) out.push(d);
  return out;
}

/** A calendar day shown as a date (no time, no zone shift). */
export function formatDay(locale: Locale, day: string, style: 'long' | 'full' | 'medium' = 'full'): string {
  const d = parseDay(day);
  if (!d) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(d.y, d.m - 1, d.d)),
  );
}

/** The zone's name as readers know it ("Central European Summer Time"), in their language. */
export function zoneName(locale: Locale, zone: string, at: Date): string {
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    timeZoneName: 'longGeneric',
  }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/** The zone's offset at an instant ("GMT+1"). */
export function zoneOffset(locale: Locale, zone: string, at: Date): string {
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    timeZoneName: 'shortOffset',
  }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/**
 * When an event happens, written for the reader's locale in a given zone: an all-day event as
 * its days, a timed one as a date-time range.
 */
export function formatWhen(locale: Locale, e: EventTime, zone = e.timeZone): string {
  if (e.allDay) {
    const { first, last } = eventDays(e);
    const f = parseDay(first)!;
    const l = parseDay(last)!;
    const fmt = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
    const a = new Date(Date.UTC(f.y, f.m - 1, f.d));
    return first === last ? fmt.format(a) : fmt.formatRange(a, new Date(Date.UTC(l.y, l.m - 1, l.d)));
  }
  const fmt = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: zone });
  return fmt.formatRange(e.startsAt, e.endsAt);
}

/** Month "2026-03" → its first day and the first day of the next month. */
export function monthBounds(month: string): { first: string; next: string; previous: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const iso = (yy: number, mm: number) => new Date(Date.UTC(yy, mm - 1, 1)).toISOString().slice(0, 7);
  return { first: `${month}-01`, next: iso(y, m + 1), previous: iso(y, m - 1) };
}
