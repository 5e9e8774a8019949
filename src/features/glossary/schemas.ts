import { z } from 'zod';
import { type FieldError, ValidationError } from '../../core/errors.ts';
import { CONTROL_CHARS } from '../../core/http/validate.ts';
import { LOCALES, type Locale } from '../../core/i18n/index.ts';

export const LABEL_MAX = 200;
export const SYNONYM_MAX = 200;
export const SYNONYMS_MAX = 30;
export const DEFINITION_MAX = 2000;
export const SOURCE_MAX = 300;
export const SLUG_MAX = 80;
export const QUERY_MAX = 200;

/** Lower-case words joined by single hyphens: "conditional-cash-transfer". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One language of a concept, as saveConcept writes it. */
export interface ConceptEntryInput {
  locale: Locale;
  label: string;
  synonyms: string[];
  definition: string;
  source: string | null;
}

export interface ConceptInput {
  slug: string;
  entries: ConceptEntryInput[];
}

const noControl = (s: string) => !CONTROL_CHARS.test(s);

/** A one-line text field: trimmed, empty allowed, control characters refused. */
const line = (max: number) =>
  z
    .string()
    .optional()
    .transform((s) => s?.trim() ?? '')
    .pipe(z.string().max(max).refine(noControl, { message: 'ui.validation.controlChars' }));

/** A paragraph: line breaks kept (normalised), other control characters refused. */
const paragraph = (max: number) =>
  z
    .string()
    .optional()
    .transform((s) => (s ?? '').replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .max(max)
        .refine((s) => noControl(s.replace(/[\n\t]/g, '')), { message: 'ui.validation.controlChars' }),
    );

/** Synonyms typed one per line: blank lines dropped, duplicates (ignoring case) removed. */
const synonymLines = z
  .string()
  .optional()
  .transform((s) => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const raw of (s ?? '').split(/\r\n?|\n/)) {
      const value = raw.trim().replace(/\s+/g, ' ');
      const key = value.toLocaleLowerCase();
      if (value && !seen.has(key)) {
        seen.add(key);
        out.push(value);
      }
    }
    return out;
  })
  .pipe(
    z
      .array(z.string())
      .refine((list) => list.length <= SYNONYMS_MAX, { message: 'glossary.error.tooManySynonyms' })
      .refine((list) => list.every((s) => s.length <= SYNONYM_MAX), {
        message: 'glossary.error.synonymTooLong',
      })
      .refine((list) => list.every(noControl), { message: 'ui.validation.controlChars' }),
  );

const localeFields = Object.fromEntries(
  LOCALES.flatMap((l) => [
    [`label_${l}`, line(LABEL_MAX)],
    [`synonyms_${l}`, synonymLines],
    [`definition_${l}`, paragraph(DEFINITION_MAX)],
    [`source_${l}`, line(SOURCE_MAX)],
  ]),
) as Record<`${'label' | 'definition' | 'source'}_${Locale}`, ReturnType<typeof line>> &
  Record<`synonyms_${Locale}`, typeof synonymLines>;

/** The concept form of the admin: slug, then label, synonyms, definition and source per language. */
export const conceptFormSchema = z.strictObject({
  slug: line(SLUG_MAX).refine((s) => s === '' || SLUG_PATTERN.test(s), {
    message: 'glossary.error.slugFormat',
  }),
  ...localeFields,
});
export type ConceptForm = z.output<typeof conceptFormSchema>;

/**
 * The languages of a form as entries, checking the rules that span fields: a language with
 * anything filled in needs its label and definition; at least one language must be complete.
 * All problems are reported at once.
 */
export function entriesFromForm(form: ConceptForm): ConceptEntryInput[] {
  const errors: FieldError[] = [];
  const entries: ConceptEntryInput[] = [];
  for (const locale of LOCALES) {
    const label = form[`label_${locale}`];
    const definition = form[`definition_${locale}`];
    const synonyms = form[`synonyms_${locale}`].filter(
      (s) => s.toLocaleLowerCase() !== label.toLocaleLowerCase(),
    );
    const source = form[`source_${locale}`];
    if (!label && !definition && synonyms.length === 0 && !source) continue;
    if (!label)
      errors.push({ field: `label_${locale}`, code: 'required', messageKey: 'glossary.error.labelNeeded' });
    if (!definition)
      errors.push({
        field: `definition_${locale}`,
        code: 'required',
        messageKey: 'glossary.error.definitionNeeded',
      });
    if (label && definition) entries.push({ locale, label, synonyms, definition, source: source || null });
  }
  if (errors.length) throw new ValidationError(errors);
  if (entries.length === 0)
    throw new ValidationError([
      { field: 'label_en', code: 'required', messageKey: 'glossary.error.oneLanguage' },
    ]);
  return entries;
}

/** A slug from a label: accents dropped, lower case, words joined by hyphens, cut at a word. */
export function slugify(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > SLUG_MAX - 4) break;
    slug = next;
  }
  return slug || 'concept';
}

/** A glossary search typed by a reader: control characters and extra spaces dropped, capped. */
export function cleanQuery(q: unknown): string {
  if (typeof q !== 'string') return '';
  return q
    .replace(new RegExp(CONTROL_CHARS.source, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, QUERY_MAX);
}

/** A letter of the A–Z index, or undefined. "#" gathers labels that start with anything else. */
export function cleanLetter(letter: unknown): string | undefined {
  if (typeof letter !== 'string') return undefined;
  const up = letter.trim().toUpperCase();
  return /^[A-Z#]$/.test(up) ? up : undefined;
}

/** A page number from the query string; anything else is page 1. */
export function cleanPage(page: unknown): number {
  const n = typeof page === 'string' && /^\d{1,5}$/.test(page) ? Number(page) : 1;
  return Math.max(n, 1);
}

export const slugParams = z.object({
  locale: z.string(),
  slug: z.string().regex(SLUG_PATTERN).max(SLUG_MAX),
});
export const idParams = z.object({
  locale: z.string(),
  id: z.coerce.number().int().min(1).max(2_147_483_647),
});
export const emptySchema = z.strictObject({});
