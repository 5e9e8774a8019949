import { z } from 'zod';
import { optionalText, text } from '../../../core/http/validate.ts';
import { normaliseUrl } from '../../library/editorial/identifiers.ts';
import { isCountryCode } from '../../taxonomy/countries.ts';
import { ORGANISATION_TYPES } from '../tables.ts';

const DESCRIPTION_MAX = 4000;

/** A description in one language: optional, line endings made uniform, length-capped. */
const description = () =>
  z
    .string()
    .optional()
    .transform((s) => s?.replace(/\r\n?/g, '\n'))
    .pipe(optionalText(DESCRIPTION_MAX));

/** What an organisation's managers edit on its page: website and descriptions. */
export const pageFields = {
  website: z
    .string()
    .optional()
    .transform((s) => (s?.trim() ? s.trim() : undefined))
    .refine((s) => s === undefined || normaliseUrl(s) !== null, { message: 'ui.validation.url' })
    .transform((s) => (s ? (normaliseUrl(s) ?? undefined) : undefined)),
  description_en: description(),
  description_fr: description(),
  description_es: description(),
  description_pt: description(),
};

/** The managers' form on the organisation's own page. */
export const organisationPageSchema = z.strictObject(pageFields);
export type OrganisationPageForm = z.output<typeof organisationPageSchema>;

/** The organisation form: every field named as the form names it. */
export const organisationSchema = z.strictObject({
  name: text({ min: 2, max: 200 }),
  acronym: optionalText(40),
  type: z.enum(ORGANISATION_TYPES),
  country: z
    .string()
    .optional()
    .transform((s) => (s ? s.toUpperCase() : undefined))
    .refine((s) => s === undefined || isCountryCode(s), { message: 'ui.validation.choice' }),
  ...pageFields,
});

export type OrganisationForm = z.output<typeof organisationSchema>;
