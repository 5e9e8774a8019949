/**
 * npm run bench:home [-- --duration 10 --rounds 3 --connections 32 --only pglite|postgres]
 *
 * Starts the real server as a child process (demo data loaded) on PGlite, then on
 * PostgreSQL, and measures the home page and /healthz side by side with autocannon,
 * alternating rounds so both see the same machine conditions. Also reports embedded
 * cold start and resident memory. Writes the results into docs/benchmarks.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '32' },
    only: { type: 'string' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    out: { type: 'string', default: 'docs/benchmarks.md' },
  },
});
const duration = Number(args.duration);
const rounds = Number(args.rounds);
const connections = Number(args.connections);
const PORT = 3917;
const base = `http://127.0.0.1:${PORT}`;

const log = (m: string) => process.stdout.write(`${m}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function waitReady(child: ChildProcess, timeoutMs = 120_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/readyz`);
      if (res.ok) return performance.now() - started;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('server did not become ready');
}

function startServer(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(PORT),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

interface Run {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function hit(path: string): Promise<Run> {
  const r = await autocannon({
    url: `${base}${path}`,
    connections,
    duration,
    headers: { 'accept-encoding': 'gzip, br' },
  });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

const TARGETS = [
  { name: '/healthz', path: '/healthz' },
  { name: 'home /en/', path: '/en/' },
];

async function benchDatabase(kind: 'pglite' | 'postgres') {
  const env: Record<string, string> = {};
  let dataDir: string | undefined;
  let dbName: string | undefined;
  if (kind === 'pglite') {
    dataDir = mkdtempSync(join(os.tmpdir(), 'spg-bench-'));
    env.DATA_DIR = dataDir;
  } else {
    dbName = `spg_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: args.pg });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    await admin.end();
    const url = new URL(args.pg!);
    url.pathname = `/${dbName}`;
    env.DATABASE_URL = url.toString();
    env.DATA_DIR = mkdtempSync(join(os.tmpdir(), 'spg-bench-files-'));
  }
  log(`\n== ${kind}: first start (migrations + demo data)`);
  let child = startServer(env);
  const firstStartMs = await waitReady(child);
  log(`   ready after ${Math.round(firstStartMs)} ms`);
  let coldStartMs: number | undefined;
  if (kind === 'pglite') {
    await stop(child);
    child = startServer(env);
    coldStartMs = await waitReady(child);
    log(`   cold start (data already there): ${Math.round(coldStartMs)} ms`);
  }
  await new Promise((r) => setTimeout(r, 1000));
  const rssIdle = rssMb(child.pid!);
  // Warm-up: compile paths, fill caches.
  await autocannon({ url: `${base}/en/`, connections: 4, duration: 2 });
  const results = new Map<string, Run[]>(TARGETS.map((t) => [t.name, []]));
  for (let round = 1; round <= rounds; round++) {
    for (const target of TARGETS) {
      const run = await hit(target.path);
      results.get(target.name)!.push(run);
      log(
        `   round ${round}/${rounds} ${target.name}: ${Math.round(run.rps)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms`,
      );
    }
  }
  const rss = rssMb(child.pid!);
  await stop(child);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (env.DATA_DIR && kind === 'postgres') rmSync(env.DATA_DIR, { recursive: true, force: true });
  if (dbName) {
    const admin = new pg.Client({ connectionString: args.pg });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
  const summary = TARGETS.map((t) => {
    const runs = results.get(t.name)!;
    return {
      name: t.name,
      rps: median(runs.map((r) => r.rps)),
      p50: median(runs.map((r) => r.p50)),
      p99: median(runs.map((r) => r.p99)),
      errors: runs.reduce((n, r) => n + r.errors + r.non2xx, 0),
    };
  });
  return { kind, summary, rss, rssIdle, firstStartMs, coldStartMs };
}

const kinds = (args.only ? [args.only] : ['pglite', 'postgres']) as ('pglite' | 'postgres')[];
const all = [];
for (const kind of kinds) all.push(await benchDatabase(kind));

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  '<!-- bench:start -->',
  `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:home\` on ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}.`,
  `autocannon, ${connections} connections, ${rounds} alternating rounds of ${duration} s per target; medians of the rounds. Server and load generator share the machine's cores.`,
  '',
  '| database | target | req/s (median) | p50 ms | p99 ms | errors | ratio to /healthz |',
  '|---|---|---:|---:|---:|---:|---:|',
];
for (const r of all) {
  const health = r.summary.find((s) => s.name === '/healthz')!;
  for (const s of r.summary) {
    lines.push(
      `| ${r.kind} | ${s.name} | ${Math.round(s.rps)} | ${s.p50} | ${s.p99} | ${s.errors} | ${(s.rps / health.rps).toFixed(2)} |`,
    );
  }
}
lines.push(
  '',
  '| database | first start (migrate + demo data) | cold start after first run | RSS idle after start | RSS after the load |',
  '|---|---:|---:|---:|---:|',
);
for (const r of all) {
  lines.push(
    `| ${r.kind} | ${(r.firstStartMs / 1000).toFixed(1)} s | ${r.coldStartMs ? `${(r.coldStartMs / 1000).toFixed(2)} s` : '—'} | ${r.rssIdle} MB | ${r.rss} MB |`,
  );
}
lines.push('<!-- bench:end -->');

let doc: string;
try {
  doc = readFileSync(args.out!, 'utf8');
} catch {
  doc = '# Benchmarks\n\n<!-- bench:start -->\n<!-- bench:end -->\n';
}
const block = lines.join('\n');
doc = doc.includes('<!-- bench:start -->')
  ? doc.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block)
  : `${doc}\n${block}\n`;
writeFileSync(args.out!, doc);
log(`\n${block}\n\nwritten to ${args.out}`);
