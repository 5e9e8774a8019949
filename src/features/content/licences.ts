import type { MessageKey, Translate } from '../../core/i18n/index.ts';

/**
 * The licences content can carry (every item shows its licence), stored as these codes and
 * shown translated. One table for pickers, pages, JSON-LD and, later, the API and OAI-PMH.
 */
export const LICENCES = [
  'cc-by-4.0',
  'cc-by-nc-4.0',
  'cc-by-sa-4.0',
  'cc-by-nc-sa-4.0',
  'cc-by-nc-nd-4.0',
  'cc-by-3.0-igo',
  'cc0',
  'public-domain',
  'all-rights-reserved',
  'other',
] as const;
export type Licence = (typeof LICENCES)[number];

export function isLicence(value: string): value is Licence {
  return (LICENCES as readonly string[]).includes(value);
}

/** Names that older data (imports, the demo seed) stored as text, and the code each stands for. */
const BY_NAME: Record<string, Licence> = {
  'cc by 4.0': 'cc-by-4.0',
  'cc by-nc 4.0': 'cc-by-nc-4.0',
  'cc by-sa 4.0': 'cc-by-sa-4.0',
  'cc by-nc-sa 4.0': 'cc-by-nc-sa-4.0',
  'cc by 3.0 igo': 'cc-by-3.0-igo',
  'cc by-nc-nd 4.0': 'cc-by-nc-nd-4.0',
  cc0: 'cc0',
  'cc0 1.0': 'cc0',
  'public domain': 'public-domain',
  'all rights reserved': 'all-rights-reserved',
};

/** The code of a stored licence (a code, or a known name); undefined for anything else. */
export function licenceCode(stored: string | null | undefined): Licence | undefined {
  if (!stored) return undefined;
  return isLicence(stored) ? stored : BY_NAME[stored.trim().toLowerCase()];
}

export const licenceKey = (code: Licence) => `content.licence.${code}` as MessageKey;

/** A stored licence for people: translated when it is one of ours, as stored otherwise. */
export function licenceLabel(t: Translate, stored: string): string {
  const code = licenceCode(stored);
  return code ? t(licenceKey(code)) : stored;
}

const DEEDS: Partial<Record<Licence, string>> = {
  'cc-by-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'cc-by-nc-4.0': 'https://creativecommons.org/licenses/by-nc/4.0/',
  'cc-by-sa-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'cc-by-nc-sa-4.0': 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
  'cc-by-3.0-igo': 'https://creativecommons.org/licenses/by/3.0/igo/',
  'cc-by-nc-nd-4.0': 'https://creativecommons.org/licenses/by-nc-nd/4.0/',
  cc0: 'https://creativecommons.org/publicdomain/zero/1.0/',
  'public-domain': 'https://creativecommons.org/publicdomain/mark/1.0/',
};

/** The licence's deed (schema.org's `license` prefers a URL), or null for ours without one and for other text. */
export function licenceDeedUrl(stored: string): string | null {
  if (/^https?:\/\/\S+$/i.test(stored)) return stored;
  const code = licenceCode(stored);
  return (code && DEEDS[code]) ?? null;
}

/** The licence as machine-readable outputs give it: the deed's URL when there is one, else the stored text. */
export function licenceForMachines(stored: string | null | undefined): string | undefined {
  return stored ? (licenceDeedUrl(stored) ?? stored) : undefined;
}
