/**
 * npm run bench:api [-- --count 100000 --requests 1200 --warmup 200 --pg postgres://… --database bench_api
 *                       --reuse --keep --duration 10 --connections 32]
 *
 * Issue 8: the public API's list endpoint, p95 ≤ 30 ms on PostgreSQL with 100k publications.
 * 1. A database of `count` generated publications in four languages with their search
 *    documents (scripts/bench-kit.ts, the search benchmark's generator).
 * 2. The real server as a child process on loopback. After a warm-up, `requests` sequential
 *    GETs on /api/v1/publications, one shape after another: the plain newest-first list, the
 *    search benchmark's filter and full-text queries turned into API parameters, later pages
 *    through `meta.nextCursor`, facet counts, `lang` with `fields`. Time from request to the
 *    last byte, per shape and overall (p50/p95/p99), every answer checked to be a 200.
 * 3. Throughput of the plain list beside /healthz with autocannon (the ratio QUALITY.md asks
 *    for of other pages).
 * Writes the result between <!-- bench-api:start --> and <!-- bench-api:end --> in docs/benchmarks.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { buildQueries, readVocab } from './bench-search-data.ts';
import {
  adminQuery,
  databaseUrl,
  datasetOptions,
  fmt,
  log,
  ms,
  percentile,
  publicationsDatabase,
  startServer,
  writeResults,
} from './bench-kit.ts';

const { values: args } = parseArgs({
  options: {
    ...datasetOptions('bench_api'),
    requests: { type: 'string', default: '1200' },
    warmup: { type: 'string', default: '200' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
  },
});
const COUNT = Number(args.count);
const PORT = 3921;
const base = `http://127.0.0.1:${PORT}`;
const API = '/api/v1/publications';
/** Parameters of the site's library URL that the API does not take (it pages by cursor). */
const SITE_ONLY = new Set(['page', 'expand']);

log(`== dataset: ${fmt(COUNT)} publications on PostgreSQL (${args.database})`);
const data = await publicationsDatabase({
  base: args.pg!,
  name: args.database!,
  count: COUNT,
  batch: Number(args.batch),
  reuse: args.reuse!,
});
const vocab = await readVocab(data.database.db);
await data.database.close();

// The search benchmark's library queries (words, phrases, OR, misspellings, facets, years)
// as API requests, in the language of each query.
const shapes = new Map<string, string[]>();
const add = (shape: string, url: string) => shapes.set(shape, [...(shapes.get(shape) ?? []), url]);
for (const q of buildQueries(200, vocab)) {
  if (q.scope !== 'library') continue;
  const qs = new URLSearchParams([...new URLSearchParams(q.qs)].filter(([k]) => !SITE_ONLY.has(k)));
  qs.set('lang', q.locale);
  add(qs.has('q') ? 'full-text search (± filters)' : 'filters only', `${API}?${qs}`);
}
add('newest first, 20 items', `${API}?limit=20`);
add(
  'newest first, 100 items, lang=fr, 4 fields',
  `${API}?limit=100&lang=fr&fields=title,url,licence,publishedAt`,
);
add('with facet counts', `${API}?facets=true&lang=es`);

