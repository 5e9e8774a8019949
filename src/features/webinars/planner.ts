import type { RegionSlug } from '../taxonomy/data/countries.ts';
import { localParts } from './time.ts';

/** Capitals (by country) the planner shows for each region, with their IANA zones. */
export const REGION_CAPITALS: Record<RegionSlug, { country: string; zone: string }[]> = {
  'sub-saharan-africa': [
    { country: 'SN', zone: 'Africa/Dakar' },
    { country: 'NG', zone: 'Africa/Lagos' },
    { country: 'ET', zone: 'Africa/Addis_Ababa' },
    { country: 'KE', zone: 'Africa/Nairobi' },
    { country: 'ZA', zone: 'Africa/Johannesburg' },
  ],
  'latin-america-caribbean': [
    { country: 'MX', zone: 'America/Mexico_City' },
    { country: 'CO', zone: 'America/Bogota' },
    { country: 'BR', zone: 'America/Sao_Paulo' },
    { country: 'CL', zone: 'America/Santiago' },
    { country: 'AR', zone: 'America/Argentina/Buenos_Aires' },
  ],
  'south-asia': [
    { country: 'PK', zone: 'Asia/Karachi' },
    { country: 'IN', zone: 'Asia/Kolkata' },
    { country: 'NP', zone: 'Asia/Kathmandu' },
    { country: 'BD', zone: 'Asia/Dhaka' },
  ],
  'east-asia-pacific': [
    { country: 'ID', zone: 'Asia/Jakarta' },
    { country: 'VN', zone: 'Asia/Ho_Chi_Minh' },
    { country: 'PH', zone: 'Asia/Manila' },
    { country: 'FJ', zone: 'Pacific/Fiji' },
  ],
  'middle-east-north-africa': [
    { country: 'MA', zone: 'Africa/Casablanca' },
    { country: 'TN', zone: 'Africa/Tunis' },
    { country: 'EG', zone: 'Africa/Cairo' },
    { country: 'JO', zone: 'Asia/Amman' },
  ],
  'europe-central-asia': [
    { country: 'BE', zone: 'Europe/Brussels' },
    { country: 'TR', zone: 'Europe/Istanbul' },
    { country: 'UZ', zone: 'Asia/Tashkent' },
    { country: 'KG', zone: 'Asia/Bishkek' },
  ],
  'north-america': [
    { country: 'US', zone: 'America/New_York' },
    { country: 'CA', zone: 'America/Toronto' },
  ],
};

export const PLANNER_REGIONS = Object.keys(REGION_CAPITALS) as RegionSlug[];

/** Working hours a slot should fit in, local time. */
export const DAY_START = 8 * 60;
export const DAY_END = 20 * 60;

export interface CapitalSlot {
  country: string;
  zone: string;
  region: RegionSlug;
  /** Local wall-clock start and end ("07:30"), and the local date of the start. */
  date: string;
  start: string;
  end: string;
  /** Days between the local start date and the UTC date of the slot (−1, 0, +1). */
  dayShift: number;
  /** Starts before 08:00 or ends after 20:00 local time (or crosses midnight). */
  outside: boolean;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Where a slot falls in each capital of the chosen regions (offsets of that very day: DST). */
export function evaluateSlot(start: Date, durationMinutes: number, regions: RegionSlug[]): CapitalSlot[] {
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  const utcDate = start.toISOString().slice(0, 10);
  return regions.flatMap((region) =>
    (REGION_CAPITALS[region] ?? []).map(({ country, zone }) => {
      const s = localParts(start, zone);
      const e = localParts(end, zone);
      const sameDay = s.day === e.day;
      const outside = minutesOf(s.clock) < DAY_START || !sameDay || minutesOf(e.clock) > DAY_END;
      const dayShift = Math.round((Date.parse(s.day) - Date.parse(utcDate)) / 86_400_000);
      return { country, zone, region, date: s.day, start: s.clock, end: e.clock, dayShift, outside };
    }),
  );
}

export interface SuggestedSlot {
  start: Date;
  /** Capitals where the whole slot is within 08:00–20:00. */
  inside: number;
  total: number;
}

/**
 * The best starts on a UTC day for the chosen regions, every 30 minutes: most capitals inside
 * working hours first, then the start closest to the middle of their day (fewest very early or
 * very late participants).
 */
export function suggestSlots(
  day: string,
  durationMinutes: number,
  regions: RegionSlug[],
  count = 3,
): SuggestedSlot[] {
  const dayStart = Date.parse(`${day}T00:00:00Z`);
  const scored: (SuggestedSlot & { strain: number })[] = [];
  for (let step = 0; step < 48; step++) {
    const start = new Date(dayStart + step * 30 * 60_000);
    const slots = evaluateSlot(start, durationMinutes, regions);
    if (slots.length === 0) continue;
    const inside = slots.filter((s) => !s.outside).length;
    // Distance of each local start from 13:00, in minutes: a tie-breaker.
    const strain = slots.reduce((sum, s) => sum + Math.abs(minutesOf(s.start) - 13 * 60), 0);
    scored.push({ start, inside, total: slots.length, strain });
  }
  return scored
    .sort((a, b) => b.inside - a.inside || a.strain - b.strain || a.start.getTime() - b.start.getTime())
    .slice(0, count)
    .map(({ start, inside, total }) => ({ start, inside, total }));
}
