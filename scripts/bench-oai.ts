/**
 * npm run bench:oai [-- --count 100000 --withdrawn 0.01 --pg postgres://… --database bench_oai --reuse --keep]
 *
 * Issue 8 §4: an OAI-PMH harvester takes the whole library, ListRecords oai_dc through every
 * resumption token, over HTTP, on PostgreSQL. Generates `count` publications with the search
 * benchmark's generator (scripts/bench-kit.ts: four languages, classification, countries,
 * organisations, authors, files), withdraws a share of them (deleted records), starts the real
 * server as a child process on loopback and harvests one page at a time as a harvester does
 * (asking for gzip). Reports records/s, pages, median and p95 page time and bytes; checks that every
 * record came exactly once and that the first and last pages validate against the shipped
 * OAI-PMH schemas (xmllint). Writes the result between <!-- bench-oai:start --> and
 * <!-- bench-oai:end --> in docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/core/db/client.ts';
import { PAGE_SIZE } from '../src/features/library/oai/answer.ts';
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
    ...datasetOptions('bench_oai'),
    /** Share of the publications withdrawn after publication (deleted records). */
    withdrawn: { type: 'string', default: '0.01' },
  },
});
const COUNT = Number(args.count);
const PORT = 3922;
const base = `http://127.0.0.1:${PORT}`;
const SCHEMA = 'src/features/library/oai/schemas/combined.xsd';

interface Page {
  ms: number;
  bytes: number;
  deleted: number;
}

/** ListRecords oai_dc from the first page to the empty token, one request at a time. */
async function harvest(expected: number) {
  const pages: Page[] = [];
  const ids = new Set<string>();
  let duplicates = 0;
  let first = '';
  let last = '';
  let completeListSize = 0;
  let query = 'verb=ListRecords&metadataPrefix=oai_dc';
  const started = performance.now();
  for (;;) {
    const t = performance.now();
    // Harvesters commonly ask for gzip; fetch decompresses.
    const res = await fetch(`${base}/oai?${query}`, { headers: { 'accept-encoding': 'gzip' } });
    const body = await res.text();
    const took = performance.now() - t;
    if (res.status !== 200) throw new Error(`page ${pages.length + 1}: HTTP ${res.status}`);
    const error = /<error code="(\w+)"/.exec(body);
    if (error) throw new Error(`page ${pages.length + 1}: OAI-PMH error ${error[1]}`);
    // Header identifiers (dc:identifier elements carry a prefix).
    for (const m of body.matchAll(/<identifier>([^<]+)<\/identifier>/g)) {
      if (ids.has(m[1]!)) duplicates++;
      ids.add(m[1]!);
    }
    pages.push({
      ms: took,
      bytes: Buffer.byteLength(body),
      deleted: body.split('<header status="deleted">').length - 1,
    });
    first ||= body;
    const token = /<resumptionToken completeListSize="(\d+)" cursor="\d+">([^<]*)<\/resumptionToken>/.exec(
      body,
    );
    if (token) completeListSize = Number(token[1]);
    if (pages.length % 40 === 0 || !token?.[2])
      log(
        `   ${fmt(ids.size)}/${fmt(expected)} records, ${pages.length} pages (${fmt(ids.size / ((performance.now() - started) / 1000))} records/s)`,
      );
    if (!token?.[2]) {
      last = body;
      break;
    }
    query = `verb=ListRecords&resumptionToken=${encodeURIComponent(token[2])}`;
  }
  return {
    pages,
    seconds: (performance.now() - started) / 1000,
    ids: ids.size,
    duplicates,
    first,
    last,
    completeListSize,
  };
}

function validates(xml: string): boolean {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, '-'], {
    input: xml,
    encoding: 'utf8',
  });
  if (run.status !== 0) log(run.stderr.split('\n').slice(0, 5).join('\n'));
  return run.status === 0;
}

