import type { MessageKey, MessageValues } from './i18n/index.ts';

export interface FieldError {
  field?: string;
  code: string;
  messageKey: MessageKey;
  values?: MessageValues;
}

/** What use cases throw: a code for machines, a message key for people, the field at fault. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly messageKey: MessageKey,
    readonly field?: string,
    readonly values?: MessageValues,
  ) {
    super(code);
  }
}

/** Several field errors at once, so a form shows them all. */
export class ValidationError extends AppError {
  constructor(readonly errors: FieldError[]) {
    const first = errors[0];
    super(
      'validation_failed',
      400,
      first?.messageKey ?? 'ui.validation.invalid',
      first?.field,
      first?.values,
    );
  }
}

export const notFound = () => new AppError('not_found', 404, 'ui.error.notFound.title');
