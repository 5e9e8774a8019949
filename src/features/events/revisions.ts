import type { DbOrTx } from '../../core/db/client.ts';
import type { Snapshot } from '../../core/workflow/registry.ts';
import {
  contentSnapshot,
  restoreContentSnapshot,
  snapText,
} from '../editorial/revisions/content-snapshot.ts';
import { eventForEdit, touchEventItem, upsertEventDetails } from './repository.ts';
import { ATTENDANCE_MODES, EVENT_KINDS } from './tables.ts';

/**
 * An event's editable fields as plain data: the fields every content type shares (texts per
 * language, classification, countries, organisations), then when and where.
 */
export async function eventSnapshot(tx: DbOrTx, itemId: string): Promise<Snapshot> {
  const e = await eventForEdit(tx, itemId);
  if (!e) return {};
  const d = e.details;
  return {
    ...(await contentSnapshot(tx, itemId)),
    kind: d.kind,
    mode: d.mode,
    startsAt: d.startsAt.toISOString(),
    endsAt: d.endsAt.toISOString(),
    timeZone: d.timeZone,
    allDay: d.allDay ? 'yes' : 'no',
    venue: d.venue,
    city: d.city,
    country: d.country,
    onlineUrl: d.onlineUrl,
    registrationUrl: d.registrationUrl,
    websiteUrl: d.websiteUrl,
  };
}

/** Writes a snapshot back (terms or organisations deleted since are skipped). */
export async function restoreEventSnapshot(tx: DbOrTx, itemId: string, snap: Snapshot): Promise<void> {
  const current = await eventForEdit(tx, itemId);
  if (!current) return;
  const { originalLocale } = await restoreContentSnapshot(tx, itemId, snap, {
    originalLocale: current.item.originalLocale,
    locales: current.translations.map((t) => t.locale),
  });
  const d = current.details;
  const kind = EVENT_KINDS.find((k) => k === snap.kind) ?? d.kind;
  const mode = ATTENDANCE_MODES.find((m) => m === snap.mode) ?? d.mode;
  const startsAt = snapText(snap.startsAt) ? new Date(String(snap.startsAt)) : d.startsAt;
  const endsAt = snapText(snap.endsAt) ? new Date(String(snap.endsAt)) : d.endsAt;
  await upsertEventDetails(tx, itemId, {
    kind,
    mode,
    startsAt,
    endsAt: new Date(Math.max(endsAt.getTime(), startsAt.getTime())),
    timeZone: snapText(snap.timeZone) ?? d.timeZone,
    allDay: snap.allDay === 'yes',
    venue: snapText(snap.venue),
    city: snapText(snap.city),
    country: snapText(snap.country),
    onlineUrl: snapText(snap.onlineUrl),
    registrationUrl: snapText(snap.registrationUrl),
    websiteUrl: snapText(snap.websiteUrl),
  });
  // A form opened before the restore is now stale.
  await touchEventItem(tx, itemId, originalLocale);
}