log(`== dataset: ${fmt(COUNT)} publications on PostgreSQL (${args.database})`);
const data = await publicationsDatabase({
  base: args.pg!,
  name: args.database!,
  count: COUNT,
  batch: Number(args.batch),
  reuse: args.reuse!,
});
const db = data.database.db;
if (!data.reused) {
  // Withdrawn after publication, later than their last edit: deleted records with a newer datestamp.
  await db.execute(
    sql`update content_item set status = 'archived', updated_at = updated_at + interval '30 days'
        where type = 'publication' and abs(hashtext(id::text)) % 10000 < ${Math.round(Number(args.withdrawn) * 10_000)}`,
  );
  await db.execute(sql`vacuum analyze content_item`);
}
const [counts] = await queryRows<{ records: number; deleted: number }>(
  db,
  sql`select count(*)::int as records, count(*) filter (where status <> 'published')::int as deleted
      from content_item where type = 'publication' and published_at is not null`,
);
await data.database.close();
log(`   ${fmt(counts!.records)} records, ${fmt(counts!.deleted)} of them deleted (withdrawn)`);

const dataDir = mkdtempSync(join(os.tmpdir(), 'spg-bench-oai-'));
const server = await startServer({
  port: PORT,
  databaseUrl: databaseUrl(args.pg!, args.database!),
  dataDir,
  env: { PUBLIC_URL: 'http://bench.spgateway.example' },
});
try {
  // The server loads its in-memory search index after it starts; a search waits for it, so the
  // loading does not compete with the harvest.
  await fetch(`${base}/en/search?q=cash`);
  log(`== harvest: ListRecords oai_dc, ${PAGE_SIZE} records a page, from ${base}/oai`);
  const h = await harvest(counts!.records);
  const times = h.pages.map((p) => p.ms);
  const bytes = h.pages.reduce((s, p) => s + p.bytes, 0);
  const deleted = h.pages.reduce((s, p) => s + p.deleted, 0);
  const valid = validates(h.first) && validates(h.last);
  // What the first page weighs on the wire: gzip at the server's level (core/http/plugin.tsx).
  const gzipKb = gzipSync(h.first, { level: 6 }).length / 1024;
  const pageBytes = h.pages.map((p) => p.bytes);
  const medianKb = percentile(pageBytes, 50) / 1024;
  const complete = h.ids === counts!.records && h.duplicates === 0;
  const checked = complete
    ? `yes (completeListSize ${fmt(h.completeListSize)})`
    : `NO: ${h.duplicates} duplicates, ${fmt(h.ids)} of ${fmt(counts!.records)}`;
  log(`   first and last pages valid against the OAI-PMH schema: ${valid}; every record once: ${complete}`);
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:oai\` on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, PostgreSQL: ${fmt(COUNT)} generated publications (the search benchmark's generator: four languages, classification, countries, organisations, authors, files), ${fmt(counts!.deleted)} of them withdrawn. One harvester asks the real server on loopback for ListRecords oai_dc and follows every resumption token, one request at a time, with \`Accept-Encoding: gzip\`; page time is from request to the last byte of the decompressed body.`,
    '',
    '| records | of which deleted | pages (records each) | records/s | median page ms | p95 page ms | max page ms | MB (uncompressed) | KB per page (median; first page in gzip) | every record once | schema-valid (first, last page) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|',
    `| ${fmt(h.ids)} | ${fmt(deleted)} | ${fmt(h.pages.length)} (${PAGE_SIZE}) | ${fmt(h.ids / h.seconds)} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} | ${ms(Math.max(...times))} | ${(bytes / 2 ** 20).toFixed(1)} | ${fmt(medianKb)} (${fmt(gzipKb)}) | ${checked} | ${valid ? 'yes' : 'NO'} |`,
  ].join('\n');
  log(`\n${lines}`);
  writeResults(
    args.out!,
    'bench-oai',
    lines,
    'OAI-PMH harvest (`npm run bench:oai`, part of `npm run bench`)',
    'A harvester takes the whole library through resumption tokens (issue 8: report records/s).',
  );
  if (!valid || !complete) process.exitCode = 1;
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
  if (!args.keep) await adminQuery(args.pg!, `drop database if exists ${args.database} with (force)`);
}
