import { LOCALE_NAMES, isLocale, type Translate } from '../../core/i18n/index.ts';
import type { Locale } from '../../core/i18n/index.ts';
import { countryName } from '../taxonomy/countries.ts';
import type { InterestGroup, UserRow } from './repository.ts';
import { SECTORS, type Sector } from './schemas.ts';
import type { AccountSummary } from './views/AccountPage.tsx';
import type { FormValues } from './views/controls.tsx';

const isSector = (s: string | null): s is Sector => !!s && (SECTORS as readonly string[]).includes(s);

/** The account page's view of a user row: names and labels in the reader's language. */
export function toAccountSummary(
  row: UserRow,
  interestIds: number[],
  groups: InterestGroup[],
  locale: Locale,
  t: Translate,
): AccountSummary {
  const chosen = new Set(interestIds);
  return {
    name: row.name,
    email: row.email,
    handle: row.handle,
    role: row.role,
    country: row.country ? countryName(row.country, locale) : null,
    organisation: row.organisationName,
    position: row.position,
    sector: isSector(row.sector) ? t(`accounts.sector.${row.sector}`) : null,
    interests: groups.flatMap((g) => g.terms.filter((term) => chosen.has(term.id)).map((term) => term.label)),
    language: isLocale(row.locale) ? LOCALE_NAMES[row.locale] : row.locale,
    timeZone: row.timeZone,
    twoFactorEnabled: row.twoFactorEnabled,
    memberSince: row.createdAt,
  };
}

/** The profile form filled from the stored row. */
export function toProfileValues(row: UserRow, interestIds: number[]): FormValues {
  return {
    name: row.name,
    country: row.country ?? '',
    organisation: row.organisationName ?? '',
    position: row.position ?? '',
    sector: row.sector ?? '',
    interests: interestIds.map(String),
    language: row.locale,
    timeZone: row.timeZone,
  };
}
