import { AppError, type FieldError, ValidationError } from '../errors.ts';

/**
 * The errors a form shows for a refused submission: each field's for invalid input, or the
 * use case's one error (naming its field when it has one).
 */
export function formErrors(err: AppError): FieldError[] {
  return err instanceof ValidationError
    ? err.errors
    : [{ field: err.field, code: err.code, messageKey: err.messageKey, values: err.values }];
}

/** Whether a refusal belongs on the form (bad input, a field at fault) rather than a page of its own. */
export function isFormRefusal(err: unknown): err is AppError {
  return err instanceof ValidationError || (err instanceof AppError && err.field !== undefined);
}
