/**
 * npm run bench:communities [-- --duration 10 --rounds 2 --connections 32]
 *
 * Communities at the size QUALITY.md names (300 communities, 50,000 posts, 2,000 members) on
 * PostgreSQL: the real server as a child process, measured with autocannon side by side with its
 * own /healthz — the communities listing (first and a later page), a community's page, and a
 * thread of 1,000 replies (first and last page of 50). Results into docs/benchmarks.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { openDatabase } from '../src/core/db/client.ts';
import { migrate } from '../src/core/db/migrate.ts';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '32' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    out: { type: 'string', default: 'docs/benchmarks.md' },
  },
});
const PORT = 3918;
const base = `http://127.0.0.1:${PORT}`;
const log = (m: string) => process.stdout.write(`${m}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The dataset, written with set-based SQL (seconds, not minutes). */
async function fill(url: string): Promise<{ bigThread: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const step = async (label: string, q: string) => {
    const started = performance.now();
    await client.query(q);
    log(`   ${label} (${Math.round(performance.now() - started)} ms)`);
  };
  await step(
    '2,000 members',
    `insert into "user" (id, name, email, email_verified, handle, locale, time_zone)
     select 'bench-u' || g, 'Member ' || g, 'member' || g || '@bench.example', true, 'bench-member-' || g,
       (array['en','fr','es','pt'])[1 + g % 4], 'UTC' from generate_series(1, 2000) g`,
  );
  await step(
    '300 communities (240 public, 45 private, 15 hidden)',
    `insert into community (slug, name, description, locale, languages, visibility, last_activity_at)
     select 'bench-community-' || g, 'Community ' || g || ' on social protection',
       'Practitioners discuss cash transfers, social insurance and registries in region ' || g % 7 || '.',
       'en', array['en','fr'], case when g % 20 = 0 then 'hidden' when g % 20 < 4 then 'private' else 'public' end,
       now() - (g || ' minutes')::interval from generate_series(1, 300) g`,
  );
  await step(
    '12,000 memberships (40 per community)',
    `insert into community_member (community_id, user_id, role, status)
     select c.id, 'bench-u' || (1 + (c.n * 37 + k) % 2000), case when k = 0 then 'admin' else 'member' end, 'active'
     from (select id, row_number() over (order by slug) as n from community) c, generate_series(0, 39) k`,
  );
  await step(
    '5,000 threads',
    `insert into community_thread (community_id, author_id, title, reply_count, last_post_at, created_at)
     select c.id, 'bench-u' || (1 + (c.n * 37 + t) % 2000), 'Question ' || t || ' about targeting and delivery',
       0, now() - ((c.n * 17 + t) || ' minutes')::interval, now() - ((c.n * 17 + t + 600) || ' minutes')::interval
     from (select id, row_number() over (order by slug) as n from community) c, generate_series(1, 17) t
     limit 5000`,
  );
  await step(
    '5,000 opening posts',
    `insert into community_post (thread_id, author_id, is_opening, body, created_at)
     select id, author_id, true, 'How do you verify **eligibility** when records are incomplete? ' || repeat('Context. ', 30), created_at
     from community_thread`,
  );
  const { rows } = await client.query<{ id: string }>(
    `select t.id from community_thread t join community c on c.id = t.community_id
     where c.slug = 'bench-community-5' order by t.created_at limit 1`,
  );
  const bigThread = rows[0]!.id;
  await step(
    '1,000 replies in one thread',
    `insert into community_post (thread_id, author_id, body, created_at)
     select '${bigThread}', 'bench-u' || (1 + g % 2000), 'Reply ' || g || ': in our programme we ' || repeat('compare records with the civil registry. ', 8),
       now() - ((2000 - g) || ' seconds')::interval from generate_series(1, 1000) g`,
  );
  await step(
    '39,000 replies across the other threads',
    `insert into community_post (thread_id, author_id, body, created_at)
     select t.id, 'bench-u' || (1 + (k * 13) % 2000), 'A reply with practical experience. ' || repeat('Details. ', 20),
       t.created_at + (k || ' minutes')::interval
     from (select id, created_at, row_number() over (order by id) as n from community_thread where id <> '${bigThread}') t,
       generate_series(1, 8) k
     where t.n <= 4875`,
  );
  await step(
    'reply counts',
    `update community_thread t set reply_count = (select count(*) - 1 from community_post p where p.thread_id = t.id)`,
  );
  await step('analyze', 'analyze');
  const { rows: totals } = await client.query<{ posts: number; communities: number }>(
    `select (select count(*)::int from community_post) as posts, (select count(*)::int from community) as communities`,
  );
  log(`   ${totals[0]!.communities} communities, ${totals[0]!.posts} posts`);
  await client.end();
  return { bigThread };
}

/** A GET as sent over the wire (fetch would decompress): status, body bytes, ETag. */
function rawGet(path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; bytes: number; etag: string | null }>((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers }, (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => {
          bytes += c.length;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, etag: res.headers.etag ?? null }));
      })
      .on('error', reject);
  });
}

