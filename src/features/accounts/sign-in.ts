import type { Auth } from './auth.ts';
import { authErrorCode } from './auth-http.ts';

export type SignInOutcome =
  /** Signed in: a new session, its cookie in `headers`. */
  | { kind: 'signed-in'; headers: Headers }
  /** Password right, second factor needed: a short-lived challenge cookie in `headers`. */
  | { kind: 'two-factor'; headers: Headers }
  /** Password right, e-mail not confirmed yet (only said after a correct password). */
  | { kind: 'unverified' }
  /** Unknown e-mail or wrong password: one answer for both, so accounts cannot be probed. */
  | { kind: 'invalid' };

/** E-mail and password sign-in. better-auth always creates a fresh session (rotation at login). */
export async function signIn(
  auth: Auth,
  input: { email: string; password: string },
  headers: Headers,
): Promise<SignInOutcome> {
  try {
    const result = await auth.api.signInEmail({
      body: { email: input.email, password: input.password, rememberMe: true },
      headers,
      returnHeaders: true,
    });
    const body = result.response as { twoFactorRedirect?: boolean };
    return { kind: body.twoFactorRedirect ? 'two-factor' : 'signed-in', headers: result.headers };
  } catch (err) {
    const code = authErrorCode(err);
    if (code === 'EMAIL_NOT_VERIFIED') return { kind: 'unverified' };
    if (code === 'INVALID_EMAIL_OR_PASSWORD' || code === 'INVALID_EMAIL' || code === 'PASSWORD_TOO_LONG')
      return { kind: 'invalid' };
    throw err;
  }
}

export type SecondFactorOutcome =
  | { kind: 'signed-in'; headers: Headers }
  | { kind: 'invalid' }
  /** The challenge expired or was used up: start again from the password. */
  | { kind: 'restart'; headers?: Headers }
  /** Too many wrong codes on this account: locked for a while. */
  | { kind: 'locked' };

/** The second step: an authenticator code or a one-time backup code, against the challenge cookie. */
export async function verifySecondFactor(
  auth: Auth,
  input: { method: 'totp' | 'backup'; code: string },
  headers: Headers,
): Promise<SecondFactorOutcome> {
  try {
    const result =
      input.method === 'totp'
        ? await auth.api.verifyTOTP({ body: { code: input.code }, headers, returnHeaders: true })
        : await auth.api.verifyBackupCode({ body: { code: input.code }, headers, returnHeaders: true });
    return { kind: 'signed-in', headers: result.headers };
  } catch (err) {
    const code = authErrorCode(err);
    if (code === 'INVALID_CODE' || code === 'INVALID_BACKUP_CODE') return { kind: 'invalid' };
    if (code === 'ACCOUNT_TEMPORARILY_LOCKED') return { kind: 'locked' };
    if (
      code === 'INVALID_TWO_FACTOR_COOKIE' ||
      code === 'TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE' ||
      code === 'TOTP_NOT_ENABLED'
    )
      return { kind: 'restart' };
    throw err;
  }
}

/** Ends the current session in the database and expires its cookie. */
export async function signOut(auth: Auth, headers: Headers): Promise<Headers> {
  const result = await auth.api.signOut({ headers, returnHeaders: true });
  return result.headers;
}
