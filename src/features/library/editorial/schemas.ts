import { z } from 'zod';
import { CONTROL_CHARS, optionalText, text } from '../../../core/http/validate.ts';
import { LOCALES, type Locale, type MessageKey } from '../../../core/i18n/index.ts';
import { isCountryCode } from '../../taxonomy/countries.ts';
import { normaliseDoi, normaliseIsbn, normaliseUrl } from './identifiers.ts';
import { isLanguageCode } from '../../../core/i18n/languages.ts';

export const TITLE_MAX = 300;
export const SUMMARY_MAX = 5000;
export const BODY_MAX = 50_000;
export const AUTHORS_MAX = 50;
export const AUTHOR_MAX = 200;
export const YEAR_MIN = 1900;
export const PAGE_COUNT_MAX = 100_000;

/** Classification fields and the vocabulary each draws its terms from. */
export const TERM_FIELDS = {
  programmeAreas: 'programme-area',
  topics: 'topic',
  populationGroups: 'population-group',
} as const;
export type TermField = keyof typeof TERM_FIELDS | 'documentType';

export const PROVENANCES = ['human', 'machine'] as const;
export type Provenance = 'original' | (typeof PROVENANCES)[number];

/** Whitespace (line breaks included) collapsed: a title is one line. */
const oneLine = (max: number, min = 0) =>
  z
    .string()
    .transform((s) => s.replace(/\s+/g, ' '))
    .pipe(text({ min, max }));

/** Line endings made uniform, then trimmed, length-capped and free of control characters. */
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

const toArray = (v: unknown) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]);

/**
 * A checkbox group or multi-select whose values `parse` turns into domain values (null =
 * refused). Any refused value fails the whole field, named by the field, not by the position.
 */
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

/** An optional identifier: empty is absent; anything else must normalise. */
function identifier(normalise: (s: string) => string | null, message: MessageKey, max = 2000) {
  return z
    .string()
    .optional()
    .transform((s, ctx) => {
      const v = s?.trim();
      if (!v) return undefined;
      const out = v.length <= max && !CONTROL_CHARS.test(v) ? normalise(v) : null;
      if (out === null) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return out;
    });
}

/** Personal authors, one per line, in order. */
const authors = z
  .string()
  .optional()
  .transform((s, ctx) => {
    const lines = (s ?? '')
      .split(/\r\n?|\n/)
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    const problem: MessageKey | null =
      lines.length > AUTHORS_MAX
        ? 'libraryEditorial.error.tooManyAuthors'
        : lines.some((l) => l.length > AUTHOR_MAX)
          ? 'libraryEditorial.error.authorTooLong'
          : lines.some((l) => CONTROL_CHARS.test(l))
            ? 'ui.validation.controlChars'
            : null;
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return [...new Set(lines)];
  });

const year = z
  .string()
  .trim()
  .min(1)
  .refine((s) => /^\d{4}$/.test(s), { message: 'libraryEditorial.error.year' })
  .transform(Number)
  .pipe(
    z
      .number()
      .min(YEAR_MIN)
      .refine((y) => y <= new Date().getUTCFullYear() + 1, { message: 'libraryEditorial.error.yearFuture' }),
  );

const issuedOn = z
  .string()
  .optional()
  .transform((s, ctx) => {
    const v = s?.trim();
    if (!v) return undefined;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    if (!date || date.toISOString().slice(0, 10) !== v) {
      ctx.addIssue({ code: 'custom', message: 'libraryEditorial.error.date' });
      return z.NEVER;
    }
    return v;
  });

const requiredTermId = z
  .string()
  .trim()
  .min(1)
  .refine((s) => termId(s) !== null, { message: 'ui.validation.choice' })
  .transform(Number);

const languageCode = z
  .string()
  .trim()
  .min(1)
  .transform((s) => s.toLowerCase())
  .refine(isLanguageCode, { message: 'ui.validation.choice' });

