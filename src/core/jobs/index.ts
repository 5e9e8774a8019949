import { fromPglite, PgBoss } from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db/client.ts';

export type JobHandler = (data: Record<string, unknown>) => Promise<void>;

export interface Jobs {
  /** Declares a queue and its handler; call before start(). */
  register(name: string, handler: JobHandler, opts?: { cron?: string }): void;
  /** Queues a job; with jobs off, runs the handler in-process so nothing is lost. */
  send(name: string, data?: Record<string, unknown>, opts?: { singletonKey?: string }): Promise<void>;
  start(): Promise<void>;
  /** Waits for running handlers, then stops (graceful shutdown). */
  stop(): Promise<void>;
  readonly running: boolean;
}

interface Registration {
  handler: JobHandler;
  cron?: string;
}

/**
 * pg-boss on the same database: PGlite through fromPglite() in embedded mode, a pool of
 * its own on PostgreSQL. mode 'off' runs handlers inline (one-off commands, some tests).
 */
export function createJobs(database: Database, logger: Logger, mode: 'inline' | 'off'): Jobs {
  const registrations = new Map<string, Registration>();
  let boss: PgBoss | null = null;
  let running = false;

  const runInline = async (name: string, data: Record<string, unknown>) => {
    const reg = registrations.get(name);
    if (!reg) throw new Error(`No job handler for ${name}`);
    await reg.handler(data);
  };

  return {
    get running() {
      return running;
    },
    register(name, handler, opts) {
      registrations.set(name, { handler, cron: opts?.cron });
    },
    async send(name, data = {}, opts) {
      if (!boss || !running) {
        await runInline(name, data);
        return;
      }
      await boss.send(name, data, { singletonKey: opts?.singletonKey, retryLimit: 5, retryBackoff: true });
    },
    async start() {
      if (mode === 'off' || running) return;
      boss =
        database.kind === 'pglite' && database.pglite
          ? new PgBoss({ db: fromPglite(database.pglite), backend: 'pglite', schema: 'pgboss' })
          : new PgBoss({ connectionString: database.url, schema: 'pgboss', max: 4 });
      boss.on('error', (err) => logger.error({ err }, 'job system error'));
      await boss.start();
      for (const [name, reg] of registrations) {
        await boss.createQueue(name);
        await boss.work<Record<string, unknown>>(name, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
          for (const job of jobs) {
            logger.debug({ job: name, id: job.id }, 'job started');
            await reg.handler(job.data ?? {});
          }
        });
        if (reg.cron) await boss.schedule(name, reg.cron);
      }
      running = true;
    },
    async stop() {
      if (!boss) return;
      running = false;
      await boss.stop({ graceful: true, timeout: 10_000 });
      boss = null;
    },
  };
}
