/**
 * npm run bench:search [-- --count 100000 --queries 200 --only pglite|postgres --warmup 50 --repeat 2
 *                          --duration 10 --rounds 3 --connections 32 --no-http --keep --reuse]
 *
 * Issue 3 §4: search with facets on 100k publications, on PostgreSQL and on PGlite.
 * 1. Generates `count` publications in four languages (scripts/bench-search-data.ts), writes
 *    them in multi-row batches and builds their search documents set-based (checked against
 *    the real reindexPublication on a sample); reports records/s.
 * 2. Loads the in-memory search index (timed, with its size), then runs `queries` varied
 *    searches through the real use case (searchContent → search(): PostgreSQL for the
 *    tsquery and the page, the in-memory index for matching, ranking and facet counts) in
 *    this process, after a warm-up; reports p50/p95/p99 of the time around the use case
 *    call, the part spent waiting for the database, and the slowest queries.
 * 3. Starts the real server (child process, like scripts/bench.ts) on the generated database
 *    and measures /en/library, /en/library?q=… and /healthz side by side with autocannon,
 *    with the default read cache and with CACHE_TTL_MS=0.
 * 4. EXPLAIN (ANALYZE, BUFFERS) of the page statement of representative and slowest
 *    searches, and of their other statements that take ≥ 5 ms; flags any Seq Scan over
 *    search_document or the content tables.
 * Writes the results between <!-- bench-search:start --> and <!-- bench-search:end --> in
 * docs/benchmarks.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { buildApp, createLogger } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { type Database, type Db, openDatabase, queryRows } from '../src/core/db/client.ts';
import { migrate } from '../src/core/db/migrate.ts';
import { currentGeneration } from '../src/core/search/memory/repository.ts';
import type { Services } from '../src/core/services.ts';
import { reindexPublication } from '../src/features/library/search/reindex.ts';
import { searchParams } from '../src/features/search/params.ts';
import { searchContent } from '../src/features/search/search-content.ts';
import { seedDatabase } from '../src/seed/index.ts';
import { Random } from '../src/seed/random.ts';
import {
  type BenchQuery,
  buildBatch,
  buildQueries,
  indexBatch,
  insertBatch,
  queryUrl,
  readVocab,
  verifyIndex,
} from './bench-search-data.ts';

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '200' },
    /** Queries run once before timing (to load caches and compile code paths). */
    warmup: { type: 'string', default: '50' },
    /** Timed passes over the queries; each query's median is kept. */
    repeat: { type: 'string', default: '2' },
    batch: { type: 'string', default: '1000' },
    verify: { type: 'string', default: '50' },
    only: { type: 'string' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    database: { type: 'string', default: 'bench_search' },
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '32' },
    /** Skip the HTTP throughput part. */
    'no-http': { type: 'boolean', default: false },
    /** Leave the generated databases in place (PostgreSQL `database`, PGlite in the temp dir). */
    keep: { type: 'boolean', default: false },
    /** Use the databases a previous --keep run left, if they hold `count` publications. */
    reuse: { type: 'boolean', default: false },
    out: { type: 'string', default: 'docs/benchmarks.md' },
  },
});
const COUNT = Number(args.count);
const QUERIES = Number(args.queries);
const REPEAT = Number(args.repeat);
const WARMUP = Number(args.warmup);
const BATCH = Number(args.batch);
const duration = Number(args.duration);
const rounds = Number(args.rounds);
const connections = Number(args.connections);
const PORT = 3918;
const base = `http://127.0.0.1:${PORT}`;
const DATA_SEED = 20_260_301;
const PGLITE_DIR = join(os.tmpdir(), 'spg-bench-search-pglite');
/** Tables whose sequential scan QUALITY.md rules out ("never a sequential scan over content"). */
const CONTENT_TABLES = new Set([
  'search_document',
  'content_item',
  'content_translation',
  'content_term',
  'content_country',
  'content_organisation',
  'publication',
  'publication_file',
  'publication_file_text',
]);

