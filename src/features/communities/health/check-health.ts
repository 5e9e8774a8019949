import { audit } from '../../../core/audit/index.ts';
import { isLocale, translator } from '../../../core/i18n/index.ts';
import type { Services } from '../../../core/services.ts';
import { notify } from '../../notifications/notify.ts';
import type { HealthState } from '../tables.ts';
import { evaluate, thresholdsFrom } from './evaluate.ts';
import { type CommunityMetrics, communityMetrics } from './metrics.ts';
import { activeAdmins, claimNudge, setHealth } from './repository.ts';

export const HEALTH_JOB = 'communities.health';

export interface HealthCheckResult {
  checked: number;
  changed: number;
  nudged: number;
}

const DAY = 86_400_000;

/** The nudge's concrete suggestions, in the admin's language, one sentence a line. */
export function suggestions(m: CommunityMetrics, state: HealthState, locale: string, now: Date): string {
  const t = translator(isLocale(locale) ? locale : 'en');
  const lines: string[] = [];
  if (state === 'dormant') {
    const since = m.lastPostAt ?? m.createdAt;
    lines.push(
      t('communityHealth.nudge.dormant', { days: Math.floor((now.getTime() - since.getTime()) / DAY) }),
    );
  }
  if (m.unanswered > 0)
    lines.push(
      t('communityHealth.nudge.unanswered', {
        count: m.unanswered,
        titles: m.unansweredTitles.map((title) => `“${title}”`).join(', '),
      }),
    );
  if (m.silentMembers > 0) lines.push(t('communityHealth.nudge.silent', { count: m.silentMembers }));
  lines.push(t('communityHealth.nudge.start'));
  return lines.join('\n');
}

/**
 * The daily check (job `communities.health`): stores each active community's state as of `now`,
 * audits every change, and nudges the admins of a slowing (or newly dormant) community at most
 * once per COMMUNITY_NUDGE_PERIOD_DAYS. Safe to run twice: the second run changes nothing and
 * sends nothing. Archived communities are left alone.
 */
export async function checkCommunityHealth(
  services: Pick<Services, 'db' | 'config' | 'mailer' | 'logger'>,
  now: Date,
): Promise<HealthCheckResult> {
  const { db, config } = services;
  const thresholds = thresholdsFrom(config);
  const all = await communityMetrics(db, now, { status: 'active' });
  const result: HealthCheckResult = { checked: all.length, changed: 0, nudged: 0 };
  for (const m of all) {
    const state = evaluate(m, thresholds, now);
    const outcome = await db.transaction(async (tx) => {
      const previous = (await setHealth(tx, m.id, state, now)) ?? state;
      const changed = previous !== state;
      if (changed) {
        await audit(tx, {
          actor: null,
          action: 'community.health',
          subjectType: 'community',
          subjectId: m.id,
          summary: m.name,
          before: { health: previous },
          after: {
            health: state,
            lastPostAt: m.lastPostAt?.toISOString() ?? null,
            activeMembers30: m.activeMembers[30],
          },
        });
      }
      const wantsNudge = state === 'slowing' || (state === 'dormant' && previous !== 'dormant');
      if (!wantsNudge) return { changed, nudged: false };
      const admins = await activeAdmins(tx, m.id);
      if (admins.length === 0) return { changed, nudged: false };
      if (!(await claimNudge(tx, m.id, now, config.COMMUNITY_NUDGE_PERIOD_DAYS)))
        return { changed, nudged: false };
      for (const admin of admins) {
        await notify(tx, services, {
          userId: admin.userId,
          kind: 'community_nudge',
          communityId: m.id,
          payload: {
            title: m.name,
            path: `/communities/${m.slug}`,
            communityName: m.name,
            excerpt: suggestions(m, state, admin.locale, now),
          },
        });
      }
      return { changed, nudged: true };
    });
    if (outcome.changed) result.changed++;
    if (outcome.nudged) result.nudged++;
  }
  if (result.nudged > 0) await services.mailer.kick();
  services.logger.info({ ...result }, 'community health checked');
  return result;
}
