import type { Config } from '../../../config.ts';
import type { HealthState } from '../tables.ts';

/** When a community counts as slowing or dormant (from the COMMUNITY_* settings). */
export interface HealthThresholds {
  /** No new thread or reply for this many days: slowing. */
  slowingDays: number;
  /** Fewer members than this posted over the last 30 days: slowing. */
  minActiveMembers: number;
  /** No new thread or reply for this many days: dormant. */
  dormantDays: number;
}

export const thresholdsFrom = (config: Config): HealthThresholds => ({
  slowingDays: config.COMMUNITY_SLOWING_DAYS,
  minActiveMembers: config.COMMUNITY_MIN_ACTIVE_MEMBERS,
  dormantDays: config.COMMUNITY_DORMANT_DAYS,
});

/** What the state depends on: a subset of CommunityMetrics, so tests can give just this. */
export interface HealthInput {
  createdAt: Date;
  /** The last thread or reply; null when there was none. */
  lastPostAt: Date | null;
  activeMembers: { 30: number };
}

const DAY = 86_400_000;

/**
 * healthy / slowing / dormant at `now`. Quiet time runs from the last thread or reply, or from
 * the creation when there was none (a new community is not dormant on its first day). The
 * active-members rule waits until the community is `slowingDays` old, so it has had time to
 * gather people.
 */
export function evaluate(m: HealthInput, t: HealthThresholds, now: Date): HealthState {
  const since = Math.max(m.createdAt.getTime(), m.lastPostAt?.getTime() ?? 0);
  const quietDays = (now.getTime() - since) / DAY;
  if (quietDays >= t.dormantDays) return 'dormant';
  if (quietDays >= t.slowingDays) return 'slowing';
  const ageDays = (now.getTime() - m.createdAt.getTime()) / DAY;
  if (ageDays >= t.slowingDays && m.activeMembers[30] < t.minActiveMembers) return 'slowing';
  return 'healthy';
}

/** The order of the overview: those needing attention first. */
export const HEALTH_RANK: Record<HealthState, number> = { dormant: 0, slowing: 1, healthy: 2 };
