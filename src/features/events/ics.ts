import { createHash } from 'node:crypto';
import ical, { ICalEventStatus } from 'ical-generator';
import type { EventTime } from './time.ts';
import { eventDays, parseDay } from './time.ts';

export interface IcsEvent extends EventTime {
  id: string;
  slug: string;
  title: string;
  summary: string | null;
  location: string | null;
  url: string;
  updatedAt: Date;
}

/** The host part of every UID: stable as long as the public address is. */
export function uidHost(publicUrl: string): string {
  try {
    return new URL(publicUrl).hostname || 'spgateway.local';
  } catch {
    return 'spgateway.local';
  }
}

const utcDay = (day: string) => {
  const d = parseDay(day)!;
  return new Date(Date.UTC(d.y, d.m - 1, d.d));
};

/**
 * An iCalendar file of events. Timed events are written as UTC instants (no VTIMEZONE needed,
 * every client converts them); all-day events as DATE values of their days in the event's own
 * zone, the end being the day after the last (RFC 5545's exclusive end). UIDs never change.
 */
export function icsOf(events: IcsEvent[], opts: { name: string; host: string; ttlSeconds?: number }): string {
  const cal = ical({ name: opts.name, prodId: { company: 'SP Gateway', product: 'Events' } });
  if (opts.ttlSeconds) cal.ttl(opts.ttlSeconds);
  for (const e of events) {
    const allDay = e.allDay
      ? (() => {
          const { first, last } = eventDays(e);
          return { start: utcDay(first), end: new Date(utcDay(last).getTime() + 86_400_000) };
        })()
      : null;
    cal.createEvent({
      id: `event-${e.id}@${opts.host}`,
      start: allDay?.start ?? e.startsAt,
      end: allDay?.end ?? e.endsAt,
      allDay: e.allDay,
      stamp: e.updatedAt,
      lastModified: e.updatedAt,
      summary: e.title,
      description: e.summary ?? undefined,
      location: e.location ?? undefined,
      url: e.url,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}

/** A strong validator for a body. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}
