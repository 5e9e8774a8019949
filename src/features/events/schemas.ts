import { z } from 'zod';
import { CONTROL_CHARS, optionalText, text } from '../../core/http/validate.ts';
import { LOCALES, type Locale, type MessageKey } from '../../core/i18n/index.ts';
import { normaliseUrl } from '../library/editorial/identifiers.ts';
import { isCountryCode } from '../taxonomy/countries.ts';
import { ATTENDANCE_MODES, type AttendanceMode, EVENT_KINDS, type EventKind } from './tables.ts';
import { isTimeZone, nextDay, parseClock, parseDay, zonedInstant } from './time.ts';

export const TITLE_MAX = 300;
export const SUMMARY_MAX = 5000;
export const BODY_MAX = 50_000;
export const PLACE_MAX = 200;

const oneLine = (max: number, min = 0) =>
  z
    .string()
    .transform((s) => s.replace(/\s+/g, ' '))
    .pipe(text({ min, max }));
const multiline = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/\r\n?/g, '\n'))
    .pipe(text({ min: 1, max, multiline: true }));
const optionalMultiline = (max: number) =>
  z
    .string()
    .optional()
    .transform((s) => s?.replace(/\r\n?/g, '\n'))
    .pipe(optionalText(max));
const optionalLine = (max: number) =>
  z
    .string()
    .optional()
    .transform((s) => s?.replace(/\s+/g, ' '))
    .pipe(optionalText(max));

const toArray = (v: unknown) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]);

/** A multiple choice whose values must all parse; one refused value fails the field. */
function list<T>(max: number, parse: (s: string) => T | null) {
  return z.preprocess(
    toArray,
    z
      .array(z.string())
      .max(max)
      .transform((items, ctx) => {
        const out: T[] = [];
        for (const item of items) {
          const value = parse(item.trim());
          if (value === null) {
            ctx.addIssue({ code: 'custom', message: 'ui.validation.choice' });
            return z.NEVER;
          }
          if (!out.includes(value)) out.push(value);
        }
        return out;
      }),
  );
}

const termId = (s: string) => (/^\d{1,9}$/.test(s) && Number(s) > 0 ? Number(s) : null);
const uuid = (s: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s) ? s.toLowerCase() : null;

/** An optional web address: empty is absent; anything else must be http(s). */
const url = z
  .string()
  .optional()
  .transform((s, ctx) => {
    const v = s?.trim();
    if (!v) return undefined;
    const out = v.length <= 2000 && !CONTROL_CHARS.test(v) ? normaliseUrl(v) : null;
    if (out === null) {
      ctx.addIssue({ code: 'custom', message: 'ui.validation.url' });
      return z.NEVER;
    }
    return out;
  });

const trimmed = z
  .string()
  .optional()
  .transform((s) => s?.trim() ?? '');

const fields = {
  title: oneLine(TITLE_MAX, 1),
  summary: multiline(SUMMARY_MAX),
  body: optionalMultiline(BODY_MAX),
  originalLocale: z.enum(LOCALES),
  kind: z.enum(EVENT_KINDS),
  mode: z.enum(ATTENDANCE_MODES),
  startDate: trimmed,
  startTime: trimmed,
  endDate: trimmed,
  endTime: trimmed,
  timeZone: trimmed,
  allDay: z.preprocess((v) => v === '1' || v === 'on' || v === 'true', z.boolean()),
  venue: optionalLine(PLACE_MAX),
  city: optionalLine(PLACE_MAX),
  country: z
    .string()
    .optional()
    .transform((s) => s?.trim().toUpperCase() || undefined)
    .refine((s) => s === undefined || isCountryCode(s), { message: 'ui.validation.choice' }),
  onlineUrl: url,
  registrationUrl: url,
  websiteUrl: url,
  organisations: list(20, uuid),
  topics: list(50, termId),
  programmeAreas: list(50, termId),
};

/** Title and summary in each interface language besides the original (editors only). */
const translationFields = Object.fromEntries(
  LOCALES.flatMap((l) => [
    [`title_${l}`, optionalLine(TITLE_MAX)],
    [`summary_${l}`, optionalMultiline(SUMMARY_MAX)],
  ]),
) as Record<`${'title' | 'summary'}_${Locale}`, ReturnType<typeof optionalMultiline>>;

/**
 * The times checked together: real days, real clock times, a known zone, an end after the start,
 * and a place for events that happen somewhere. Each problem names its field.
 */
