/**
 * Characters XML 1.0 does not allow (most C0 controls, lone surrogates, U+FFFE/U+FFFF).
 * A title pasted from a PDF can hold them; one would make a whole feed, sitemap or OAI-PMH
 * response unreadable, so every text bound for XML goes through `xmlText` first.
 */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text with the characters XML 1.0 forbids removed (escaping is the XML builder's job). */
export function xmlText(value: string): string {
  return value.replace(FORBIDDEN, '');
}
