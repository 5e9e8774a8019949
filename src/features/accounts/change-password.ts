import { ValidationError } from '../../core/errors.ts';
import type { AccountDeps } from './deps.ts';
import { authErrorCode } from './auth-http.ts';

export const wrongCurrentPassword = (field = 'currentPassword') =>
  new ValidationError([{ field, code: 'wrong_password', messageKey: 'accounts.password.currentWrong' }]);

/**
 * Changes the password after checking the current one, and revokes every other session (a
 * thief signed in elsewhere is thrown out); this browser gets a new session cookie.
 */
export async function changePassword(
  { auth }: AccountDeps,
  input: { currentPassword: string; newPassword: string },
  headers: Headers,
): Promise<Headers> {
  try {
    const result = await auth.api.changePassword({
      body: {
        currentPassword: input.currentPassword,
        newPassword: input.newPassword,
        revokeOtherSessions: true,
      },
      headers,
      returnHeaders: true,
    });
    return result.headers;
  } catch (err) {
    if (authErrorCode(err) === 'INVALID_PASSWORD') throw wrongCurrentPassword();
    throw err;
  }
}
