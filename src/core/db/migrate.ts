import { join } from 'node:path';
import pg from 'pg';
import { projectRoot } from '../paths.ts';
import { sql } from 'drizzle-orm';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { type Database, queryRows } from './client.ts';

export const migrationsFolder = join(projectRoot, 'migrations');

/** Applies every pending migration; safe to call at every start. */
export async function migrate(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    // Several instances may start at once: one migrates, the others wait for it.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query('select pg_advisory_lock(727274)');
      await migratePg(database.db as unknown as NodePgDatabase, { migrationsFolder });
    } finally {
      await client.query('select pg_advisory_unlock(727274)').catch(() => {});
      await client.end();
    }
  }
}

/** True when the newest migration on disk is recorded in the database (readiness). */
export async function migrationsApplied(database: Database, expected: number): Promise<boolean> {
  const rows = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return Number(rows[0]?.n ?? 0) >= expected;
}
