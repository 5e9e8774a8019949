import { AppError, ValidationError } from '../../core/errors.ts';
import type { AccountDeps } from './deps.ts';
import { authErrorCode } from './auth-http.ts';
import { passwordProblem } from './password.ts';
import { resetTokenOwner } from './repository.ts';

/** Sends a reset link when the address has an account; says nothing either way. */
export async function requestPasswordReset({ auth }: AccountDeps, email: string): Promise<void> {
  await auth.api.requestPasswordReset({ body: { email } });
}

export const invalidResetToken = () => new AppError('invalid_token', 400, 'accounts.reset.invalid.body');

export async function isResetTokenValid({ db }: AccountDeps, token: string): Promise<boolean> {
  return (await resetTokenOwner(db, token)) !== null;
}

/** Sets a new password from a reset link; better-auth then revokes every session of the member. */
export async function resetPassword(
  { db, auth }: AccountDeps,
  input: { token: string; password: string },
): Promise<void> {
  const owner = await resetTokenOwner(db, input.token);
  if (!owner) throw invalidResetToken();
  const problem = passwordProblem(input.password, owner);
  if (problem) throw new ValidationError([{ field: 'password', code: 'weak_password', messageKey: problem }]);
  try {
    await auth.api.resetPassword({ body: { token: input.token, newPassword: input.password } });
  } catch (err) {
    if (authErrorCode(err) === 'INVALID_TOKEN' || authErrorCode(err) === 'USER_NOT_FOUND')
      throw invalidResetToken();
    throw err;
  }
}
