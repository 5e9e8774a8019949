/**
 * Small pieces the benchmark scripts share: progress lines, percentiles, a PostgreSQL
 * database of generated publications (scripts/bench-search-data.ts) that a later run can
 * reuse, and writing a result block into docs/benchmarks.md.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, openDatabase, queryRows } from '../src/core/db/client.ts';
import { migrate } from '../src/core/db/migrate.ts';
import { seedDatabase } from '../src/seed/index.ts';
import { Random } from '../src/seed/random.ts';
import { buildBatch, indexBatch, insertBatch, readVocab } from './bench-search-data.ts';

export const log = (m: string) => process.stdout.write(`${m}\n`);
export const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
/** Milliseconds with one decimal below 100. */
export const ms = (x: number) => (x >= 100 ? Math.round(x).toString() : x.toFixed(1));

/** Nearest-rank percentile. */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? Number.NaN;
}

/** The same server as `base`, another database. */
export function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(base: string, text: string) {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * Command-line options of a benchmark with a PostgreSQL database of its own (for parseArgs):
 * the server, the database's name on it, and the results file.
 */
export function postgresOptions(database: string) {
  return {
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    database: { type: 'string', default: database },
    out: { type: 'string', default: 'docs/benchmarks.md' },
  } as const;
}

/**
 * Command-line options of a benchmark on a generated publications database (for parseArgs),
 * with its own database name; a script adds its own beside them.
 */
export function datasetOptions(database: string) {
  return {
    count: { type: 'string', default: '100000' },
    batch: { type: 'string', default: '1000' },
    ...postgresOptions(database),
    /** Use the database a previous --keep run left, if it holds `count` publications. */
    reuse: { type: 'boolean', default: false },
    /** Leave the generated database in place. */
    keep: { type: 'boolean', default: false },
  } as const;
}

/** The seed the search benchmark's dataset is generated from: same arguments, same rows. */
export const DATA_SEED = 20_260_301;

/**
 * A PostgreSQL database holding `count` generated publications in four languages with their
 * search documents (and the reference data, organisations and members of the first start).
 * With `reuse`, a database of that name already holding `count` publications is kept.
 */
export async function publicationsDatabase(opts: {
  base: string;
  name: string;
  count: number;
  batch: number;
  reuse: boolean;
}): Promise<{ database: Database; reused: boolean; insertS: number; indexS: number }> {
  const exists = (await adminQuery(opts.base, `select 1 from pg_database where datname = '${opts.name}'`))
    .rowCount;
  if (opts.reuse && exists) {
    const database = await openDatabase({ url: databaseUrl(opts.base, opts.name) });
    const [row] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from search_document where kind = 'publication'`,
    ).catch(() => [{ n: 0 }]);
    if (Number(row?.n) === opts.count) {
      log(`   reusing ${opts.name} (${fmt(opts.count)} publications)`);
      return { database, reused: true, insertS: 0, indexS: 0 };
    }
    await database.close();
  }
  await adminQuery(opts.base, `drop database if exists ${opts.name} with (force)`);
  await adminQuery(opts.base, `create database ${opts.name}`);
  const database = await openDatabase({ url: databaseUrl(opts.base, opts.name) });
  const db = database.db;
  await migrate(database);
  await seedDatabase(db, { progress: () => {}, counts: { publications: 0, news: 0 } });
  const vocab = await readVocab(db);
  const rng = new Random(DATA_SEED);
  const ids: string[] = [];
  const step = Math.max(opts.batch, 10_000);
  let t = performance.now();
  for (let start = 0; start < opts.count; start += opts.batch) {
    const batch = buildBatch(rng, start, Math.min(opts.batch, opts.count - start), vocab);
    await db.transaction((tx) => insertBatch(tx, batch));
    for (const item of batch.items) ids.push(item.id as string);
    if (ids.length % step === 0 || ids.length === opts.count)
      log(
        `   publications ${fmt(ids.length)}/${fmt(opts.count)} (${fmt(ids.length / ((performance.now() - t) / 1000))}/s)`,
      );
  }
  const insertS = (performance.now() - t) / 1000;
  t = performance.now();
  for (let start = 0; start < ids.length; start += opts.batch) {
    await db.transaction((tx) => indexBatch(tx, ids.slice(start, start + opts.batch)));
    const done = Math.min(ids.length, start + opts.batch);
    if (done % step === 0 || done === ids.length)
      log(
        `   search index ${fmt(done)}/${fmt(ids.length)} (${fmt(done / ((performance.now() - t) / 1000))}/s)`,
      );
  }
  const indexS = (performance.now() - t) / 1000;
  await db.execute(sql`vacuum analyze`);
  return { database, reused: false, insertS, indexS };
}

/**
 * Puts `block` between the marker comments `<!-- {marker}:start -->` and `:end` in the results
 * file, or appends it under `heading` with `intro` the first time.
 */
export function writeResults(out: string, marker: string, block: string, heading: string, intro: string) {
  const doc = readFileSync(out, 'utf8');
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const wrapped = `${start}\n${block}\n${end}`;
  const next = doc.includes(start)
    ? doc.replace(new RegExp(`${start}[\\s\\S]*${end}`), () => wrapped)
    : `${doc.trimEnd()}\n\n## ${heading}\n\n${intro}\n\n${wrapped}\n`;
  writeFileSync(out, next);
  log(`written to ${out}`);
}

/**
 * The real server (src/server.ts) as a child process on loopback, in production mode with
 * jobs off, on the given database; resolves when /readyz answers.
 */
export async function startServer(opts: {
  port: number;
  databaseUrl: string;
  dataDir: string;
  env?: Record<string, string>;
}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(opts.port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: opts.databaseUrl,
      DATA_DIR: opts.dataDir,
      SEED_DEMO: 'false',
      JOBS: 'off',
      ...opts.env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (performance.now() - started > 120_000) throw new Error('server did not become ready');
    try {
      if ((await fetch(`http://127.0.0.1:${opts.port}/readyz`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