/** The fields every publication form has: the original text, the description and the classification. */
const fields = {
  title: oneLine(TITLE_MAX, 1),
  summary: multiline(SUMMARY_MAX),
  body: optionalMultiline(BODY_MAX),
  originalLocale: languageCode,
  authors,
  organisations: list(50, uuid),
  year,
  issuedOn,
  documentType: requiredTermId,
  programmeAreas: list(50, termId),
  topics: list(50, termId),
  populationGroups: list(50, termId),
  countries: list(250, (s) => (isCountryCode(s.toUpperCase()) ? s.toUpperCase() : null)),
  languages: list(20, (s) => (isLanguageCode(s.toLowerCase()) ? s.toLowerCase() : null)),
  doi: identifier(normaliseDoi, 'libraryEditorial.error.doi', 300),
  isbn: identifier(normaliseIsbn, 'libraryEditorial.error.isbn', 30),
  url: identifier(normaliseUrl, 'ui.validation.url'),
  /** Checked against the list (and the item's current value) by checkPublication. */
  licence: optionalText(100),
};

/** Title, summary, body and provenance of each interface language, as the editor's form names them. */
const translationFields = Object.fromEntries(
  LOCALES.flatMap((l) => [
    [
      `title_${l}`,
      z
        .string()
        .optional()
        .transform((s) => s?.replace(/\s+/g, ' '))
        .pipe(optionalText(TITLE_MAX)),
    ],
    [`summary_${l}`, optionalMultiline(SUMMARY_MAX)],
    [`body_${l}`, optionalMultiline(BODY_MAX)],
    [
      `provenance_${l}`,
      z
        .string()
        .optional()
        .transform((s) => s?.trim() || 'human')
        .pipe(z.enum(PROVENANCES)),
    ],
  ]),
) as Record<`${'title' | 'summary' | 'body'}_${Locale}`, ReturnType<typeof optionalMultiline>> &
  Record<`provenance_${Locale}`, z.ZodType<(typeof PROVENANCES)[number], string | undefined>>;

const pageCount = z
  .string()
  .optional()
  .transform((s) => s?.trim() || undefined)
  .pipe(
    z
      .string()
      .regex(/^\d{1,6}$/)
      .transform(Number)
      .pipe(z.number().int().min(1).max(PAGE_COUNT_MAX))
      .optional(),
  );

export const submitSchema = z.strictObject(fields);
export const editorSchema = z.strictObject({ ...fields, pageCount, ...translationFields });

export interface TranslationInput {
  locale: string;
  title: string;
  summary?: string;
  body?: string;
  provenance: Provenance;
}

/** A publication as the use cases take it, whoever filled the form. */
export interface PublicationInput {
  original: TranslationInput;
  /** Other language versions (the editor's form); checkPublication refuses one in the original's language. */
  translations: TranslationInput[];
  authors: string[];
  organisationIds: string[];
  year: number;
  issuedOn?: string;
  documentType: number;
  programmeAreas: number[];
  topics: number[];
  populationGroups: number[];
  countries: string[];
  languages: string[];
  doi?: string;
  isbn?: string;
  url?: string;
  licence?: string;
  pageCount?: number;
}

type Parsed = z.output<typeof submitSchema> & Partial<z.output<typeof editorSchema>>;

/** The parsed form as a PublicationInput; blank translations are dropped. */
export function toPublicationInput(p: Parsed): PublicationInput {
  const translations: TranslationInput[] = [];
  // A version in the original's own language is kept here so that checkPublication can refuse it.
  for (const l of LOCALES) {
    const title = p[`title_${l}`];
    const summary = p[`summary_${l}`];
    const body = p[`body_${l}`];
    if (title === undefined && summary === undefined && body === undefined) continue;
    translations.push({
      locale: l,
      title: title ?? '',
      summary,
      body,
      provenance: p[`provenance_${l}`] ?? 'human',
    });
  }
  return {
    original: {
      locale: p.originalLocale,
      title: p.title,
      summary: p.summary,
      body: p.body,
      provenance: 'original',
    },
    translations,
    authors: p.authors,
    organisationIds: p.organisations,
    year: p.year,
    issuedOn: p.issuedOn,
    documentType: p.documentType,
    programmeAreas: p.programmeAreas,
    topics: p.topics,
    populationGroups: p.populationGroups,
    countries: p.countries,
    languages: p.languages,
    doi: p.doi,
    isbn: p.isbn,
    url: p.url,
    licence: p.licence,
    pageCount: p.pageCount,
  };
}
