/**
 * npm run bench:syndication [-- --count 10000 --warmup 2 --runs 7 --pg postgres://… --database bench_syndication]
 *
 * Issue 8 §2–3 (docs/feeds-and-sitemap.md): what the sitemap and the feeds cost with many
 * publications. Inserts `count` published publications with an English title, set-based
 * (generate_series), builds the app in this process and times `app.inject` of the sitemap
 * index, the library's first sitemap part and its Atom feed with `Accept-Encoding: gzip`:
 * `warmup` requests each, then the median of `runs`. On PGlite with the read cache off
 * (CACHE_TTL_MS=0: every request builds the document) and on (CACHE_TTL_MS=10000: the warm-up
 * fills it), then on PostgreSQL in a fresh database `database` (dropped afterwards) with the
 * cache off. Reports ms and bytes (sent and uncompressed) and checks the number of URLs and
 * entries. Writes the result between <!-- bench-syndication:start --> and
 * <!-- bench-syndication:end --> in docs/benchmarks.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { type Database, openDatabase, queryRows } from '../src/core/db/client.ts';
import { migrate } from '../src/core/db/migrate.ts';
import { FEED_SIZE } from '../src/features/syndication/build-feed.ts';
import { SITEMAP_PART_SIZE } from '../src/features/syndication/sitemap.ts';
import {
  adminQuery,
  databaseUrl,
  fmt,
  log,
  ms,
  percentile,
  postgresOptions,
  writeResults,
} from './bench-kit.ts';

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    warmup: { type: 'string', default: '2' },
    runs: { type: 'string', default: '7' },
    ...postgresOptions('bench_syndication'),
  },
});
const COUNT = Number(args.count);
const WARMUP = Number(args.warmup);
const RUNS = Number(args.runs);

interface Target {
  url: string;
  /** What the document lists, counted in the decompressed body. */
  item: RegExp;
  noun: string;
  /** How many of them it must list (the index is only counted). */
  expected?: number;
}
const TARGETS: Target[] = [
  { url: '/sitemap.xml', item: /<sitemap>/g, noun: 'parts' },
  {
    url: '/sitemaps/library-1.xml',
    item: /<url>/g,
    noun: 'URLs',
    expected: Math.min(COUNT, SITEMAP_PART_SIZE),
  },
  {
    url: '/feeds/en/library.atom',
    item: /<entry[\s>]/g,
    noun: 'entries',
    expected: Math.min(COUNT, FEED_SIZE),
  },
];

interface Mode {
  name: string;
  cacheTtlMs: string;
}
interface Timing {
  medianMs: number;
  sent: number;
  uncompressed: number;
  encoding: string;
  items: number;
}