async function waitReady(child: ChildProcess): Promise<void> {
  const started = performance.now();
  while (performance.now() - started < 120_000) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become ready');
}

const dbName = `spg_bench_communities_${Date.now()}`;
const admin = new pg.Client({ connectionString: args.pg });
await admin.connect();
await admin.query(`create database ${dbName}`);
await admin.end();
const url = new URL(args.pg!);
url.pathname = `/${dbName}`;
log('== migrating');
const database = await openDatabase({ url: url.toString(), poolSize: 2 });
await migrate(database);
await database.close();
log('== dataset');
const { bigThread } = await fill(url.toString());
const dataDir = mkdtempSync(join(os.tmpdir(), 'spg-bench-comm-'));
const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
  env: {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(PORT),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DATABASE_URL: url.toString(),
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    JOBS: 'off',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
await waitReady(child);
const threadPath = `/en/communities/bench-community-5/threads/${bigThread}`;
const TARGETS: { name: string; path: string; revisit?: boolean; headers?: Record<string, string> }[] = [
  { name: '/healthz', path: '/healthz' },
  { name: 'communities listing', path: '/en/communities' },
  { name: 'communities listing, page 10', path: '/en/communities?page=10' },
  { name: 'a community', path: '/en/communities/bench-community-5' },
  { name: 'thread of 1,000 replies, page 1', path: threadPath },
  { name: 'thread of 1,000 replies, page 21', path: `${threadPath}?page=21` },
  { name: 'thread page 1, revisited (304)', path: threadPath, revisit: true },
];
// What a browser that has the page already sends: its ETag. Sizes as sent with brotli.
const sizes = new Map<string, number>();
for (const t of TARGETS) {
  const res = await rawGet(t.path, { 'accept-encoding': 'br' });
  if (res.status !== 200) throw new Error(`${t.path}: ${res.status}`);
  sizes.set(t.name, res.bytes);
  const etag = res.etag;
  if (t.revisit && !etag) throw new Error(`${t.path}: no ETag`);
  if (t.revisit) t.headers = { 'if-none-match': etag! };
}
await autocannon({ url: `${base}/en/communities`, connections: 4, duration: 2 });
const results = new Map<string, { rps: number; p50: number; p99: number; errors: number }[]>(
  TARGETS.map((t) => [t.name, []]),
);
for (let round = 1; round <= Number(args.rounds); round++)
  for (const t of TARGETS) {
    const r = await autocannon({
      url: `${base}${t.path}`,
      connections: Number(args.connections),
      duration: Number(args.duration),
      headers: { 'accept-encoding': 'gzip, br', ...t.headers },
    });
    results.get(t.name)!.push({
      rps: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      // A revisit must be answered 304, with the ETag taken before the first round (the page
      // is rendered again every CACHE_TTL_MS meanwhile): a 200 there is an error too.
      errors:
        r.errors +
        r.timeouts +
        (t.revisit ? r['2xx'] + r.non2xx - (r.statusCodeStats?.['304']?.count ?? 0) : r.non2xx),
    });
    log(
      `   round ${round} ${t.name}: ${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`,
    );
  }
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
rmSync(dataDir, { recursive: true, force: true });
const drop = new pg.Client({ connectionString: args.pg });
await drop.connect();
await drop.query(`drop database if exists ${dbName} with (force)`);
await drop.end();

const health = median(results.get('/healthz')!.map((r) => r.rps));
const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:communities\` on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, PostgreSQL 15: 300 communities, 50,000 posts, 2,000 members; anonymous reader; autocannon ${args.connections} connections, ${args.rounds} rounds of ${args.duration} s per target, medians. Server (one process) and load generator share the cores.`,
  '',
  '| target | req/s | p50 ms | p99 ms | errors | ratio to /healthz | bytes sent (brotli) |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...TARGETS.map((t) => {
    const runs = results.get(t.name)!;
    const rps = median(runs.map((r) => r.rps));
    return `| ${t.name} | ${Math.round(rps)} | ${median(runs.map((r) => r.p50))} | ${median(runs.map((r) => r.p99))} | ${runs.reduce((n, r) => n + r.errors, 0)} | ${(rps / health).toFixed(2)} | ${t.revisit ? 0 : sizes.get(t.name)} |`;
  }),
].join('\n');
log(`\n${lines}`);
const doc = existsSync(args.out) ? readFileSync(args.out, 'utf8') : '# Benchmarks\n';
const block = `<!-- bench-communities:start -->\n${lines}\n<!-- bench-communities:end -->`;
writeFileSync(
  args.out,
  doc.includes('<!-- bench-communities:start -->')
    ? doc.replace(/<!-- bench-communities:start -->[\s\S]*<!-- bench-communities:end -->/, block)
    : `${doc.trimEnd()}\n\n## Communities (\`npm run bench:communities\`)\n\nThe listing, a community and a thread of 1,000 replies at the size QUALITY.md names, against the\nbars "home and listings p99 ≤ 50 ms" and "detail pages p99 ≤ 50 ms at 32 connections".\n\n${block}\n`,
);
log(`written to ${args.out}`);
process.exit(0);
