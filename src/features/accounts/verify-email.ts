import type { Auth } from './auth.ts';
import { authErrorCode, verificationPurpose } from './auth-http.ts';

export type VerifyOutcome =
  | { ok: true; outcome: 'verified' | 'change-confirmed' | 'changed'; headers: Headers }
  | { ok: false; expired: boolean };

/**
 * Follows a link from one of our e-mails: confirms a new member's address, or one of the two
 * steps of an e-mail change (confirmed from the old address, then verified at the new one).
 */
export async function verifyEmailToken(auth: Auth, token: string, headers: Headers): Promise<VerifyOutcome> {
  const purpose = verificationPurpose(token);
  try {
    const result = await auth.api.verifyEmail({ query: { token }, headers, returnHeaders: true });
    const outcome =
      purpose === 'change-confirm'
        ? 'change-confirmed'
        : purpose === 'change-verify'
          ? 'changed'
          : 'verified';
    return { ok: true, outcome, headers: result.headers };
  } catch (err) {
    const code = authErrorCode(err);
    if (code === null) throw err;
    return { ok: false, expired: code === 'TOKEN_EXPIRED' };
  }
}

/**
 * Sends a new verification link if the address belongs to an unconfirmed account. better-auth
 * answers alike, after the same minimum delay, whether or not it exists.
 */
export async function resendVerification(auth: Auth, email: string): Promise<void> {
  await auth.api.sendVerificationEmail({ body: { email } });
}
