import { z } from 'zod';
import { many, optionalText, text } from '../../core/http/validate.ts';
import { LOCALES } from '../../core/i18n/index.ts';
import { SECTORS } from '../accounts/schemas.ts';
import { isCountryCode } from '../taxonomy/countries.ts';
import type { RegionSlug } from '../taxonomy/data/countries.ts';
import { PLANNER_REGIONS } from './planner.ts';
import { isTimeZone, zonedToUtc } from './time.ts';

/** Languages a webinar is spoken or interpreted in (ISO 639-1). */
export const WEBINAR_LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar', 'ru', 'zh', 'sw', 'hi', 'id'] as const;

const url = optionalText(500).refine((s) => !s || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(s), {
  message: 'ui.validation.url',
});
const zone = z
  .string()
  .trim()
  .min(1)
  .refine((s) => isTimeZone(s), { message: 'webinars.error.timeZone' });

/** "Name | Position | Organisation", one person per line. */
const personLines = (max: number) =>
  optionalText(4000).transform((s) =>
    (s ?? '')
      .split(/\r?\n/)
      .map((line) => line.split('|').map((p) => p.trim()))
      .filter((parts) => parts[0])
      .slice(0, max)
      .map(([name, position, organisation]) => ({
        name: name!.slice(0, 200),
        position: position ? position.slice(0, 200) : null,
        organisation: organisation ? organisation.slice(0, 200) : null,
      })),
  );

const perLocale = Object.fromEntries(
  LOCALES.flatMap((l) => [
    [`title_${l}`, optionalText(300)],
    [`description_${l}`, optionalText(20_000)],
    [`summary_${l}`, optionalText(20_000)],
  ]),
) as Record<string, ReturnType<typeof optionalText>>;

/** The organiser's form: schedule, texts per language, people, languages, regions. */
export const webinarSchema = z
  .object({
    originalLocale: z.enum(LOCALES),
    ...perLocale,
    date: z.string().trim().min(1),
    time: z.string().trim().min(1),
    timeZone: zone,
    durationMinutes: z.coerce.number().int().min(15).max(480),
    capacity: z.preprocess(
      (v) => (v === '' || v === undefined ? null : v),
      z.coerce.number().int().min(1).max(100_000).nullable(),
    ),
    meetingUrl: url,
    recordingUrl: url,
    spokenLanguages: many(z.enum(WEBINAR_LANGUAGES), 10),
    interpretation: many(z.enum(WEBINAR_LANGUAGES), 10),
    targetRegions: many(z.enum(PLANNER_REGIONS as [RegionSlug, ...RegionSlug[]]), 7),
    organisationIds: many(z.uuid(), 20),
    speakers: personLines(20),
    moderator: personLines(1),
    publish: z.preprocess((v) => v === 'on' || v === '1' || v === 'true', z.boolean()),
    version: z.coerce.number().int().optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const original = (v as Record<string, unknown>)[`title_${v.originalLocale}`];
    if (!original)
      ctx.addIssue({
        code: 'custom',
        path: [`title_${v.originalLocale}`],
        message: 'webinars.error.titleOriginal',
      });
    if (!isTimeZone(v.timeZone)) return;
    const start = zonedToUtc(v.date, v.time, v.timeZone);
    if (start === 'invalid_date')
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'webinars.error.date' });
    else if (start === 'invalid_time')
      ctx.addIssue({ code: 'custom', path: ['time'], message: 'webinars.error.time' });
    else if (start === 'nonexistent_time')
      ctx.addIssue({ code: 'custom', path: ['time'], message: 'webinars.error.nonexistentTime' });
  })
  .transform((v) => {
    const record = v as unknown as Record<string, string | undefined>;
    return {
      originalLocale: v.originalLocale,
      translations: LOCALES.filter((l) => record[`title_${l}`]).map((l) => ({
        locale: l,
        title: record[`title_${l}`]!,
        summary: record[`summary_${l}`],
        body: record[`description_${l}`],
        provenance: (l === v.originalLocale ? 'original' : 'human') as 'original' | 'human',
      })),
      startsAt: zonedToUtc(v.date, v.time, v.timeZone) as Date,
      timeZone: v.timeZone,
      durationMinutes: v.durationMinutes,
      capacity: v.capacity,
      meetingUrl: v.meetingUrl ?? null,
      recordingUrl: v.recordingUrl ?? null,
      spokenLanguages: v.spokenLanguages,
      interpretation: v.interpretation,
      targetRegions: v.targetRegions,
      organisationIds: v.organisationIds,
      people: [
        ...v.moderator.map((p) => ({ ...p, role: 'moderator' as const })),
        ...v.speakers.map((p) => ({ ...p, role: 'speaker' as const })),
      ],
      publish: v.publish,
      version: v.version,
    };
  });

export type WebinarInput = z.output<typeof webinarSchema>;

/** A visitor's registration: name, e-mail, and what the organisers' statistics count. */
export const visitorSchema = z
  .object({
    name: text({ min: 1, max: 200 }),
    email: z
      .string()
      .trim()
      .max(254)
      .pipe(z.email())
      .transform((e) => e.toLowerCase()),
    timeZone: zone,
    country: optionalText(2).refine((c) => !c || isCountryCode(c), { message: 'ui.validation.choice' }),
    sector: z.preprocess((v) => (v === '' ? undefined : v), z.enum(SECTORS).optional()),
  })
  .strict();

export const cancelSchema = z.object({ message: optionalText(2000) }).strict();
