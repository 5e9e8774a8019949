import { eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { type DomainEvent, recordEvent } from './index.ts';
import { domainEvent } from './tables.ts';

describe('events outbox', () => {
  let t: TestApp;
  const seen: DomainEvent[] = [];
  beforeAll(async () => {
    t = await startTestApp({ jobs: false });
    t.services.events.subscribe('test.happened', 'test-recorder', async (e) => {
      seen.push(e);
    });
  });
  afterAll(() => t.close());

  it('records an event only when the transaction commits', async () => {
    const { db } = t.services;
    await db.transaction(async (tx) => recordEvent(tx, 'test.happened', { n: 1 }));
    await expect(
      db.transaction(async (tx) => {
        await recordEvent(tx, 'test.happened', { n: 2 });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const rows = await db.select().from(domainEvent).where(eq(domainEvent.type, 'test.happened'));
    expect(rows.map((r) => r.payload)).toEqual([{ n: 1 }]);
  });

  it('relays pending events to subscribers once and marks them dispatched', async () => {
    const { db, events } = t.services;
    expect(await events.relay()).toBe(1);
    expect(seen.map((e) => e.payload)).toEqual([{ n: 1 }]);
    expect(await events.relay()).toBe(0);
    expect(seen).toHaveLength(1);
    expect(await db.select().from(domainEvent).where(isNull(domainEvent.dispatchedAt))).toEqual([]);
  });
});