const dataDir = mkdtempSync(join(os.tmpdir(), 'spg-bench-api-'));
const timed = async (url: string) => {
  const t = performance.now();
  const res = await fetch(`${base}${url}`, { headers: { 'accept-encoding': 'gzip' } });
  const body = await res.text();
  const elapsed = performance.now() - t;
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${body.slice(0, 300)}`);
  return { elapsed, body };
};
const duration = Number(args.duration);
const connections = Number(args.connections);
const throughput = async (path: string) => {
  const r = await autocannon({
    url: `${base}${path}`,
    connections,
    duration,
    headers: { 'accept-encoding': 'gzip' },
  });
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.non2xx };
};

/**
 * One server run: the sequential timed requests (the bar), then throughput. With the read
 * cache off every request does the whole work; with the default cache (10 s) a repeated page
 * comes from memory until anything changes.
 */
async function measure(mode: { name: string; env: Record<string, string> }) {
  log(`== ${mode.name}`);
  const server = await startServer({
    port: PORT,
    databaseUrl: databaseUrl(args.pg!, args.database!),
    dataDir,
    // The limit guards the public server; a benchmark from one address would only meet it.
    env: { API_RATE_LIMIT: '1000000', ...mode.env },
  });
  try {
    if (!shapes.has('a later page (cursor)')) {
      // Later pages: five pages of the plain list and of a few searches, by their cursors.
      const walks = [`${API}?limit=20`, ...(shapes.get('full-text search (± filters)') ?? []).slice(0, 10)];
      for (const first of walks) {
        let url = first;
        for (let page = 0; page < 5; page++) {
          const next = JSON.parse((await timed(url)).body).meta.nextCursor as string | null;
          if (!next) break;
          url = `${first}&cursor=${next}`;
          add('a later page (cursor)', url);
        }
      }
    }
    const order = [...shapes.entries()].flatMap(([shape, urls]) => urls.map((url) => ({ shape, url })));
    log(`   warm-up: ${args.warmup} requests`);
    for (let i = 0; i < Number(args.warmup); i++) await timed(order[i % order.length]!.url);
    log(`   ${args.requests} timed requests over ${order.length} distinct URLs in ${shapes.size} shapes`);
    const times = new Map<string, number[]>();
    const all: number[] = [];
    for (let i = 0; i < Number(args.requests); i++) {
      const { shape, url } = order[i % order.length]!;
      const { elapsed } = await timed(url);
      times.set(shape, [...(times.get(shape) ?? []), elapsed]);
      all.push(elapsed);
      if ((i + 1) % 300 === 0) log(`   ${i + 1}/${args.requests} (p95 so far ${ms(percentile(all, 95))} ms)`);
    }
    log('   throughput: the plain list beside /healthz');
    const health = await throughput('/healthz');
    const list = await throughput(`${API}?limit=20`);
    return { times, all, health, list };
  } finally {
    await server.stop();
  }
}

try {
  const modes: { name: string; env: Record<string, string> }[] = [
    { name: 'read cache off (CACHE_TTL_MS=0)', env: { CACHE_TTL_MS: '0' } },
    { name: 'default read cache (CACHE_TTL_MS=10000)', env: {} },
  ];
  const results = [];
  for (const mode of modes) results.push({ mode, ...(await measure(mode)) });
  const lines = [
    `Run of ${new Date().toISOString().slice(0, 10)}: ${fmt(COUNT)} publications on PostgreSQL 15, the server as a child process on loopback (2 cores shared with the client), ${args.requests} sequential requests after ${args.warmup} of warm-up, time to the last byte (gzip). ${data.reused ? 'Dataset reused from an earlier run.' : `Dataset written in ${Math.round(data.insertS)} s, indexed in ${Math.round(data.indexS)} s.`}`,
  ];
  for (const r of results) {
    lines.push(
      '',
      `**${r.mode.name}**`,
      '',
      '| request shape | requests | p50 ms | p95 ms | p99 ms |',
      '|---|---:|---:|---:|---:|',
      ...[...r.times.entries()].map(
        ([shape, xs]) =>
          `| ${shape} | ${xs.length} | ${ms(percentile(xs, 50))} | ${ms(percentile(xs, 95))} | ${ms(percentile(xs, 99))} |`,
      ),
      `| **all** | ${r.all.length} | ${ms(percentile(r.all, 50))} | **${ms(percentile(r.all, 95))}** | ${ms(percentile(r.all, 99))} |`,
      '',
      `Throughput at ${connections} connections for ${duration} s: /healthz ${fmt(r.health.rps)} req/s (p99 ${r.health.p99} ms); ${API}?limit=20 ${fmt(r.list.rps)} req/s (p99 ${r.list.p99} ms), ${(r.list.rps / r.health.rps).toFixed(2)} of /healthz; errors ${r.health.errors + r.list.errors}.`,
    );
  }
  lines.push(
    '',
    'Target: p95 ≤ 30 ms on PostgreSQL with 100k publications (read cache off: every request does the whole work).',
  );
  const block = lines.join('\n');
  log(`\n${block}\n`);
  writeResults(
    args.out!,
    'bench-api',
    block,
    'Public API (`npm run bench:api`, part of `npm run bench`)',
    "The API's list endpoint on 100k publications, against issue 8's bar (p95 ≤ 30 ms on PostgreSQL).",
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  if (!args.keep) await adminQuery(args.pg!, `drop database if exists ${args.database} with (force)`);
}
process.exit(0);