/** `count` published publications with an English title, newest first by a minute each. */
async function insertPublications(database: Database) {
  const t = performance.now();
  await database.db.execute(sql`insert into content_item (type, slug, status, original_locale, licence, published_at)
    select 'publication', 'publication-number-' || lpad(g::text, 6, '0'), 'published', 'en', 'cc-by-4.0',
      now() - (g || ' minutes')::interval
    from generate_series(1, ${COUNT}) g`);
  await database.db.execute(sql`insert into content_translation (item_id, locale, title)
    select id, 'en', 'Title of ' || slug from content_item where type = 'publication'`);
  await database.db.execute(sql`analyze`);
  log(`   ${fmt(COUNT)} publications inserted in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

/** The app in this process on `database`, the targets timed one after another. */
async function measure(database: Database, label: string, mode: Mode): Promise<Timing[]> {
  log(`== ${label}, ${mode.name}`);
  const dataDir = mkdtempSync(join(os.tmpdir(), 'spg-bench-syndication-'));
  const config = loadConfig({
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    PUBLIC_URL: 'http://bench.spgateway.example',
    JOBS: 'off',
    LOG_LEVEL: 'warn',
    CACHE_TTL_MS: mode.cacheTtlMs,
  });
  const built = await buildApp(config, database);
  await built.app.ready();
  try {
    const timings: Timing[] = [];
    for (const target of TARGETS) {
      const get = async () => {
        const t = performance.now();
        const res = await built.app.inject({ url: target.url, headers: { 'accept-encoding': 'gzip' } });
        const elapsed = performance.now() - t;
        if (res.statusCode !== 200)
          throw new Error(`${target.url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
        return { elapsed, res };
      };
      for (let i = 0; i < WARMUP; i++) await get();
      const times: number[] = [];
      let last: Awaited<ReturnType<typeof get>>['res'] | undefined;
      for (let i = 0; i < RUNS; i++) {
        const { elapsed, res } = await get();
        times.push(elapsed);
        last = res;
      }
      const encoding = String(last!.headers['content-encoding'] ?? 'identity');
      const body = encoding === 'gzip' ? gunzipSync(last!.rawPayload) : last!.rawPayload;
      const items = (body.toString('utf8').match(target.item) ?? []).length;
      if (target.expected !== undefined && items !== target.expected)
        throw new Error(`${target.url}: ${items} ${target.noun}, expected ${target.expected}`);
      const timing = {
        medianMs: percentile(times, 50),
        sent: last!.rawPayload.length,
        uncompressed: body.length,
        encoding,
        items,
      };
      timings.push(timing);
      log(
        `   ${target.url}: median ${ms(timing.medianMs)} ms (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}), ${fmt(timing.sent)} bytes sent (${encoding}), ${fmt(timing.uncompressed)} uncompressed, ${fmt(items)} ${target.noun}`,
      );
    }
    return timings;
  } finally {
    await built.close({ keepDatabase: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const columns: { name: string; timings: Timing[] }[] = [];

log(`== PGlite (in memory): ${fmt(COUNT)} publications`);
const pglite = await openDatabase({});
try {
  await migrate(pglite);
  await insertPublications(pglite);
  for (const mode of [
    { name: 'cache off', cacheTtlMs: '0' },
    { name: 'cache on (`CACHE_TTL_MS=10000`)', cacheTtlMs: '10000' },
  ])
    columns.push({ name: `PGlite, ${mode.name}`, timings: await measure(pglite, 'PGlite', mode) });
} finally {
  await pglite.close();
}

log(`== PostgreSQL (${args.database}): ${fmt(COUNT)} publications`);
await adminQuery(args.pg!, `drop database if exists ${args.database} with (force)`);
await adminQuery(args.pg!, `create database ${args.database}`);
let postgresName = 'PostgreSQL';
try {
  const postgres = await openDatabase({ url: databaseUrl(args.pg!, args.database!) });
  try {
    const [row] = await queryRows<{ v: string }>(
      postgres.db,
      sql`select current_setting('server_version') as v`,
    );
    postgresName = `PostgreSQL ${row?.v.split(/[ .]/)[0] ?? ''}`.trim();
    await migrate(postgres);
    await insertPublications(postgres);
    columns.push({
      name: `${postgresName}, cache off`,
      timings: await measure(postgres, postgresName, { name: 'cache off', cacheTtlMs: '0' }),
    });
  } finally {
    await postgres.close();
  }
} finally {
  await adminQuery(args.pg!, `drop database if exists ${args.database} with (force)`);
}

/** One number when every run sent the same size, else the range (timestamps differ between runs). */
const size = (xs: number[]) => {
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return lo === hi ? fmt(lo) : `${fmt(lo)}–${fmt(hi)}`;
};
const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:syndication\` on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}: ${fmt(COUNT)} published publications (one English title each, inserted with \`generate_series\`), the app in this process (\`app.inject\`, no network), \`Accept-Encoding: gzip\`; median of ${RUNS} requests after ${WARMUP} of warm-up, time to the whole response. Cache off: every request builds the document; cache on: the warm-up filled the read cache.`,
  '',
  `| address | lists | bytes sent | bytes uncompressed | ${columns.map((c) => `${c.name} ms`).join(' | ')} |`,
  `|---|---:|---:|---:|${columns.map(() => '---:|').join('')}`,
  ...TARGETS.map((target, i) => {
    const all = columns.map((c) => c.timings[i]!);
    const encodings = [
      ...new Set(all.map((t) => (t.encoding === 'identity' ? 'not compressed' : t.encoding))),
    ].join(', ');
    return `| \`${target.url}\` | ${fmt(all[0]!.items)} ${target.noun} | ${size(all.map((t) => t.sent))} (${encodings}) | ${size(all.map((t) => t.uncompressed))} | ${all.map((t) => ms(t.medianMs)).join(' | ')} |`;
  }),
].join('\n');
log(`\n${lines}\n`);
writeResults(
  args.out!,
  'bench-syndication',
  lines,
  'Feeds and sitemap (`npm run bench:syndication`)',
  "The sitemap index, the library's first sitemap part and its Atom feed with many publications (10,000 by default; docs/feeds-and-sitemap.md, issue 8 §2–3), on PGlite and PostgreSQL, with the read cache off and on. Not part of `npm run bench`.",
);
process.exit(0);
