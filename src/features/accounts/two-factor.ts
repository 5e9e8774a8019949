import type { AccountDeps } from './deps.ts';
import { authErrorCode } from './auth-http.ts';
import { wrongCurrentPassword } from './change-password.ts';
import { ValidationError } from '../../core/errors.ts';
import { deleteSessionsCreatedBefore } from './repository.ts';

/** The base32 secret inside an otpauth:// URI, for people who type it into their app. */
export function secretOf(uri: string): string {
  try {
    return new URL(uri).searchParams.get('secret') ?? '';
  } catch {
    return '';
  }
}

/**
 * First step of switching on two-step verification: better-auth stores a new secret (not yet
 * active) and gives back its otpauth URI. Starting again replaces an unfinished set-up.
 */
export async function startTwoFactor(
  { auth }: AccountDeps,
  password: string,
  headers: Headers,
): Promise<{ uri: string; secret: string }> {
  try {
    const result = await auth.api.enableTwoFactor({ body: { password }, headers });
    const uri = String((result as { totpURI?: string }).totpURI ?? '');
    return { uri, secret: secretOf(uri) };
  } catch (err) {
    if (authErrorCode(err) === 'INVALID_PASSWORD') throw wrongCurrentPassword('password');
    throw err;
  }
}

/**
 * Second step: a code from the app proves it holds the secret. better-auth then switches
 * 2FA on and rotates the session. The backup codes are read once here, to show once.
 */
export async function confirmTwoFactor(
  { auth, db }: AccountDeps,
  userId: string,
  code: string,
  headers: Headers,
): Promise<{ headers: Headers; backupCodes: string[] }> {
  try {
    const before = new Date();
    const result = await auth.api.verifyTOTP({ body: { code }, headers, returnHeaders: true });
    // Sessions opened with the password alone must not outlive the switch to 2FA (they could
    // reach staff screens): keep only the one better-auth has just rotated in.
    await deleteSessionsCreatedBefore(db, userId, before);
    const codes = await auth.api.viewBackupCodes({ body: { userId } });
    return { headers: result.headers, backupCodes: codes.backupCodes };
  } catch (err) {
    const failure = authErrorCode(err);
    if (failure === 'INVALID_CODE' || failure === 'TOTP_NOT_ENABLED')
      throw new ValidationError([
        {
          field: 'code',
          code: 'invalid_code',
          messageKey:
            failure === 'INVALID_CODE' ? 'accounts.twoFactor.invalidCode' : 'accounts.twoFactor.notStarted',
        },
      ]);
    throw err;
  }
}

/** Switches 2FA off after checking the password; better-auth rotates the session. */
export async function disableTwoFactor(
  { auth }: AccountDeps,
  password: string,
  headers: Headers,
): Promise<Headers> {
  try {
    const result = await auth.api.disableTwoFactor({ body: { password }, headers, returnHeaders: true });
    return result.headers;
  } catch (err) {
    if (authErrorCode(err) === 'INVALID_PASSWORD') throw wrongCurrentPassword('password');
    throw err;
  }
}
