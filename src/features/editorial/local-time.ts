import { TZDate } from '@date-fns/tz';

/**
 * A `datetime-local` value (wall time, no zone) read in the member's time zone; null when it
 * is not a real date and time. DST gaps and overlaps follow @date-fns/tz.
 */
export function parseLocalDateTime(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const date = new TZDate(y, mo - 1, d, h, mi, timeZone);
  // 31 February and the like roll over: refuse them rather than guess.
  if (date.getDate() !== d) return null;
  return new Date(date.getTime());
}
