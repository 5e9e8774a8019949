import type { Config } from '../../../config.ts';
import type { DbOrTx } from '../../../core/db/client.ts';
import type { HealthState } from '../tables.ts';
import { evaluate, HEALTH_RANK, thresholdsFrom } from './evaluate.ts';
import { type CommunityMetrics, communityMetrics } from './metrics.ts';

export interface OverviewRow extends CommunityMetrics {
  /** The state now (the daily check stores the same evaluation). */
  state: HealthState;
}

/**
 * Active communities first, dormant, then slowing, then healthy, the longest quiet first within
 * a state; archived communities last, the same way.
 */
export function orderByHealth(rows: OverviewRow[]): OverviewRow[] {
  return [...rows].sort(
    (a, b) =>
      Number(a.status === 'archived') - Number(b.status === 'archived') ||
      HEALTH_RANK[a.state] - HEALTH_RANK[b.state] ||
      a.lastActivityAt.getTime() - b.lastActivityAt.getTime() ||
      a.name.localeCompare(b.name),
  );
}

/** The admin overview: every community with its figures and state as of `now`. */
export async function healthOverview(
  db: DbOrTx,
  config: Config,
  now: Date,
  opts: { ids?: string[] } = {},
): Promise<OverviewRow[]> {
  const thresholds = thresholdsFrom(config);
  const rows = await communityMetrics(db, now, opts);
  return orderByHealth(rows.map((m) => ({ ...m, state: evaluate(m, thresholds, now) })));
}