const log = (m: string) => process.stdout.write(`${m}\n`);
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => {
  const s = sorted(xs);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** Nearest-rank percentile. */
const percentile = (xs: number[], p: number) => {
  const s = sorted(xs);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
};
const ms = (x: number) => (x >= 100 ? Math.round(x).toString() : x.toFixed(1));
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const dialect = new PgDialect();
const sqlText = (q: SQL) => dialect.sqlToQuery(q).sql;
/** The statement that renders the result page (ranking and counts happen in memory). */
const isSearchStatement = (text: string) => text.includes('with ordinality as p(kind, ref_id');

type Kind = 'pglite' | 'postgres';

// ---------------------------------------------------------------------------------------------
// 1. The dataset

interface ImportStats {
  publications: number;
  translations: number;
  bodies: number;
  fullTexts: number;
  textMb: number;
  rows: number;
  generateS: number;
  insertS: number;
  indexS: number;
  analyzeS: number;
  verified: number;
  mismatches: string[];
  reused: boolean;
  databaseMb: number;
}

function pgUrl(name: string) {
  const url = new URL(args.pg!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(text: string) {
  const admin = new pg.Client({ connectionString: args.pg });
  await admin.connect();
  try {
    return await admin.query(text);
  } finally {
    await admin.end();
  }
}

async function publicationCount(database: Database): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from search_document where kind = 'publication'`,
  ).catch(() => [{ n: 0 }]);
  return Number(rows[0]?.n ?? 0);
}

async function openBenchDatabase(kind: Kind): Promise<{ database: Database; reused: boolean }> {
  if (kind === 'postgres') {
    const exists = (await adminQuery(`select 1 from pg_database where datname = '${args.database}'`))
      .rowCount;
    if (args.reuse && exists) {
      const database = await openDatabase({ url: pgUrl(args.database!) });
      if ((await publicationCount(database)) === COUNT) return { database, reused: true };
      await database.close();
    }
    await adminQuery(`drop database if exists ${args.database} with (force)`);
    await adminQuery(`create database ${args.database}`);
    return { database: await openDatabase({ url: pgUrl(args.database!) }), reused: false };
  }
  if (args.reuse && existsSync(PGLITE_DIR)) {
    const database = await openDatabase({ dataDir: PGLITE_DIR });
    if ((await publicationCount(database)) === COUNT) return { database, reused: true };
    await database.close();
  }
  rmSync(PGLITE_DIR, { recursive: true, force: true });
  return { database: await openDatabase({ dataDir: PGLITE_DIR }), reused: false };
}

async function databaseMb(database: Database) {
  const [row] = await queryRows<{ b: string }>(
    database.db,
    sql`select pg_database_size(current_database())::text as b`,
  );
  return Math.round(Number(row?.b ?? 0) / 2 ** 20);
}

async function importDataset(kind: Kind, database: Database): Promise<ImportStats> {
  const db = database.db;
  await migrate(database);
  // Reference vocabularies, glossary, organisations and members as the first start makes them,
  // without the demo publications and news: the publications are ours.
  await seedDatabase(db, { progress: () => {}, counts: { publications: 0, news: 0 } });
  const vocab = await readVocab(db);
  const rng = new Random(DATA_SEED);
  const stats: ImportStats = {
    publications: 0,
    translations: 0,
    bodies: 0,
    fullTexts: 0,
    textMb: 0,
    rows: 0,
    generateS: 0,
    insertS: 0,
    indexS: 0,
    analyzeS: 0,
    verified: 0,
    mismatches: [],
    reused: false,
    databaseMb: 0,
  };
  const ids: string[] = [];
  let textBytes = 0;
  const step = Math.max(BATCH, 5000);
  log(`   writing ${fmt(COUNT)} publications in batches of ${BATCH}`);
  let t = performance.now();
  for (let start = 0; start < COUNT; start += BATCH) {
    const n = Math.min(BATCH, COUNT - start);
    const g = performance.now();
    const batch = buildBatch(rng, start, n, vocab);
    stats.generateS += (performance.now() - g) / 1000;
    stats.rows += await db.transaction((tx) => insertBatch(tx, batch));
    for (const item of batch.items) ids.push(item.id as string);
    stats.translations += batch.stats.translations;
    stats.bodies += batch.stats.bodies;
    stats.fullTexts += batch.stats.fullTexts;
    textBytes += batch.stats.textBytes;
    const done = start + n;
    if (done % step === 0 || done === COUNT)
      log(
        `   content ${fmt(done)}/${fmt(COUNT)} (${fmt(done / ((performance.now() - t) / 1000))} publications/s)`,
      );
  }
  stats.insertS = (performance.now() - t) / 1000;
  stats.publications = ids.length;
  stats.textMb = textBytes / 2 ** 20;
  t = performance.now();
  for (let start = 0; start < ids.length; start += BATCH) {
    await db.transaction((tx) => indexBatch(tx, ids.slice(start, start + BATCH)));
    const done = Math.min(ids.length, start + BATCH);
    if (done % step === 0 || done === ids.length)
      log(
        `   search index ${fmt(done)}/${fmt(ids.length)} (${fmt(done / ((performance.now() - t) / 1000))} publications/s)`,
      );
  }
  stats.indexS = (performance.now() - t) / 1000;
  t = performance.now();
  await db.execute(sql`vacuum analyze`);
  stats.analyzeS = (performance.now() - t) / 1000;
  const sampleSize = Math.min(Number(args.verify), ids.length);
  const sample = Array.from(
    { length: sampleSize },
    (_, i) => ids[Math.floor((i * ids.length) / sampleSize)]!,
  );
  stats.mismatches = await verifyIndex(db, sample, reindexPublication);
  stats.verified = sample.length;
  log(
    `   ${kind}: ${fmt(stats.rows)} rows in ${stats.insertS.toFixed(1)} s, index in ${stats.indexS.toFixed(1)} s, ` +
      `vacuum analyze ${stats.analyzeS.toFixed(1)} s; bulk index = reindexPublication for ` +
      `${sample.length - stats.mismatches.length}/${sample.length} sampled publications`,
  );
  for (const m of stats.mismatches.slice(0, 5)) log(`   MISMATCH ${m}`);
  stats.databaseMb = await databaseMb(database);
  return stats;
}

// ---------------------------------------------------------------------------------------------
// 2. Searches through the use case, 4. their plans

interface Executed {
  query: SQL;
  ms: number;
}

/** The database with every raw statement (what runSearch and its helpers send) timed and kept. */
function recording(db: Db, sink: Executed[]): Db {
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'execute') {
        return async (query: SQL) => {
          const started = performance.now();
          const result = await target.execute(query);
          sink.push({ query, ms: performance.now() - started });
          return result;
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

interface QueryResult {
  q: BenchQuery;
  /** Median over the timed passes of the time around searchContent. */
  ms: number;
  /** The runSearch statement (results, total and facet counts in one round trip). */
  searchMs: number;
  total: number;
  statements: Executed[];
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'CTE Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Actual Total Time'?: number;
  'Sort Method'?: string;
  'Sort Space Type'?: string;
  'HashAgg Batches'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  'Temp Written Blocks'?: number;
  Plans?: PlanNode[];
}

interface PlanSummary {
  executionMs: number;
  planningMs: number;
  /** Scans of tables, in plan order: "Bitmap Heap Scan search_document 1 842 rows". */
  scans: string[];
  seqScans: string[];
  spills: string[];
  hit: number;
  read: number;
  /** The slowest nodes by their own time. */
  hot: string[];
  text: string;
}

function walk(node: PlanNode, visit: (n: PlanNode) => void) {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

/** EXPLAIN (ANALYZE, BUFFERS) as JSON (summarised) and, when asked, as text (runs the query again). */
async function explain(db: Db, query: SQL, withText = false): Promise<PlanSummary> {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`explain (analyze, buffers, format json) ${query}`,
  );
  const raw = Object.values(row ?? {})[0];
  const json = (typeof raw === 'string' ? JSON.parse(raw) : raw) as {
    Plan: PlanNode;
    'Planning Time': number;
    'Execution Time': number;
  }[];
  const top = json[0]!;
  const textRows = withText
    ? await queryRows<Record<string, string>>(db, sql`explain (analyze, buffers) ${query}`)
    : [];
  const summary: PlanSummary = {
    executionMs: top['Execution Time'],
    planningMs: top['Planning Time'],
    scans: [],
    seqScans: [],
    spills: [],
    hit: top.Plan['Shared Hit Blocks'] ?? 0,
    read: top.Plan['Shared Read Blocks'] ?? 0,
    hot: [],
    text: textRows.map((r) => Object.values(r)[0]).join('\n'),
  };
  const own: { label: string; ms: number }[] = [];
  walk(top.Plan, (n) => {
    const loops = n['Actual Loops'] ?? 1;
    const rows = (n['Actual Rows'] ?? 0) * loops;
    const label = `${n['Node Type']}${n['Relation Name'] ? ` ${n['Relation Name']}` : ''}${n['Index Name'] ? ` (${n['Index Name']})` : ''}${n['CTE Name'] ? ` ${n['CTE Name']}` : ''}`;
    if (n['Relation Name'])
      summary.scans.push(`${label}: ${fmt(rows)} rows${loops > 1 ? ` in ${fmt(loops)} loops` : ''}`);
    if (n['Node Type'] === 'Seq Scan' && n['Relation Name'] && CONTENT_TABLES.has(n['Relation Name']))
      summary.seqScans.push(`Seq Scan on ${n['Relation Name']} (${fmt(rows)} rows)`);
    // Buffer counts include the children's: a node spills when it writes temp blocks of its own.
    const ownTemp =
      (n['Temp Written Blocks'] ?? 0) -
      (n.Plans ?? []).reduce((s, c) => s + (c['Temp Written Blocks'] ?? 0), 0);
    if (n['Sort Space Type'] === 'Disk' || (n['HashAgg Batches'] ?? 1) > 1 || ownTemp > 0)
      summary.spills.push(`${label} spilled to disk${n['Sort Method'] ? ` (${n['Sort Method']})` : ''}`);
    const childTime = (n.Plans ?? []).reduce(
      (s, c) => s + (c['Actual Total Time'] ?? 0) * (c['Actual Loops'] ?? 1),
      0,
    );
    own.push({ label, ms: (n['Actual Total Time'] ?? 0) * loops - childTime });
  });
  summary.hot = own
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .filter((o) => o.ms >= 0.5)
    .map((o) => `${o.label} ${ms(o.ms)} ms`);
  return summary;
}

const oneLine = (p: PlanSummary) =>
  `${ms(p.executionMs)} ms executing (+${ms(p.planningMs)} planning); hottest: ${p.hot.join(', ') || '—'}; ` +
  `buffers hit ${fmt(p.hit)} read ${fmt(p.read)}${p.seqScans.length ? `; **${p.seqScans.join(', ')}**` : ''}${p.spills.length ? `; ${p.spills.join(', ')}` : ''}`;

/** Fastify's query parser: a repeated key becomes an array. */
function queryObject(qs: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(qs)) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

/** The three plans QUALITY.md asks about. */
const REPRESENTATIVE: { name: string; q: BenchQuery }[] = [
  { name: 'selective word', q: { kind: 'word', locale: 'en', scope: 'library', qs: 'q=Mauritania' } },
  { name: 'broad word', q: { kind: 'word', locale: 'en', scope: 'library', qs: 'q=social' } },
  {
    name: 'filters only',
    q: {
      kind: 'filters only',
      locale: 'en',
      scope: 'library',
      qs: 'topic=gender&region=sub-saharan-africa&document-type=report',
    },
  },
];

interface SearchBench {
  results: QueryResult[];
  representative: { name: string; q: BenchQuery; total: number; ms: number; plan: PlanSummary }[];
  slowPlans: Map<BenchQuery, PlanSummary>;
  otherSeqScans: string[];
  index: {
    documents: number;
    lexemes: number;
    phrases: number;
    postingMb: number;
    ms: number;
    rssMb: number;
    heapMb: number;
    buffersMb: number;
  };
}

async function benchSearches(database: Database, filesDir: string): Promise<SearchBench> {
  const config = loadConfig({
    NODE_ENV: 'production',
    DATA_DIR: filesDir,
    ...(database.url ? { DATABASE_URL: database.url } : {}),
    JOBS: 'off',
    LOG_LEVEL: 'silent',
  });
  const built = await buildApp(config, database, createLogger(config));
  const executed: Executed[] = [];
  const services: Services = { ...built.services, db: recording(built.services.db, executed) };
  // Every statement the driver sends (raw SQL and the query builder's), timed.
  let waitedMs = 0;
  // Per kind of statement (its first words), over the timed passes: where the waiting goes.
  let byStatement: Map<string, number[]> | null = null;
  const client = (database.db as unknown as { $client: { query: (...a: unknown[]) => Promise<unknown> } })
    .$client;
  const query = client.query.bind(client);
  client.query = async (...a: unknown[]) => {
    const started = performance.now();
    try {
      return await query(...a);
    } finally {
      const took = performance.now() - started;
      waitedMs += took;
      if (byStatement) {
        const first = a[0] as string | { text?: string };
        const text = typeof first === 'string' ? first : (first?.text ?? '');
        const label = text.replace(/\s+/g, ' ').trim().slice(0, 70);
        byStatement.set(label, [...(byStatement.get(label) ?? []), took]);
      }
    }
  };
  const vocab = await readVocab(database.db);
  const queries = buildQueries(QUERIES, vocab);
  const scopeOf = (q: BenchQuery) =>
    q.scope === 'library'
      ? { id: 'publication', kinds: ['publication'] }
      : { id: 'all', kinds: services.search.kinds().map((k) => k.kind) };

  const run = async (q: BenchQuery) => {
    // The vocabulary labels stay cached as in production; the search itself never is.
    services.cache.invalidate('search:publication:');
    services.cache.invalidate('search:all:');
    executed.length = 0;
    waitedMs = 0;
    const params = searchParams.parse(queryObject(q.qs));
    const started = performance.now();
    const view = await searchContent(services, { params, locale: q.locale, scope: scopeOf(q) });
    const total = performance.now() - started;
    const statements = [...executed];
    // Time spent waiting for the database, all statements together; the rest is in process.
    return { ms: total, searchMs: waitedMs, total: view.result.total, statements };
  };

  // The in-memory index loads once per process (at server start in production): timed apart.
  const loadStarted = performance.now();
  await services.search.index.ensure(database.db, await currentGeneration(database.db));
  const loadMs = performance.now() - loadStarted;
  const mem = process.memoryUsage();
  const index = {
    ...(services.search.index.lastLoad ?? { documents: 0, lexemes: 0, phrases: 0, postingMb: 0, ms: 0 }),
    ms: loadMs,
    rssMb: Math.round(mem.rss / 2 ** 20),
    heapMb: Math.round(mem.heapUsed / 2 ** 20),
    buffersMb: Math.round(mem.arrayBuffers / 2 ** 20),
  };
  log(
    `   in-memory index: ${fmt(index.documents)} documents, ${fmt(index.lexemes)} lexemes, ${fmt(index.phrases)} phrases, ${index.postingMb} MB of postings, loaded in ${(loadMs / 1000).toFixed(1)} s; RSS ${index.rssMb} MB`,
  );
  const warmup = queries.slice(0, WARMUP);
  log(`   warm-up: ${warmup.length} queries`);
  for (const q of warmup) await run(q);
  const samples = queries.map(() => [] as { ms: number; searchMs: number }[]);
  const last: { total: number; statements: Executed[] }[] = [];
  byStatement = new Map();
  for (let pass = 1; pass <= REPEAT; pass++) {
    const started = performance.now();
    for (const [i, q] of queries.entries()) {
      const r = await run(q);
      samples[i]!.push({ ms: r.ms, searchMs: r.searchMs });
      last[i] = { total: r.total, statements: r.statements };
    }
    const p = samples.map((s) => s[s.length - 1]!.ms);
    log(
      `   pass ${pass}/${REPEAT}: ${queries.length} queries in ${((performance.now() - started) / 1000).toFixed(1)} s, ` +
        `p50 ${ms(percentile(p, 50))} ms, p95 ${ms(percentile(p, 95))} ms`,
    );
  }
  const perStatement = [...byStatement].sort((a, b) => sum(b[1]) - sum(a[1]));
  byStatement = null;
  log('   waiting for the database, by statement (per search, over the timed passes):');
  for (const [label, times] of perStatement.slice(0, 8)) {
    log(
      `     ${ms(sum(times) / (queries.length * REPEAT))} ms avg, ${times.length} runs, median ${ms(median(times))} ms, p95 ${ms(percentile(times, 95))} ms — ${label}`,
    );
  }
  const results: QueryResult[] = queries.map((q, i) => ({
    q,
    ms: median(samples[i]!.map((s) => s.ms)),
    searchMs: median(samples[i]!.map((s) => s.searchMs)),
    total: last[i]!.total,
    statements: last[i]!.statements,
  }));

  const representative: SearchBench['representative'] = [];
  for (const { name, q } of REPRESENTATIVE) {
    await run(q);
    const r = await run(q);
    const main = r.statements.find((s) => isSearchStatement(sqlText(s.query)));
    if (!main) throw new Error(`no search statement for ${queryUrl(q)}`);
    const plan = await explain(database.db, main.query, true);
    representative.push({ name, q, total: r.total, ms: r.ms, plan });
    log(`   plan ${name} ${queryUrl(q)} (${fmt(r.total)} results): ${oneLine(plan)}`);
  }
  const slowPlans = new Map<BenchQuery, PlanSummary>();
  const otherSeqScans = new Set<string>();
  for (const r of [...results].sort((a, b) => b.ms - a.ms).slice(0, 5)) {
    const main = r.statements.find((s) => isSearchStatement(sqlText(s.query)));
    if (main) slowPlans.set(r.q, await explain(database.db, main.query));
    // The other statements of a slow search (tsquery, glossary, did-you-mean) when they weigh.
    for (const s of r.statements.filter((x) => x !== main && x.ms >= 5)) {
      const p = await explain(database.db, s.query);
      for (const seq of p.seqScans) otherSeqScans.add(`${seq} in \`${sqlText(s.query).slice(0, 80)}…\``);
    }
  }
  await built.close({ keepDatabase: true });
  return { results, representative, slowPlans, otherSeqScans: [...otherSeqScans], index };
}

