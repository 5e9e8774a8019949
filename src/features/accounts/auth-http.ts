import { isAPIError } from 'better-auth/api';
import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The request's headers (cookies above all) in the shape better-auth's server API takes. */
export const authHeaders = (req: FastifyRequest): Headers => fromNodeHeaders(req.headers);

/** better-auth sets and expires its cookies on the Headers it returns; pass them on to the browser. */
export function forwardCookies(reply: FastifyReply, headers: Headers | null | undefined) {
  const cookies = headers?.getSetCookie() ?? [];
  if (cookies.length > 0) reply.header('set-cookie', cookies);
}

/** better-auth's error code ("INVALID_EMAIL_OR_PASSWORD" …), or null for any other error. */
export function authErrorCode(err: unknown): string | null {
  if (!isAPIError(err)) return null;
  const code = (err.body as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : String(err.status);
}

/**
 * What an e-mail verification token is for. better-auth's tokens are signed JWTs; reading the
 * payload without checking the signature is only used to choose wording (verifyEmail checks it).
 */
export function verificationPurpose(token: string): 'verify' | 'change-confirm' | 'change-verify' {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      requestType?: unknown;
    };
    if (payload.requestType === 'change-email-confirmation') return 'change-confirm';
    if (payload.requestType === 'change-email-verification') return 'change-verify';
  } catch {
    // Not a JWT: verifyEmail will refuse it.
  }
  return 'verify';
}
