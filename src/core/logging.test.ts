import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildApp, createLogger } from '../app.ts';
import { loadConfig } from '../config.ts';
import { testDatabase } from '../test/database.ts';

describe('structured logs', () => {
  it('carry a request id and never cookies or tokens', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      JOBS: 'off',
      DATA_DIR: '/tmp/spg-log-test',
    });
    const database = await testDatabase();
    const built = await buildApp(config, database, createLogger(config, sink));
    await built.app.inject({
      url: '/en/verify-email?token=SECRET-TOKEN-123',
      headers: { cookie: 'spg.session=SESSION-VALUE-456', 'x-request-id': 'req-abcdef-123' },
    });
    // A failed query must not put its parameters (here a fake token) into the log.
    built.services.logger.error(
      {
        err: new Error('Failed query: insert into "session" ("token") values ($1)\nparams: SECRET-PARAM-789'),
      },
      'query failed',
    );
    await built.close({ keepDatabase: true });
    await database.drop();
    const log = lines.join('');
    expect(log).toContain('"reqId":"req-abcdef-123"');
    expect(log).toContain('token=[redacted]');
    expect(log).not.toContain('SECRET-TOKEN-123');
    expect(log).not.toContain('SESSION-VALUE-456');
    expect(log).toContain('insert into');
    expect(log).not.toContain('SECRET-PARAM-789');
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });
});
