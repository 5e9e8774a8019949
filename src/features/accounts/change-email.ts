import { ValidationError } from '../../core/errors.ts';
import type { AccountDeps } from './deps.ts';
import { authErrorCode } from './auth-http.ts';
import { wrongCurrentPassword } from './change-password.ts';

/**
 * Starts an e-mail change. better-auth mails a confirmation link to the current address; once
 * followed (on our /verify-email page), a verification link goes to the new address, and only
 * following that one changes the address. A new address that already has an account gets the
 * same answer and no e-mail, so the form cannot be used to probe for accounts.
 */
export async function requestEmailChange(
  { auth }: AccountDeps,
  input: { newEmail: string; currentPassword: string },
  current: { email: string },
  headers: Headers,
): Promise<void> {
  if (input.newEmail === current.email.toLowerCase())
    throw new ValidationError([{ field: 'newEmail', code: 'same_email', messageKey: 'accounts.email.same' }]);
  try {
    await auth.api.verifyPassword({ body: { password: input.currentPassword }, headers });
  } catch (err) {
    if (authErrorCode(err) === 'INVALID_PASSWORD') throw wrongCurrentPassword();
    throw err;
  }
  await auth.api.changeEmail({ body: { newEmail: input.newEmail }, headers });
}
