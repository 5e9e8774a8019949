import { z } from 'zod';
import { optionalText, text } from '../../core/http/validate.ts';
import type { MessageKey } from '../../core/i18n/index.ts';
import { isLanguageCode } from '../../core/i18n/languages.ts';
import { isCountryCode } from '../taxonomy/countries.ts';

export const TITLE_MAX = 300;
export const SUMMARY_MAX = 1000;
/** Markdown source of the body. */
export const BODY_MAX = 50_000;
export const ALT_MAX = 300;

/** Classification fields and the vocabulary each draws its terms from. */
export const TERM_FIELDS = { topics: 'topic', programmeAreas: 'programme-area' } as const;
export type TermField = keyof typeof TERM_FIELDS;

/** Whitespace (line breaks included) collapsed: a title is one line. */
const oneLine = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/\s+/g, ' '))
    .pipe(text({ min: 1, max }));

/** Line endings made uniform, then trimmed, length-capped and free of control characters. */
const multiline = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/\r\n?/g, '\n'))
    .pipe(text({ min: 1, max, multiline: true }));

const toArray = (v: unknown) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]);

/** A checkbox group or multi-select; any refused value fails the whole field, named by the field. */
function list<T>(max: number, parse: (s: string) => T | null, message: MessageKey = 'ui.validation.choice') {
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
            ctx.addIssue({ code: 'custom', message });
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

const languageCode = z
  .string()
  .trim()
  .min(1)
  .transform((s) => s.toLowerCase())
  .refine(isLanguageCode, { message: 'ui.validation.choice' });

/** The fields of the member's and the editor's form: the original text and the classification. */
export const articleSchema = z.strictObject({
  title: oneLine(TITLE_MAX),
  summary: multiline(SUMMARY_MAX),
  body: multiline(BODY_MAX),
  originalLocale: languageCode,
  topics: list(50, termId),
  programmeAreas: list(50, termId),
  countries: list(250, (s) => (isCountryCode(s.toUpperCase()) ? s.toUpperCase() : null)),
  organisations: list(50, uuid),
  /** Checked against the list of licences by checkArticle. */
  licence: optionalText(100),
});

/** The version a form was opened at (optimistic locking). */
export const versionField = z.coerce.number().int().min(0).max(2_147_483_647).optional();

export const imageFields = z.strictObject({
  alt: z
    .string()
    .optional()
    .transform((s) => (s ?? '').replace(/\s+/g, ' '))
    .pipe(text({ min: 1, max: ALT_MAX })),
});

export interface ArticleInput {
  original: { locale: string; title: string; summary: string; body: string };
  topics: number[];
  programmeAreas: number[];
  countries: string[];
  organisationIds: string[];
  licence?: string;
}

export function toArticleInput(p: z.output<typeof articleSchema>): ArticleInput {
  return {
    original: { locale: p.originalLocale, title: p.title, summary: p.summary, body: p.body },
    topics: p.topics,
    programmeAreas: p.programmeAreas,
    countries: p.countries,
    organisationIds: p.organisations,
    licence: p.licence,
  };
}
