import { ValidationError } from '../../core/errors.ts';
import type { DbOrTx } from '../../core/db/client.ts';
import { validInterestIds } from './repository.ts';

/** The chosen interests, de-duplicated; any id that is not an active interest term refuses the form. */
export async function checkInterests(db: DbOrTx, ids: number[]): Promise<number[]> {
  const unique = [...new Set(ids)];
  const valid = await validInterestIds(db, unique);
  if (unique.some((id) => !valid.has(id)))
    throw new ValidationError([
      { field: 'interests', code: 'invalid_choice', messageKey: 'ui.validation.choice' },
    ]);
  return unique;
}
