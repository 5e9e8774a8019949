import type { DbOrTx } from '../../../core/db/client.ts';
import { type FieldError, ValidationError } from '../../../core/errors.ts';
import { organisationsByIds } from '../../organisations/read.ts';
import { termOptions } from '../../taxonomy/index.tsx';
import { isLicence } from '../../content/licences.ts';
import { type PublicationInput, TERM_FIELDS, type TermField } from './schemas.ts';

/**
 * The checks a form schema cannot make alone: the date against the year, translations that
 * are complete, the licence, and ids that must name existing terms of the right vocabulary
 * and existing organisations. Throws one ValidationError naming every field at fault.
 */
export async function checkPublication(
  db: DbOrTx,
  input: PublicationInput,
  opts: { currentLicence?: string | null } = {},
): Promise<void> {
  const errors: FieldError[] = [];
  const invalid = (field: string, messageKey: FieldError['messageKey'] = 'ui.validation.choice') =>
    errors.push({ field, code: 'invalid', messageKey });

  if (input.issuedOn && Number(input.issuedOn.slice(0, 4)) !== input.year)
    invalid('issuedOn', 'libraryEditorial.error.dateYear');

  for (const t of input.translations) {
    if (t.locale === input.original.locale)
      invalid(`title_${t.locale}`, 'libraryEditorial.error.translationIsOriginal');
    else if (!t.title) invalid(`title_${t.locale}`, 'libraryEditorial.error.translationTitle');
    else if (!t.summary)
      errors.push({ field: `summary_${t.locale}`, code: 'required', messageKey: 'ui.validation.required' });
  }

  if (input.licence && !isLicence(input.licence) && input.licence !== opts.currentLicence) invalid('licence');

  const vocabularies: [TermField, string, number[]][] = [
    ['documentType', 'document-type', [input.documentType]],
    ...Object.entries(TERM_FIELDS).map(
      ([field, vocabulary]) =>
        [field as TermField, vocabulary, input[field as keyof typeof TERM_FIELDS]] as [
          TermField,
          string,
          number[],
        ],
    ),
  ];
  for (const [field, vocabulary, ids] of vocabularies) {
    if (ids.length === 0) continue;
    const active = new Set((await termOptions(db, vocabulary, 'en')).map((o) => o.id));
    if (ids.some((id) => !active.has(id))) invalid(field);
  }

  const organisations = new Set((await organisationsByIds(db, input.organisationIds)).map((o) => o.id));
  if (input.organisationIds.some((id) => !organisations.has(id))) invalid('organisations');

  if (errors.length) throw new ValidationError(errors);
}
