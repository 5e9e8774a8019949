import { z } from 'zod';
import { AppError, ValidationError } from '../../core/errors.ts';
import { optionalText, text } from '../../core/http/validate.ts';
import { LOCALES, type Locale, type MessageKey } from '../../core/i18n/index.ts';

export const LABEL_MAX = 200;
export const DESCRIPTION_MAX = 1000;
export const SLUG_MAX = 80;

/** Lower-case words joined by single hyphens: "cash-transfers". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// A refinement (not .regex) so the error carries its own message key.
const slug = text({ min: 1, max: SLUG_MAX }).refine((s) => SLUG_PATTERN.test(s), {
  message: 'taxonomy.error.slugFormat',
});

/** A term id from a select. */
const id = z.number().int().min(1).max(2_147_483_647);
const toNumber = (s: string | undefined) => (s === undefined ? undefined : Number(s));

/** An optional term id: empty means "none" (the top level). */
const optionalId = z
  .string()
  .optional()
  .transform((s) => toNumber(s?.trim() || undefined))
  .pipe(id.optional());

const requiredId = z
  .string()
  .trim()
  .min(1)
  .transform((s) => Number(s))
  .pipe(id);

const optionalDescription = z
  .string()
  .optional()
  .transform((s) => s?.replace(/\r\n/g, '\n'))
  .pipe(optionalText(DESCRIPTION_MAX));

/** label_en is required (it is every reader's fallback); the other languages are optional. */
const labelFields = {
  label_en: text({ min: 1, max: LABEL_MAX }),
  label_fr: optionalText(LABEL_MAX),
  label_es: optionalText(LABEL_MAX),
  label_pt: optionalText(LABEL_MAX),
};

const descriptionFields = {
  description_en: optionalDescription,
  description_fr: optionalDescription,
  description_es: optionalDescription,
  description_pt: optionalDescription,
};

export const addTermSchema = z.strictObject({
  slug,
  parentId: optionalId,
  ...labelFields,
});
export type AddTermInput = z.output<typeof addTermSchema>;

export const renameTermSchema = z.strictObject({
  ...labelFields,
  ...descriptionFields,
});
export type RenameTermInput = z.output<typeof renameTermSchema>;

export const moveTermSchema = z.strictObject({
  parentId: optionalId,
  position: z
    .string()
    .trim()
    .min(1)
    .transform((s) => Number(s))
    .pipe(z.number().int().min(0).max(10_000)),
});
export type MoveTermInput = z.output<typeof moveTermSchema>;

export const mergeTermSchema = z.strictObject({ targetId: requiredId });

/** Forms that carry nothing but their CSRF token. */
export const emptySchema = z.strictObject({});

export const vocabularyParams = z.object({
  locale: z.string(),
  vocabulary: z.string().regex(/^[a-z0-9-]{1,64}$/),
});

export const termParams = vocabularyParams.extend({
  id: z.coerce.number().int().min(1).max(2_147_483_647),
});

/** The labels of a form, as rows to save and locales to clear. */
export function labelsFrom(input: Partial<Record<`label_${Locale}` | `description_${Locale}`, string>>) {
  const set: { locale: Locale; label: string; description: string | null }[] = [];
  const remove: Locale[] = [];
  for (const locale of LOCALES) {
    const label = input[`label_${locale}`];
    if (label) set.push({ locale, label, description: input[`description_${locale}`] ?? null });
    else remove.push(locale);
  }
  return { set, remove };
}

/** A rule broken by one field: the form comes back with the message next to it. */
export function fieldError(field: string | undefined, code: string, messageKey: MessageKey): ValidationError {
  return new ValidationError([{ field, code, messageKey }]);
}

/** A state that forbids the change (e.g. retiring a term that still has active children). */
export function conflict(code: string, messageKey: MessageKey): AppError {
  return new AppError(code, 409, messageKey);
}
