import { TZDate } from '@date-fns/tz';

let zones: Set<string> | null = null;

/** An IANA zone this runtime knows (Intl's canonical list, plus UTC and aliases it accepts). */
export function isTimeZone(zone: string): boolean {
  if (!zones) zones = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']);
  if (zones.has(zone)) return true;
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export type LocalTimeError = 'invalid_date' | 'invalid_time' | 'nonexistent_time';

/**
 * The UTC instant of a wall-clock date and time in a zone. An impossible date (2026-02-30) and
 * a time skipped by a daylight-saving change (02:30 when clocks jump from 02:00 to 03:00) are
 * refused rather than silently moved.
 */
export function zonedToUtc(date: string, time: string, zone: string): Date | LocalTimeError {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!d) return 'invalid_date';
  const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const probe = new Date(Date.UTC(y, m - 1, day));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== day)
    return 'invalid_date';
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!t || Number(t[1]) > 23 || Number(t[2]) > 59) return 'invalid_time';
  const local = new TZDate(y, m - 1, day, Number(t[1]), Number(t[2]), zone);
  if (local.getHours() !== Number(t[1]) || local.getMinutes() !== Number(t[2]) || local.getDate() !== day)
    return 'nonexistent_time';
  return new Date(local.getTime());
}

/** The wall-clock date ("2026-03-29") and time ("09:30") of an instant in a zone. */
export function utcToZoned(
  instant: Date,
  zone: string,
): { date: string; time: string; hour: number; minute: number } {
  const z = new TZDate(instant.getTime(), zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}`,
    time: `${pad(z.getHours())}:${pad(z.getMinutes())}`,
    hour: z.getHours(),
    minute: z.getMinutes(),
  };
}

/** The zone's offset from UTC at that instant, in minutes (east positive). */
export function offsetMinutes(instant: Date, zone: string): number {
  return -new TZDate(instant.getTime(), zone).getTimezoneOffset();
}

const rangeFormats = new Map<string, Intl.DateTimeFormat>();

/** "Tuesday 3 March 2026, 14:00 – 15:30" in the reader's language and the given zone. */
export function formatSlot(locale: string, start: Date, minutes: number, zone: string): string {
  const key = `${locale}:${zone}`;
  let f = rangeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: zone });
    rangeFormats.set(key, f);
  }
  return f.formatRange(start, new Date(start.getTime() + minutes * 60_000));
}
