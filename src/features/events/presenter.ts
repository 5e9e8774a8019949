import type { EventForEdit, EventRow } from './repository.ts';
import { eventDays, localParts } from './time.ts';
import type { AttendanceMode, EventKind } from './tables.ts';

/** An event as lists, calendars, feeds and the home page show it. */
export interface EventSummary {
  id: string;
  slug: string;
  title: string;
  summary: string | null;
  kind: EventKind;
  mode: AttendanceMode;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  allDay: boolean;
  city: string | null;
  country: string | null;
  updatedAt: Date;
}

export function summaryOf(r: EventRow): EventSummary {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    kind: r.kind,
    mode: r.mode,
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
    timeZone: r.time_zone,
    allDay: !!r.all_day,
    city: r.city,
    country: r.country,
    updatedAt: new Date(r.updated_at),
  };
}

/** A stored event as the edit form's values, times in the event's own zone. */
export function formValuesOf(e: EventForEdit): Record<string, string | string[] | undefined> {
  const d = e.details;
  const start = localParts(d.startsAt, d.timeZone);
  const end = localParts(d.endsAt, d.timeZone);
  const { last } = eventDays(d);
  const values: Record<string, string | string[] | undefined> = {
    originalLocale: e.item.originalLocale,
    kind: d.kind,
    mode: d.mode,
    startDate: start.day,
    startTime: d.allDay ? '' : start.clock,
    endDate: d.allDay ? last : end.day,
    endTime: d.allDay ? '' : end.clock,
    timeZone: d.timeZone,
    allDay: d.allDay ? '1' : undefined,
    venue: d.venue ?? '',
    city: d.city ?? '',
    country: d.country ?? '',
    onlineUrl: d.onlineUrl ?? '',
    registrationUrl: d.registrationUrl ?? '',
    websiteUrl: d.websiteUrl ?? '',
    organisations: e.organisations.map((o) => o.id),
    topics: e.terms.filter((t) => t.key.startsWith('topic:')).map((t) => String(t.id)),
    programmeAreas: e.terms.filter((t) => t.key.startsWith('programme-area:')).map((t) => String(t.id)),
  };
  for (const t of e.translations) {
    if (t.locale === e.item.originalLocale) {
      values.title = t.title;
      values.summary = t.summary ?? '';
      values.body = t.body ?? '';
    } else {
      values[`title_${t.locale}`] = t.title;
      values[`summary_${t.locale}`] = t.summary ?? '';
    }
  }
  return values;
}

/** What the member typed, to show it again after a refusal (text fields and choices only). */
export function echo(body: unknown): Record<string, string | string[] | undefined> {
  const out: Record<string, string | string[] | undefined> = {};
  if (body && typeof body === 'object')
    for (const [k, v] of Object.entries(body))
      if (k !== '_csrf' && (typeof v === 'string' || Array.isArray(v))) out[k] = v;
  return out;
}
