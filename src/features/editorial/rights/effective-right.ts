import type { DbOrTx } from '../../../core/db/client.ts';
import {
  confirmedOrganisations,
  explicitRight,
  type OrganisationStanding,
  type PostingLevel,
} from './repository.ts';

export interface EffectiveRight {
  level: PostingLevel;
  /** Where it comes from: set on the member, inherited from an organisation, or the default. */
  source: 'member' | 'organisation' | 'default';
  organisation?: string;
}

/**
 * A member's posting right: what editors set on the member wins; else what the member's
 * confirmed organisations pass on — blocked if one is blocked, else trusted if one is trusted
 * or a verified partner (unless set to unverified); else unverified.
 */
export function resolveRight(
  own: PostingLevel | null,
  organisations: OrganisationStanding[],
): EffectiveRight {
  if (own) return { level: own, source: 'member' };
  const blocked = organisations.find((o) => o.level === 'blocked');
  if (blocked) return { level: 'blocked', source: 'organisation', organisation: blocked.name };
  const trusted = organisations.find((o) => o.level === 'trusted' || (o.level === null && o.verified));
  if (trusted) return { level: 'trusted', source: 'organisation', organisation: trusted.name };
  return { level: 'unverified', source: 'default' };
}

export async function effectiveRight(db: DbOrTx, userId: string): Promise<EffectiveRight> {
  const [own, organisations] = await Promise.all([
    explicitRight(db, 'user', userId),
    confirmedOrganisations(db, userId),
  ]);
  return resolveRight(own, organisations);
}
