import type { DbOrTx } from '../../core/db/client.ts';
import { type FieldError, ValidationError } from '../../core/errors.ts';
import { organisationsByIds } from '../organisations/read.ts';
import { resolveTermIds } from '../taxonomy/read.ts';
import type { EventInput } from './schemas.ts';

/** What only the database can tell: the organisers and terms chosen exist. */
export async function checkEvent(db: DbOrTx, input: EventInput): Promise<void> {
  const errors: FieldError[] = [];
  if (input.organisationIds.length) {
    const found = await organisationsByIds(db, input.organisationIds);
    if (found.length !== input.organisationIds.length)
      errors.push({ field: 'organisations', code: 'invalid_choice', messageKey: 'ui.validation.choice' });
  }
  if (input.termIds.length) {
    const found = await resolveTermIds(db, input.termIds);
    if (found.length !== input.termIds.length)
      errors.push({ field: 'topics', code: 'invalid_choice', messageKey: 'ui.validation.choice' });
  }
  if (errors.length) throw new ValidationError(errors);
}
