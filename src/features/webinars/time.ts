export { isTimeZone, type LocalTimeError, localParts, zonedToUtc } from '../../core/time/zones.ts';

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
