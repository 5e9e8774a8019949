import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Signed double-submit token (OWASP): a random value in an HttpOnly cookie, and in every
 * form an HMAC of it under the server secret. A cross-site page can neither read the
 * cookie nor compute the HMAC.
 */
export function newCsrfSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function csrfTokenFor(cookieValue: string, secret: string): string {
  return createHmac('sha256', secret).update(cookieValue).digest('base64url');
}

export function verifyCsrf(cookieValue: string | undefined, token: unknown, secret: string): boolean {
  if (!cookieValue || typeof token !== 'string' || token.length === 0) return false;
  const expected = Buffer.from(csrfTokenFor(cookieValue, secret));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
