import type { DbOrTx } from '../../core/db/client.ts';
import type { Snapshot } from '../../core/workflow/registry.ts';
import { organisationsBySlugs } from '../organisations/read.ts';
import { termsBySlug } from '../taxonomy/read.ts';
import {
  eventForEdit,
  replaceClassification,
  replaceTranslations,
  touchEventItem,
  upsertEventDetails,
} from './repository.ts';
import { ATTENDANCE_MODES, EVENT_KINDS } from './tables.ts';

const list = (v: Snapshot[string] | undefined): string[] => (Array.isArray(v) ? v : []);
const textOf = (v: Snapshot[string] | undefined): string | null =>
  v === null || v === undefined || Array.isArray(v) ? null : String(v);

/** An event's editable fields as plain data: texts per language, when and where, classification. */
export async function eventSnapshot(tx: DbOrTx, itemId: string): Promise<Snapshot> {
  const e = await eventForEdit(tx, itemId);
  if (!e) return {};
  const snap: Snapshot = { originalLocale: e.item.originalLocale };
  for (const t of e.translations) {
    snap[`title.${t.locale}`] = t.title;
    snap[`summary.${t.locale}`] = t.summary;
    snap[`body.${t.locale}`] = t.body;
  }
  const d = e.details;
  Object.assign(snap, {
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
    terms: e.terms.map((t) => t.key),
    countries: e.countries,
    organisations: e.organisations.map((o) => o.slug),
  });
  return snap;
}

/** Writes a snapshot back (terms or organisations deleted since are skipped). */
export async function restoreEventSnapshot(tx: DbOrTx, itemId: string, snap: Snapshot): Promise<void> {
  const current = await eventForEdit(tx, itemId);
  if (!current) return;
  const locales = [
    ...new Set(Object.keys(snap).flatMap((k) => (k.startsWith('title.') ? [k.slice('title.'.length)] : []))),
  ];
  const original = textOf(snap.originalLocale) ?? current.item.originalLocale;
  await replaceTranslations(
    tx,
    itemId,
    locales.map((locale) => ({
      locale,
      title: textOf(snap[`title.${locale}`]) ?? '',
      summary: textOf(snap[`summary.${locale}`]) ?? undefined,
      body: textOf(snap[`body.${locale}`]) ?? undefined,
      provenance: locale === original ? ('original' as const) : ('human' as const),
    })),
    [...locales, ...current.translations.map((t) => t.locale)],
  );
  const termIds: number[] = [];
  const byVocabulary = new Map<string, string[]>();
  for (const key of list(snap.terms)) {
    const [vocabulary, slug] = key.split(':');
    if (vocabulary && slug) byVocabulary.set(vocabulary, [...(byVocabulary.get(vocabulary) ?? []), slug]);
  }
  for (const [vocabulary, slugs] of byVocabulary)
    for (const ref of (await termsBySlug(tx, vocabulary, slugs)).values()) termIds.push(ref.id);
  const organisations = await organisationsBySlugs(tx, list(snap.organisations));
  await replaceClassification(tx, itemId, {
    termIds,
    countries: list(snap.countries),
    organisationIds: organisations.map((o) => o.id),
  });
  const d = current.details;
  const kind = EVENT_KINDS.find((k) => k === snap.kind) ?? d.kind;
  const mode = ATTENDANCE_MODES.find((m) => m === snap.mode) ?? d.mode;
  const startsAt = textOf(snap.startsAt) ? new Date(String(snap.startsAt)) : d.startsAt;
  const endsAt = textOf(snap.endsAt) ? new Date(String(snap.endsAt)) : d.endsAt;
  await upsertEventDetails(tx, itemId, {
    kind,
    mode,
    startsAt,
    endsAt: new Date(Math.max(endsAt.getTime(), startsAt.getTime())),
    timeZone: textOf(snap.timeZone) ?? d.timeZone,
    allDay: snap.allDay === 'yes',
    venue: textOf(snap.venue),
    city: textOf(snap.city),
    country: textOf(snap.country),
    onlineUrl: textOf(snap.onlineUrl),
    registrationUrl: textOf(snap.registrationUrl),
    websiteUrl: textOf(snap.websiteUrl),
  });
  // A form opened before the restore is now stale.
  await touchEventItem(tx, itemId, original);
}