// ---------------------------------------------------------------------------------------------
// 3. Library page throughput on the real server

async function waitReady(child: ChildProcess, timeoutMs = 300_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/readyz`);
      if (res.ok) return performance.now() - started;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become ready');
}

/** Waits until /readyz (one database round trip) answers within half a second, twice in a row. */
async function drain(timeoutMs = 900_000): Promise<number> {
  const started = performance.now();
  let fast = 0;
  while (fast < 2 && performance.now() - started < timeoutMs) {
    const t = performance.now();
    const ok = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(60_000) })
      .then((r) => r.ok)
      .catch(() => false);
    fast = ok && performance.now() - t < 500 ? fast + 1 : 0;
    if (fast < 2) await new Promise((r) => setTimeout(r, 500));
  }
  return performance.now() - started;
}

function startServer(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(PORT),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // Each request comes from its own address (X-Forwarded-For): the search pages' per-IP
      // rate limit (120/min) is for one client, not for a benchmark standing in for many readers.
      TRUST_PROXY: 'true',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

interface Run {
  completed: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

const LIBRARY_QUERIES = [
  'cash transfers',
  'pensiones',
  'registre social',
  'nutrition',
  'proteção social',
  'informal workers',
];

let address = 0;
async function hit(paths: string[]): Promise<Run> {
  let next = 0;
  const r = await autocannon({
    url: base,
    connections,
    duration,
    headers: { 'accept-encoding': 'gzip, br' },
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => {
          address = (address + 1) % 16_000_000;
          return {
            ...req,
            path: paths[next++ % paths.length],
            headers: {
              ...req.headers,
              'x-forwarded-for': `10.${address >> 16}.${(address >> 8) & 255}.${address & 255}`,
            },
          };
        },
      },
    ],
  });
  return {
    completed: r.requests.total,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

const TARGETS = [
  { name: '/healthz', paths: ['/healthz'] },
  { name: '/en/library', paths: ['/en/library'] },
  {
    name: '/en/library?q=…',
    paths: LIBRARY_QUERIES.map((q) => `/en/library?q=${encodeURIComponent(q)}`),
  },
];

interface HttpSummary {
  cache: 'cached' | 'uncached';
  rss: number;
  targets: { name: string; completed: number; rps: number; p50: number; p99: number; errors: number }[];
}

async function benchHttp(kind: Kind, env: Record<string, string>): Promise<HttpSummary[]> {
  const out: HttpSummary[] = [];
  for (const cache of ['cached', 'uncached'] as const) {
    const child = startServer({ ...env, ...(cache === 'uncached' ? { CACHE_TTL_MS: '0' } : {}) });
    try {
      const readyMs = await waitReady(child);
      log(`   ${kind} server (${cache}) ready after ${Math.round(readyMs)} ms`);
      // The in-memory search index loads after the server listens: searches wait for it.
      const loadStarted = performance.now();
      await fetch(`${base}/en/library?q=pension`, { signal: AbortSignal.timeout(600_000) });
      log(
        `   ${kind} server (${cache}) search index ready after ${Math.round(performance.now() - loadStarted)} ms more`,
      );
      // Warm-up: compile paths, fill caches, let the database load its pages.
      for (const t of TARGETS) await autocannon({ url: `${base}${t.paths[0]}`, connections: 4, duration: 2 });
      const results = new Map<string, Run[]>(TARGETS.map((t) => [t.name, []]));
      for (let round = 1; round <= rounds; round++) {
        for (const t of TARGETS) {
          // Requests autocannon gave up on still run in the server: wait until they are done,
          // so that each target is measured on a server that is not busy with the previous one.
          const drainedMs = await drain();
          if (drainedMs > 2000)
            log(`   (waited ${Math.round(drainedMs / 1000)} s for the server to finish earlier requests)`);
          const run = await hit(t.paths);
          results.get(t.name)!.push(run);
          log(
            `   round ${round}/${rounds} ${cache} ${t.name}: ${Math.round(run.rps)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms${run.errors + run.non2xx ? `, ${run.errors} errors, ${run.non2xx} non-2xx` : ''}`,
          );
        }
      }
      out.push({
        cache,
        rss: rssMb(child.pid!),
        targets: TARGETS.map((t) => {
          const runs = results.get(t.name)!;
          return {
            name: t.name,
            completed: median(runs.map((r) => r.completed)),
            rps: median(runs.map((r) => r.rps)),
            p50: median(runs.map((r) => r.p50)),
            p99: median(runs.map((r) => r.p99)),
            errors: runs.reduce((n, r) => n + r.errors + r.non2xx, 0),
          };
        }),
      });
    } finally {
      await stop(child);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

interface KindResult {
  kind: Kind;
  engine: string;
  importStats: ImportStats;
  search: SearchBench;
  http: HttpSummary[];
}

async function benchKind(kind: Kind): Promise<KindResult> {
  log(`\n== ${kind}`);
  const filesDir = mkdtempSync(join(os.tmpdir(), 'spg-bench-search-files-'));
  const { database, reused } = await openBenchDatabase(kind);
  let result: KindResult;
  try {
    let importStats: ImportStats;
    if (reused) {
      log(`   reusing the ${fmt(COUNT)} publications of a previous run`);
      // Migrations added since that run (their new tables start empty).
      await migrate(database);
      importStats = {
        publications: COUNT,
        translations: 0,
        bodies: 0,
        fullTexts: 0,
        textMb: 0,
        rows: 0,
        generateS: 0,
        insertS: 0,
        indexS: 0,
        analyzeS: 0,
        verified: 0,
        mismatches: [],
        reused: true,
        databaseMb: await databaseMb(database),
      };
    } else {
      importStats = await importDataset(kind, database);
    }
    const [version] = await queryRows<{ v: string; sb: string; wm: string }>(
      database.db,
      sql`select current_setting('server_version') as v, current_setting('shared_buffers') as sb,
        current_setting('work_mem') as wm`,
    );
    const engine = `${kind === 'pglite' ? 'PGlite (PostgreSQL' : 'PostgreSQL'} ${version?.v}${kind === 'pglite' ? ', in process)' : ''}, shared_buffers ${version?.sb}, work_mem ${version?.wm}`;
    const search = await benchSearches(database, filesDir);
    await database.close();
    let http: HttpSummary[] = [];
    if (!args['no-http']) {
      const env: Record<string, string> =
        kind === 'pglite'
          ? { DATA_DIR: PGLITE_DIR }
          : { DATABASE_URL: pgUrl(args.database!), DATA_DIR: filesDir };
      http = await benchHttp(kind, env);
    }
    result = { kind, engine, importStats, search, http };
  } finally {
    await database.close().catch(() => {});
    rmSync(filesDir, { recursive: true, force: true });
    if (!args.keep) {
      if (kind === 'postgres') await adminQuery(`drop database if exists ${args.database} with (force)`);
      else rmSync(PGLITE_DIR, { recursive: true, force: true });
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// 5. The report

function report(all: KindResult[]): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  // Flags that do not change the numbers (--keep, --reuse) are left out of the recorded command.
  const flags = process.argv.slice(2).filter((a) => a !== '--keep' && a !== '--reuse');
  const command = `npm run bench:search${flags.length ? ` -- ${flags.join(' ')}` : ''}`;
  const lines = [
    '<!-- bench-search:start -->',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`${command}\` on ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}.`,
    `${fmt(COUNT)} generated publications; ${QUERIES} queries through \`searchContent\` (facet counts on every axis) after a warm-up of ${Math.min(WARMUP, QUERIES)} of them, ${REPEAT} timed passes, each query's median kept; percentiles over the queries. Time is measured around the use case call in-process, with the read cache bypassed for the search (the vocabulary labels stay cached, as in production).`,
    '',
    '**Import** (multi-row batches of content rows, then set-based search documents; `vacuum analyze` after)',
    '',
    '| database | publications | language versions | with body | with file text | text | rows written | content rows | search index | publications/s overall | vacuum analyze | database size | index = reindexPublication |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of all) {
    const s = r.importStats;
    if (s.reused) {
      lines.push(
        `| ${r.kind} | ${fmt(s.publications)} | reused | | | | | | | | | ${fmt(s.databaseMb)} MB | |`,
      );
      continue;
    }
    lines.push(
      `| ${r.kind} | ${fmt(s.publications)} | ${fmt(s.translations)} | ${fmt(s.bodies)} | ${fmt(s.fullTexts)} | ${fmt(s.textMb)} MB | ${fmt(s.rows)} | ${s.insertS.toFixed(1)} s (${fmt(s.publications / s.insertS)}/s) | ${s.indexS.toFixed(1)} s (${fmt(s.publications / s.indexS)}/s) | ${fmt(s.publications / (s.insertS + s.indexS))} | ${s.analyzeS.toFixed(1)} s | ${fmt(s.databaseMb)} MB | ${s.verified - s.mismatches.length}/${s.verified} identical |`,
    );
  }
  lines.push(
    '',
    '**Searches** (server-side time of the use case; target p95 ≤ 30 ms on PostgreSQL, ≤ 100 ms on PGlite)',
    '',
    '| database | p50 ms | p95 ms | p99 ms | max ms | of which waiting for the database, p50 / p95 ms | target p95 | |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
  );
  for (const r of all) {
    const t = r.search.results.map((x) => x.ms);
    const s = r.search.results.map((x) => x.searchMs);
    const target = r.kind === 'postgres' ? 30 : 100;
    const p95 = percentile(t, 95);
    lines.push(
      `| ${r.kind} | ${ms(percentile(t, 50))} | ${ms(p95)} | ${ms(percentile(t, 99))} | ${ms(Math.max(...t))} | ${ms(percentile(s, 50))} / ${ms(percentile(s, 95))} | ${target} | ${p95 <= target ? 'met' : '**not met**'} |`,
    );
  }
  lines.push(
    '',
    '**In-memory index** (loaded once per server process, before the timed searches; see docs/decisions/0003)',
    '',
    '| database | documents | lexemes | precomputed phrases | posting lists | load time | process RSS after load | JS heap | array buffers |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...all.map((r) => {
      const x = r.search.index;
      return `| ${r.kind} | ${fmt(x.documents)} | ${fmt(x.lexemes)} | ${fmt(x.phrases)} | ${x.postingMb} MB | ${(x.ms / 1000).toFixed(1)} s | ${fmt(x.rssMb)} MB | ${fmt(x.heapMb)} MB | ${fmt(x.buffersMb)} MB |`;
    }),
  );
  const queryKinds = [...new Set(all[0]?.search.results.map((r) => r.q.kind) ?? [])];
  lines.push(
    '',
    `| kind of search | queries | ${all.map((r) => `${r.kind} p50 / p95 ms`).join(' | ')} |`,
    `|---|---:|${all.map(() => '---:').join('|')}|`,
  );
  for (const k of queryKinds) {
    const cells = all.map((r) => {
      const xs = r.search.results.filter((x) => x.q.kind === k).map((x) => x.ms);
      return `${ms(percentile(xs, 50))} / ${ms(percentile(xs, 95))}`;
    });
    const n = all[0]!.search.results.filter((x) => x.q.kind === k).length;
    lines.push(`| ${k} | ${n} | ${cells.join(' | ')} |`);
  }
  for (const r of all) {
    lines.push('', `Slowest searches on ${r.kind} (${r.engine}):`, '');
    for (const x of [...r.search.results].sort((a, b) => b.ms - a.ms).slice(0, 5)) {
      const plan = r.search.slowPlans.get(x.q);
      lines.push(
        `- \`${queryUrl(x.q)}\` — ${ms(x.ms)} ms (${ms(x.searchMs)} ms waiting for the database), ${fmt(x.total)} results${plan ? `; page statement: ${oneLine(plan)}` : ''}`,
      );
    }
  }
  lines.push(
    '',
    '**Plans** (EXPLAIN (ANALYZE, BUFFERS) of the statement that renders the page — matching, ranking and counts run in memory; the other statements of the slowest searches are explained too and listed below if they scan content sequentially)',
    '',
  );
  for (const r of all) {
    for (const p of r.search.representative) {
      lines.push(
        `- ${r.kind}, ${p.name} \`${queryUrl(p.q)}\` (${fmt(p.total)} results, use case ${ms(p.ms)} ms): ${oneLine(p.plan)}. Scans: ${p.plan.scans.join('; ')}`,
      );
    }
  }
  const seq = all.flatMap((r) => [
    ...r.search.representative.flatMap((p) => p.plan.seqScans.map((s) => `${r.kind} ${p.name}: ${s}`)),
    ...[...r.search.slowPlans.entries()].flatMap(([q, p]) =>
      p.seqScans.map((s) => `${r.kind} \`${queryUrl(q)}\`: ${s}`),
    ),
    ...r.search.otherSeqScans.map((s) => `${r.kind}: ${s}`),
  ]);
  lines.push(
    '',
    seq.length
      ? `Sequential scans over content: **${seq.length}** — ${seq.join('; ')}.`
      : 'Sequential scans over content: none in these plans.',
  );
  const pgPlans = all.find((r) => r.kind === 'postgres')?.search.representative ?? [];
  if (pgPlans.length) {
    lines.push('', '<details><summary>PostgreSQL plans in full</summary>', '');
    for (const p of pgPlans) lines.push(`${p.name}: \`${queryUrl(p.q)}\``, '', '```', p.plan.text, '```', '');
    lines.push('</details>');
  }
  const http = all.filter((r) => r.http.length);
  if (http.length) {
    lines.push(
      '',
      `**Library page throughput** (the real server; autocannon, ${connections} connections, ${rounds} alternating rounds of ${duration} s per target, medians; \`/en/library?q=…\` rotates over ${LIBRARY_QUERIES.length} queries; each request from its own X-Forwarded-For address)`,
      '',
      '| database | read cache | target | req/s | responses per round | p50 ms | p99 ms | errors / non-2xx | ratio to /healthz | RSS after |',
      '|---|---|---|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const r of http) {
      for (const h of r.http) {
        const health = h.targets.find((t) => t.name === '/healthz')!;
        for (const t of h.targets) {
          lines.push(
            `| ${r.kind} | ${h.cache === 'cached' ? 'default (10 s)' : 'off (CACHE_TTL_MS=0)'} | ${t.name} | ${t.rps >= 10 ? fmt(t.rps) : t.rps.toFixed(1)} | ${fmt(t.completed)} | ${t.completed ? t.p50 : '—'} | ${t.completed ? t.p99 : '—'} | ${t.errors} | ${(t.rps / health.rps).toFixed(t.rps / health.rps < 0.01 ? 4 : 2)} | ${h.rss} MB |`,
          );
        }
      }
    }
  }
  lines.push('', ...all.map((r) => `- ${r.kind}: ${r.engine}`));
  lines.push('<!-- bench-search:end -->');
  return lines.join('\n');
}

const kinds = (args.only ? [args.only] : ['postgres', 'pglite']) as Kind[];
const all: KindResult[] = [];
for (const kind of kinds) all.push(await benchKind(kind));
const block = report(all);
// Re-read just before writing: other sections of the file may have changed meanwhile.
let doc: string;
try {
  doc = readFileSync(args.out!, 'utf8');
} catch {
  mkdirSync('docs', { recursive: true });
  doc = '# Benchmarks\n';
}
doc = doc.includes('<!-- bench-search:start -->')
  ? doc.replace(/<!-- bench-search:start -->[\s\S]*<!-- bench-search:end -->/, () => block)
  : `${doc.trimEnd()}\n\n## Search with facets (\`npm run bench:search\`)\n\n${block}\n`;
writeFileSync(args.out!, doc);
log(`\n${block}\n\nwritten to ${args.out}`);
process.exit(0);