function checkWhenWhere(value: unknown, ctx: z.core.$RefinementCtx) {
  // Runs even when other fields failed (so every problem shows at once): read defensively.
  const raw = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const str = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string) : '');
  const v = {
    startDate: str('startDate'),
    startTime: str('startTime'),
    endDate: str('endDate'),
    endTime: str('endTime'),
    timeZone: str('timeZone'),
    allDay: raw.allDay === true,
  };
  const issue = (path: string, message: MessageKey) =>
    ctx.addIssue({ code: 'custom', path: [path], message, input: undefined });
  const required = (path: string, value: string) => {
    if (!value) issue(path, 'ui.validation.required');
    return !!value;
  };
  let ok = true;
  for (const field of ['startDate', 'endDate'] as const) {
    if (!required(field, v[field])) ok = false;
    else if (!parseDay(v[field])) {
      issue(field, 'events.error.date');
      ok = false;
    }
  }
  if (!v.allDay)
    for (const field of ['startTime', 'endTime'] as const) {
      if (!required(field, v[field])) ok = false;
      else if (!parseClock(v[field])) {
        issue(field, 'events.error.time');
        ok = false;
      }
    }
  if (!required('timeZone', v.timeZone)) ok = false;
  else if (!isTimeZone(v.timeZone)) {
    issue('timeZone', 'events.error.timeZone');
    ok = false;
  }
  const mode = ATTENDANCE_MODES.find((m) => m === raw.mode);
  if (mode && mode !== 'online' && !str('country')) issue('country', 'events.error.countryRequired');
  if (!ok) return;
  const { startsAt, endsAt } = instantsOf(v);
  if (v.allDay ? v.endDate < v.startDate : endsAt.getTime() <= startsAt.getTime())
    issue('endDate', 'events.error.endBeforeStart');
}

/** Every problem at once, not only those of the first failing field. */
const always = { when: () => true };

/** Stored instants: an all-day event runs from local midnight of its first day to the midnight after its last. */
function instantsOf(v: {
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timeZone: string;
  allDay: boolean;
}) {
  if (v.allDay)
    return {
      startsAt: zonedInstant(v.startDate, '00:00', v.timeZone),
      endsAt: zonedInstant(nextDay(v.endDate), '00:00', v.timeZone),
    };
  return {
    startsAt: zonedInstant(v.startDate, v.startTime, v.timeZone),
    endsAt: zonedInstant(v.endDate, v.endTime, v.timeZone),
  };
}

export const submitSchema = z.strictObject(fields).superRefine(checkWhenWhere, always);
export const editorSchema = z
  .strictObject({ ...fields, ...translationFields })
  .superRefine(checkWhenWhere, always);
/** The member's revision of their own submission, at the version its form was opened at. */
export const reviseSchema = z
  .strictObject({ ...fields, version: z.coerce.number().int().min(0).max(2_147_483_647).optional() })
  .superRefine(checkWhenWhere, always);
/** The editor's form of an existing event carries the version it was opened at (optimistic locking). */
export const editorSaveSchema = z
  .strictObject({
    ...fields,
    ...translationFields,
    version: z.coerce.number().int().min(0).max(2_147_483_647).optional(),
  })
  .superRefine(checkWhenWhere, always);

export interface EventTranslation {
  locale: string;
  title: string;
  summary?: string;
  body?: string;
}

/** An event as the use cases take it, whoever filled the form. */
export interface EventInput {
  original: EventTranslation;
  translations: EventTranslation[];
  kind: EventKind;
  mode: AttendanceMode;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  allDay: boolean;
  venue?: string;
  city?: string;
  country?: string;
  onlineUrl?: string;
  registrationUrl?: string;
  websiteUrl?: string;
  organisationIds: string[];
  termIds: number[];
}

type Parsed = z.output<typeof submitSchema> & Partial<Record<`${'title' | 'summary'}_${Locale}`, string>>;

/** The parsed form as an EventInput; blank translations and the original's own language are dropped. */
export function toEventInput(p: Parsed): EventInput {
  const translations: EventTranslation[] = [];
  for (const l of LOCALES) {
    if (l === p.originalLocale) continue;
    const title = p[`title_${l}`];
    const summary = p[`summary_${l}`];
    if (title) translations.push({ locale: l, title, summary });
  }
  return {
    original: { locale: p.originalLocale, title: p.title, summary: p.summary, body: p.body },
    translations,
    kind: p.kind,
    mode: p.mode,
    ...instantsOf(p),
    timeZone: p.timeZone,
    allDay: p.allDay,
    venue: p.mode === 'online' ? undefined : p.venue,
    city: p.mode === 'online' ? undefined : p.city,
    country: p.mode === 'online' ? undefined : p.country,
    onlineUrl: p.mode === 'in_person' ? undefined : p.onlineUrl,
    registrationUrl: p.registrationUrl,
    websiteUrl: p.websiteUrl,
    organisationIds: p.organisations,
    termIds: [...new Set([...p.topics, ...p.programmeAreas])],
  };
}
