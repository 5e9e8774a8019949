import { z } from 'zod';
import type { FieldError } from '../errors.ts';
import { ValidationError } from '../errors.ts';
import type { MessageKey } from '../i18n/index.ts';

/** Fields that are plumbing, not data: never reported as unknown. */
const PLUMBING = new Set(['_csrf']);

/**
 * Parses a form or JSON body with a Zod schema and turns every problem into a translated
 * field error. Custom refinements put a message key in `message`.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const body =
    input && typeof input === 'object' && !Array.isArray(input)
      ? Object.fromEntries(Object.entries(input).filter(([k]) => !PLUMBING.has(k)))
      : input;
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  throw new ValidationError(toFieldErrors(result.error));
}

export function toFieldErrors(error: z.ZodError): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          field: key,
          code: 'unknown_field',
          messageKey: 'ui.validation.unknownField',
          values: { field: key },
        });
      }
      continue;
    }
    // An item of a list (a checkbox group) is reported on the list's field, which the form has.
    const field =
      issue.path
        .filter((p) => typeof p !== 'number')
        .map(String)
        .join('.') || undefined;
    if (out.some((e) => e.field === field)) continue;
    out.push({ field, ...describeIssue(issue) });
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): {
  code: string;
  messageKey: MessageKey;
  values?: Record<string, number>;
} {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1)
        return { code: 'required', messageKey: 'ui.validation.required' };
      if (issue.origin === 'array' && Number(issue.minimum) <= 1)
        return { code: 'required', messageKey: 'ui.validation.chooseOne' };
      return issue.origin === 'string'
        ? { code: 'too_short', messageKey: 'ui.validation.tooShort', values: { min: Number(issue.minimum) } }
        : { code: 'too_small', messageKey: 'ui.validation.tooSmall', values: { min: Number(issue.minimum) } };
    case 'too_big':
      return issue.origin === 'string'
        ? { code: 'too_long', messageKey: 'ui.validation.tooLong', values: { max: Number(issue.maximum) } }
        : { code: 'too_big', messageKey: 'ui.validation.tooBig', values: { max: Number(issue.maximum) } };
    case 'invalid_format':
      if (issue.format === 'email') return { code: 'invalid_email', messageKey: 'ui.validation.email' };
      if (issue.format === 'url') return { code: 'invalid_url', messageKey: 'ui.validation.url' };
      return { code: 'invalid_format', messageKey: 'ui.validation.invalid' };
    case 'invalid_value':
      return { code: 'invalid_choice', messageKey: 'ui.validation.choice' };
    case 'invalid_type':
      return issue.input === undefined
        ? { code: 'required', messageKey: 'ui.validation.required' }
        : { code: 'invalid_type', messageKey: 'ui.validation.invalid' };
    case 'custom':
      return { code: 'invalid', messageKey: (issue.message as MessageKey) || 'ui.validation.invalid' };
    default:
      return { code: 'invalid', messageKey: 'ui.validation.invalid' };
  }
}

/** A text field: trimmed, control characters refused, length-capped. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
export const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Trimmed text with no control characters; `min: 1` makes it required. */
export function text(opts: { min?: number; max: number; multiline?: boolean }) {
  const base = z
    .string()
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(opts.min ?? 0)
        .max(opts.max)
        .refine((s) => !CONTROL_CHARS.test(opts.multiline ? s.replace(/[\r\n\t]/g, '') : s), {
          message: 'ui.validation.controlChars',
        }),
    );
  return base;
}

/** An optional text field: empty becomes undefined. */
export function optionalText(max: number) {
  return z
    .string()
    .optional()
    .transform((s) => (s?.trim() ? s.trim() : undefined))
    .pipe(
      z
        .string()
        .max(max)
        .refine((s) => !CONTROL_CHARS.test(s), { message: 'ui.validation.controlChars' })
        .optional(),
    );
}

/** A checkbox group or multi-select: one value or many, always an array. */
export function many<T extends z.ZodType>(item: T, max = 50) {
  return z.preprocess(
    (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(item).max(max),
  );
}
