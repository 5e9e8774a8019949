import type { DbOrTx } from '../../../core/db/client.ts';
import { explicitRight, inheritedRight, type PostingLevel } from './repository.ts';

export interface EffectiveRight {
  level: PostingLevel;
  /** Where it comes from: set on the member, inherited from an organisation, or the default. */
  source: 'member' | 'organisation' | 'default';
  organisation?: string;
}

/**
 * A member's posting right: what editors set on the member wins; else what a confirmed
 * organisation passes on (blocked, or trusted for a verified partner); else unverified.
 */
export async function effectiveRight(db: DbOrTx, userId: string): Promise<EffectiveRight> {
  const own = await explicitRight(db, 'user', userId);
  if (own) return { level: own, source: 'member' };
  const inherited = await inheritedRight(db, userId);
  if (inherited)
    return { level: inherited.level, source: 'organisation', organisation: inherited.organisation };
  return { level: 'unverified', source: 'default' };
}
