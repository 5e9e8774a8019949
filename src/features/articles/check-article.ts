import type { DbOrTx } from '../../core/db/client.ts';
import { type FieldError, ValidationError } from '../../core/errors.ts';
import { isLicence } from '../content/licences.ts';
import { organisationsByIds } from '../organisations/read.ts';
import { termOptions } from '../taxonomy/read.ts';
import { type ArticleInput, TERM_FIELDS, type TermField } from './schemas.ts';

/**
 * What the form schema cannot check alone: the licence, and ids that must name active terms of
 * the right vocabulary and existing organisations. One ValidationError names every field at fault.
 */
export async function checkArticle(
  db: DbOrTx,
  input: ArticleInput,
  opts: { currentLicence?: string | null } = {},
): Promise<void> {
  const errors: FieldError[] = [];
  const invalid = (field: string) =>
    errors.push({ field, code: 'invalid', messageKey: 'ui.validation.choice' });
  if (input.licence && !isLicence(input.licence) && input.licence !== opts.currentLicence) invalid('licence');
  for (const [field, vocabulary] of Object.entries(TERM_FIELDS) as [TermField, string][]) {
    const ids = input[field];
    if (ids.length === 0) continue;
    const active = new Set((await termOptions(db, vocabulary, 'en')).map((o) => o.id));
    if (ids.some((id) => !active.has(id))) invalid(field);
  }
  const found = new Set((await organisationsByIds(db, input.organisationIds)).map((o) => o.id));
  if (input.organisationIds.some((id) => !found.has(id))) invalid('organisations');
  if (errors.length) throw new ValidationError(errors);
}
