// Normalisers and checks for the identifiers a publication carries: DOI, ISBN, web address.

/** "https://doi.org/10.1234/ABC", "doi:10.1234/abc" → "10.1234/abc"; null when it is not a DOI. */
export function normaliseDoi(input: string): string | null {
  const s = input
    .trim()
    .replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '');
  // Directory indicator 10, a registrant code of 4–9 digits (with optional sub-codes), then a suffix.
  if (!/^10\.\d{4,9}(?:\.\d+)*\/\S+$/.test(s) || s.length > 200) return null;
  // DOIs are case-insensitive: one spelling makes equal DOIs equal strings.
  return s.toLowerCase();
}

/** "978-92-2-133963-2" → "9789221339632"; null when the checksum fails. An "x" check digit is kept upper-case. */
export function normaliseIsbn(input: string): string | null {
  const s = input
    .trim()
    .replace(/^isbn(?:-1[03])?:?\s*/i, '')
    .replace(/[\s-]/g, '')
    .toUpperCase();
  if (/^\d{9}[\dX]$/.test(s)) {
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += (s[i] === 'X' ? 10 : Number(s[i])) * (10 - i);
    return sum % 11 === 0 ? s : null;
  }
  if (/^97[89]\d{10}$/.test(s)) {
    let sum = 0;
    for (let i = 0; i < 13; i++) sum += Number(s[i]) * (i % 2 === 0 ? 1 : 3);
    return sum % 10 === 0 ? s : null;
  }
  return null;
}

/** An absolute http(s) address with a host, as the URL parser writes it; null otherwise. */
export function normaliseUrl(input: string): string | null {
  const s = input.trim();
  if (!/^https?:\/\//i.test(s)) return null;
  try {
    const url = new URL(s);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return null;
    if (url.username || url.password) return null;
    return url.href;
  } catch {
    return null;
  }
}
