import type { DbOrTx } from '../../../core/db/client.ts';
import type { HealthState } from '../tables.ts';
import { type MetricsRow, metricsRows } from './repository.ts';

export const WINDOWS = [7, 30, 90] as const;
export type Window = (typeof WINDOWS)[number];
export type Trend = 'up' | 'flat' | 'down';

/** How lively one community is at a given moment (`now`: the controllable clock). */
export interface CommunityMetrics {
  id: string;
  slug: string;
  name: string;
  visibility: 'public' | 'private' | 'hidden';
  status: 'active' | 'archived';
  createdAt: Date;
  archivedAt: Date | null;
  /** The state the daily check stored, when it last ran, and the last nudge. */
  storedHealth: HealthState;
  healthCheckedAt: Date | null;
  nudgedAt: Date | null;
  /** The last thread or reply (null: none yet). */
  lastPostAt: Date | null;
  /** The last thread, reply or join, or the creation when nothing happened since. */
  lastActivityAt: Date;
  threads: Record<Window, number>;
  replies: Record<Window, number>;
  /** Distinct members who started a thread or replied in the window. */
  activeMembers: Record<Window, number>;
  members: number;
  /** Discussions without a reply, older than two days (announcements and locked threads aside). */
  unanswered: number;
  /** The titles of the newest three of them. */
  unansweredTitles: string[];
  /** Active members who joined but never posted. */
  silentMembers: number;
  /** Threads and replies over the last 30 days against the 30 before. */
  trend: { last30: number; previous30: number; direction: Trend };
}

/** Below this many posts in both periods, a change says nothing. */
const TREND_NOISE = 2;

/** Up or down when the last 30 days differ from the 30 before by a fifth or more. */
export function trendOf(last30: number, previous30: number): Trend {
  if (Math.max(last30, previous30) < TREND_NOISE) return 'flat';
  if (last30 >= previous30 * 1.2) return 'up';
  if (last30 <= previous30 * 0.8) return 'down';
  return 'flat';
}

const date = (v: Date | string | null): Date | null => (v == null ? null : new Date(v));
const num = (v: number | string | null) => Number(v ?? 0);

function toMetrics(r: MetricsRow): CommunityMetrics {
  const lastPostAt = date(r.last_post_at);
  const createdAt = date(r.created_at)!;
  const lastJoinAt = date(r.last_join_at);
  const lastActivityAt = new Date(
    Math.max(createdAt.getTime(), lastPostAt?.getTime() ?? 0, lastJoinAt?.getTime() ?? 0),
  );
  const last30 = num(r.threads_30) + num(r.replies_30);
  const previous30 = num(r.previous_30);
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    visibility: r.visibility,
    status: r.status,
    createdAt,
    archivedAt: date(r.archived_at),
    storedHealth: r.health,
    healthCheckedAt: date(r.health_checked_at),
    nudgedAt: date(r.nudged_at),
    lastPostAt,
    lastActivityAt,
    threads: { 7: num(r.threads_7), 30: num(r.threads_30), 90: num(r.threads_90) },
    replies: { 7: num(r.replies_7), 30: num(r.replies_30), 90: num(r.replies_90) },
    activeMembers: { 7: num(r.active_7), 30: num(r.active_30), 90: num(r.active_90) },
    members: num(r.members),
    unanswered: num(r.unanswered),
    unansweredTitles: r.unanswered_titles ?? [],
    silentMembers: num(r.silent_members),
    trend: { last30, previous30, direction: trendOf(last30, previous30) },
  };
}

/**
 * Every community's metrics as they stood at `now`: rows dated after it are ignored, so the
 * same data gives the same answer for any clock. `ids` narrows to some communities.
 */
export async function communityMetrics(
  db: DbOrTx,
  now: Date,
  opts: { ids?: string[]; status?: 'active' | 'archived' } = {},
): Promise<CommunityMetrics[]> {
  return (await metricsRows(db, now, opts)).map(toMetrics);
}
