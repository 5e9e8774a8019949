import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from './db/client.ts';

describe('database outage', () => {
  it('answers 503 with Retry-After, in the reader language, while liveness stays up', async () => {
    // A PostgreSQL address where nothing listens: every query is refused.
    const database = await openDatabase({ url: 'postgres://postgres@127.0.0.1:1/unreachable', poolSize: 1 });
    const config = loadConfig({
      NODE_ENV: 'test',
      JOBS: 'off',
      AUTH_SECRET: 'x'.repeat(40),
      DATA_DIR: '/tmp/spg-outage',
    });
    const built = await buildApp(config, database);
    try {
      const page = await built.app.inject({ url: '/fr/', headers: { cookie: 'spg.session=abc.def' } });
      expect(page.statusCode).toBe(503);
      expect(page.headers['retry-after']).toBe('5');
      expect(page.body).toContain('Momentanément indisponible');
      const api = await built.app.inject({ url: '/en/library', headers: { accept: 'application/json' } });
      expect(api.statusCode).toBe(503);
      expect(api.json()).toEqual({
        errors: [{ code: 'unavailable', message: expect.stringContaining('unavailable') }],
      });
      const ready = await built.app.inject('/readyz');
      expect(ready.statusCode).toBe(503);
      expect(ready.headers['retry-after']).toBe('5');
      expect((await built.app.inject('/healthz')).statusCode).toBe(200);
    } finally {
      await built.close();
    }
  });
});
