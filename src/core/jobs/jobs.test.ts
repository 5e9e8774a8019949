import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/database.ts';
import { createLogger } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { createJobs } from './index.ts';

const logger = createLogger(loadConfig({ NODE_ENV: 'test' }));

describe('jobs (pg-boss on the same database)', async () => {
  const database = await testDatabase();
  afterAll(() => database.drop());

  it('runs a queued job in a worker, retrying a failure', async () => {
    const jobs = createJobs(database, logger, 'inline');
    const seen: unknown[] = [];
    let failures = 0;
    jobs.register('test.echo', async (data) => {
      if (data.failOnce && failures === 0) {
        failures++;
        throw new Error('transient');
      }
      seen.push(data);
    });
    await jobs.start();
    expect(jobs.running).toBe(true);
    await jobs.send('test.echo', { n: 1 });
    await jobs.send('test.echo', { n: 2, failOnce: true });
    await expect.poll(() => seen.length, { timeout: 20_000, interval: 200 }).toBe(2);
    expect(failures).toBe(1);
    await jobs.stop();
    expect(jobs.running).toBe(false);
  });

  it('runs handlers at once when jobs are off', async () => {
    const jobs = createJobs(database, logger, 'off');
    const seen: unknown[] = [];
    jobs.register('test.inline', async (data) => {
      seen.push(data);
    });
    await jobs.start();
    await jobs.send('test.inline', { n: 3 });
    expect(seen).toEqual([{ n: 3 }]);
  });
});
