import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { type BuiltApp, buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { testDatabase } from './database.ts';
import { csrfTokenFor } from '../core/http/csrf.ts';
import { cookieNames } from '../core/http/plugin.tsx';

export interface TestAppOptions {
  env?: Record<string, string>;
  /** Start pg-boss workers (needed when a test waits for e-mail or jobs). */
  jobs?: boolean;
  /** Adds test-only routes before the app is sealed. */
  beforeReady?: (built: BuiltApp) => void | Promise<void>;
}

export type TestApp = BuiltApp & {
  /** A browser-like client: keeps cookies, sends the CSRF token with forms. */
  client(): TestClient;
};

/** The whole app on a fresh database, for app.inject() tests. */
export async function startTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'spg-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    PUBLIC_URL: 'http://localhost:3000',
    JOBS: opts.jobs ? 'inline' : 'off',
    // Tests change data between requests; the read cache has its own test.
    CACHE_TTL_MS: '0',
    ...opts.env,
  });
  const database = await testDatabase();
  const built = await buildApp(config, database);
  if (opts.jobs) await built.services.jobs.start();
  await opts.beforeReady?.(built);
  await built.app.ready();
  return {
    ...built,
    async close() {
      await built.close({ keepDatabase: true });
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
    client: () => new TestClient(built),
  };
}

export class TestClient {
  readonly cookies = new Map<string, string>();
  constructor(private readonly built: BuiltApp) {}

  async get(url: string, headers: Record<string, string> = {}) {
    return this.request('GET', url, undefined, headers);
  }

  /** Posts a form the way a browser would: fetches the CSRF token from a page first. */
  async post(
    url: string,
    form: Record<string, string | string[]>,
    opts: { csrfFrom?: string; noCsrf?: boolean } = {},
  ) {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const item of [v].flat()) body.append(k, item);
    if (!opts.noCsrf && !('_csrf' in form)) body.append('_csrf', await this.csrfToken(opts.csrfFrom ?? url));
    return this.request('POST', url, body.toString(), {
      'content-type': 'application/x-www-form-urlencoded',
    });
  }

  /** The token a page would embed for this client's CSRF cookie (fetches a page first if needed). */
  async csrfToken(_pageUrl?: string): Promise<string> {
    const name = cookieNames(this.built.services.config).csrf;
    if (!this.cookies.get(name)) await this.get('/en/about');
    return csrfTokenFor(this.cookies.get(name)!, this.built.services.secret);
  }

  async request(
    method: 'GET' | 'POST',
    url: string,
    payload?: string | Buffer,
    headers: Record<string, string> = {},
  ) {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res: LightMyRequestResponse = await this.built.app.inject({
      method,
      url,
      payload,
      headers: { ...headers, ...(cookie ? { cookie } : {}) },
    });
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }
}
