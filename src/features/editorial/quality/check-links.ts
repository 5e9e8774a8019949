import type { Services } from '../../../core/services.ts';
import { checkUrl } from './check-url.ts';
import { linksDue, pruneChecks, recordCheck } from './repository.ts';

export const CHECK_LINKS_JOB = 'editorial.check-links';
/** A link is checked again after this many days. */
const RECHECK_DAYS = 7;
/** Links per run (the job runs daily; a large library is covered over several days). */
const PER_RUN = 500;
const CONCURRENCY = 4;

/**
 * The scheduled broken-link check: every registered type's external links, those not checked
 * for a week first, a few at a time; each result is recorded (a failure count that resets on
 * success, so one passing outage is told apart from a dead link).
 */
export async function checkLinks(
  services: Pick<Services, 'db' | 'workflow' | 'config' | 'logger'>,
  opts: { timeoutMs?: number; recheckDays?: number } = {},
): Promise<{ checked: number; broken: number }> {
  const links = (
    await Promise.all(services.workflow.types().map((def) => def.externalLinks?.(services.db) ?? []))
  ).flat();
  await pruneChecks(services.db, links);
  const due = await linksDue(services.db, links, opts.recheckDays ?? RECHECK_DAYS, PER_RUN);
  let broken = 0;
  let next = 0;
  const worker = async () => {
    while (next < due.length) {
      const link = due[next++]!;
      const result = await checkUrl(link.url, {
        timeoutMs: opts.timeoutMs ?? 10_000,
        allowPrivate: services.config.LINK_CHECK_ALLOW_PRIVATE,
      });
      if (!result.ok) broken++;
      await recordCheck(services.db, { ...link, ...result });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  if (due.length) services.logger.info({ checked: due.length, broken }, 'links checked');
  return { checked: due.length, broken };
}
