import { z } from 'zod';
import { many, text } from '../../core/http/validate.ts';
import { DIRECTORY_VISIBILITIES, PROFILE_FIELDS } from './tables.ts';

/** Languages members say they work in (ISO 639-1): the platform's four and those of its regions. */
export const WORK_LANGUAGES = [
  'en',
  'fr',
  'es',
  'pt',
  'ar',
  'ru',
  'zh',
  'sw',
  'hi',
  'bn',
  'ur',
  'id',
  'ms',
  'vi',
  'th',
  'km',
  'ne',
  'fa',
  'tr',
  'am',
  'ha',
  'yo',
  'zu',
  'tl',
  'uk',
  'ky',
  'uz',
  'kk',
] as const;

/** The longest bio, in characters. */
export const BIO_MAX = 2000;

export const publicProfileSchema = z
  .object({
    bio: text({ max: BIO_MAX, multiline: true }),
    languages: many(z.enum(WORK_LANGUAGES), WORK_LANGUAGES.length),
    expertise: many(z.coerce.number().int().positive(), 30),
    directoryVisibility: z.enum(DIRECTORY_VISIBILITIES),
    shown: many(z.enum(PROFILE_FIELDS), PROFILE_FIELDS.length),
  })
  .strict();
export type PublicProfileInput = z.output<typeof publicProfileSchema>;

export const directoryQuery = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  region: z.coerce.number().int().positive().optional().catch(undefined),
  sector: z.string().max(30).optional().catch(undefined),
  expertise: z.coerce.number().int().positive().optional().catch(undefined),
  language: z.enum(WORK_LANGUAGES).optional().catch(undefined),
  organisation: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type DirectoryQuery = z.output<typeof directoryQuery>;
