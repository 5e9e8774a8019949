import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The real `npm start` entry point as a child process: configuration errors, readiness,
// and graceful shutdown on SIGTERM.
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function start(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let out = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  return { child, output: () => out };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

async function waitReady(base: string, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error('server exited');
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('not ready in time');
}

describe('server process', () => {
  it('refuses to start on a wrong setting and names the variable', async () => {
    const { child, output } = start({ PORT: 'eighty' });
    expect(await exited(child)).toBe(1);
    expect(output()).toContain('PORT');
  });

  // Two cold starts of a real server (migrations, reference data): slow on a busy CI machine.
  it('finishes in-flight requests on SIGTERM, then exits cleanly', { timeout: 120_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'spg-proc-'));
    dirs.push(dataDir);
    const port = 3600 + Math.floor(Math.random() * 300);
    const base = `http://127.0.0.1:${port}`;
    const { child, output } = start({ PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: 'false' });
    await waitReady(base, child);
    const inFlight = Array.from({ length: 20 }, () =>
      fetch(`${base}/en/about`).then(
        (r) => r.status,
        () => 'refused' as const,
      ),
    );
    // Signal once the server is demonstrably serving this burst (its first answer is in),
    // so the rest are accepted or in progress — a fixed delay raced a busy machine.
    await Promise.any(inFlight.map((p) => p.then((s) => (s === 200 ? s : Promise.reject(s)))));
    child.kill('SIGTERM');
    const statuses = await Promise.all(inFlight);
    // Accepted requests are answered; none fails with a server error.
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => typeof s === 'number' && s !== 200 && s !== 503)).toEqual([]);
    expect(await exited(child)).toBe(0);
    expect(output()).toContain('shutting down');
    // The first start without demo data still creates an administrator, and prints its
    // one-time password once on the terminal, never in the structured (JSON) log.
    const password = /One-time password:\s+(\S+)/.exec(output())?.[1];
    expect(password).toBeTruthy();
    const jsonLines = output()
      .split('\n')
      .filter((l) => l.startsWith('{'));
    expect(jsonLines.length).toBeGreaterThan(0);
    expect(jsonLines.filter((l) => l.includes(password!) || /password|secret/i.test(l))).toEqual([]);

    const again = start({ PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: 'false' });
    await waitReady(base, again.child);
    again.child.kill('SIGTERM');
    expect(await exited(again.child)).toBe(0);
    expect(again.output()).not.toContain('One-time password');
  });
});
