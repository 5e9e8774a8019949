import { localParts, parseDay } from '../../core/time/zones.ts';
import type { Locale } from '../../core/i18n/index.ts';

export { isTimeZone, localParts, parseClock, parseDay, zonedInstant } from '../../core/time/zones.ts';

const DAY = 86_400_000;

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
