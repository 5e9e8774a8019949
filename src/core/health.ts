import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Database } from './db/client.ts';
import { migrationsApplied, migrationsFolder } from './db/migrate.ts';

const expectedMigrations = (
  JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] }
).entries.length;

/** /healthz: the process answers. /readyz: the database answers and is migrated. */
export function healthRoutes(app: FastifyInstance, database: Database, isDraining: () => boolean) {
  app.get('/healthz', { logLevel: 'warn' }, async (_req, reply) => {
    return reply.header('cache-control', 'no-store').send({ status: 'ok' });
  });
  app.get('/readyz', { logLevel: 'warn' }, async (_req, reply) => {
    reply.header('cache-control', 'no-store');
    if (isDraining()) return reply.status(503).header('retry-after', '5').send({ status: 'draining' });
    try {
      await withTimeout(database.ping(), 2000);
      if (!(await migrationsApplied(database, expectedMigrations))) {
        return reply.status(503).header('retry-after', '5').send({ status: 'migrations pending' });
      }
      return reply.send({ status: 'ready' });
    } catch {
      return reply.status(503).header('retry-after', '5').send({ status: 'database unavailable' });
    }
  });
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);
}
