import { randomBytes } from 'node:crypto';
import type { Locale } from '../core/i18n/index.ts';
import {
  EMPLOYERS,
  MEMBER_COUNTRIES,
  MEMBER_ROTA,
  POSITIONS,
  SECTOR_WEIGHTS,
  type Sector,
} from './data/members.ts';
import { ORGANISATIONS } from './data/organisations.ts';
import type { Random } from './random.ts';
import { slugify } from './random.ts';

const DAY = 86_400_000;

export interface MemberSeed {
  id: string;
  name: string;
  email: string;
  handle: string;
  country: string;
  organisationName: string;
  position: string;
  sector: Sector;
  locale: Locale;
  timeZone: string;
  createdAt: Date;
  /** Interest terms as [vocabulary, slug]. */
  interests: { vocabularyId: string; slug: string }[];
}

const INTEREST_CHOICES = [
  ...[
    'shock-responsive',
    'climate',
    'gender',
    'financing',
    'digital-delivery',
    'targeting',
    'universal-sp-floors',
    'informality',
    'child-sensitive',
    'food-security',
    'health',
    'monitoring-evaluation',
    'coverage-extension',
    'sp-systems',
  ].map((slug) => ({ vocabularyId: 'topic', slug })),
  ...[
    'cash-transfers',
    'conditional-cash-transfers',
    'social-pensions',
    'public-works',
    'school-feeding',
    'health-insurance',
    'productive-inclusion',
    'active-labour-market',
  ].map((slug) => ({ vocabularyId: 'programme-area', slug })),
];

function employer(rng: Random, sector: Sector, ministry: string): string {
  if (sector === 'government' && ministry) return ministry;
  const choice = rng.pick(EMPLOYERS[sector === 'government' ? 'international' : sector]);
  const org = ORGANISATIONS.find((o) => o.key === choice);
  return org ? (org.acronym ? `${org.name} (${org.acronym})` : org.name) : choice;
}

/** The demo members, one per country of the rota, with distinct names, e-mails and handles. */
export function buildMembers(rng: Random, newest: number): MemberSeed[] {
  const names = new Set<string>();
  return MEMBER_ROTA.map((iso2) => {
    const c = MEMBER_COUNTRIES[iso2]!;
    let name = '';
    for (let tries = 0; tries < 50 && (!name || names.has(name)); tries++)
      name = `${rng.pick(c.given)} ${rng.pick(c.family)}`;
    names.add(name);
    const sector: Sector = c.ministry ? rng.weighted(SECTOR_WEIGHTS) : 'international';
    const local = slugify(name).replace(/-/g, '.');
    return {
      id: rng.id(),
      name,
      email: `${local}@example.org`,
      handle: slugify(name),
      country: iso2,
      organisationName: employer(rng, sector, c.ministry),
      position: rng.pick(POSITIONS[sector][c.locale]),
      sector,
      locale: c.locale,
      timeZone: c.timeZone,
      createdAt: new Date(newest - rng.int(0, 1100) * DAY),
      interests: rng.sample(INTEREST_CHOICES, rng.int(2, 5)),
    };
  });
}

/** A value in the password column that no password can ever match (it is not an argon2 hash). */
export const unusablePassword = () => `!unusable!${randomBytes(24).toString('base64url')}`;
