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
    await built.close({ keepDatabase: true });
    await database.drop();
    const log = lines.join('');
    expect(log).toContain('"reqId":"req-abcdef-123"');
    expect(log).toContain('token=[redacted]');
    expect(log).not.toContain('SECRET-TOKEN-123');
    expect(log).not.toContain('SESSION-VALUE-456');
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });
});
