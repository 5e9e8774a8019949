import { asc, inArray, isNull, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db, DbOrTx } from '../db/client.ts';
import type { Jobs } from '../jobs/index.ts';
import { domainEvent } from './tables.ts';

export interface DomainEvent {
  id: number;
  type: string;
  payload: Record<string, unknown>;
}
export type Subscriber = (event: DomainEvent) => Promise<void>;

/** Records an event in the caller's transaction: it exists exactly when the change does. */
export async function recordEvent(tx: DbOrTx, type: string, payload: Record<string, unknown>): Promise<void> {
  await tx.insert(domainEvent).values({ type, payload });
}

export interface EventBus {
  subscribe(type: string, name: string, handler: Subscriber): void;
  /** Hands undispatched events to their subscribers' jobs; called after commit and on a schedule. */
  relay(): Promise<number>;
}

/**
 * The outbox relay. Each (event, subscriber) pair becomes one job, so a failing subscriber
 * retries alone; subscribers must be idempotent (jobs can run twice).
 */
export function createEventBus(db: Db, jobs: Jobs, logger: Logger): EventBus {
  const subscribers = new Map<string, { name: string; handler: Subscriber }[]>();
  const RELAY_JOB = 'events.relay';

  // No transaction around the hand-off: on PGlite a job insert inside a transaction would wait
  // for the transaction's own connection. A crash between send and mark re-sends the event,
  // which idempotent subscribers absorb.
  const relay = async () => {
    let total = 0;
    for (;;) {
      const rows = await db
        .select()
        .from(domainEvent)
        .where(isNull(domainEvent.dispatchedAt))
        .orderBy(asc(domainEvent.id))
        .limit(100);
      for (const row of rows) {
        for (const sub of subscribers.get(row.type) ?? []) {
          await jobs.send(`event.${sub.name}`, { eventId: row.id, type: row.type, payload: row.payload });
        }
      }
      if (rows.length) {
        await db
          .update(domainEvent)
          .set({ dispatchedAt: sql`now()` })
          .where(
            inArray(
              domainEvent.id,
              rows.map((r) => r.id),
            ),
          );
      }
      total += rows.length;
      if (rows.length < 100) break;
    }
    if (total) logger.debug({ count: total }, 'events relayed');
    return total;
  };

  jobs.register(RELAY_JOB, async () => void (await relay()), { cron: '* * * * *' });

  return {
    subscribe(type, name, handler) {
      const list = subscribers.get(type) ?? [];
      list.push({ name, handler });
      subscribers.set(type, list);
      jobs.register(`event.${name}`, async (data) => {
        await handler({
          id: Number(data.eventId),
          type: String(data.type),
          payload: (data.payload ?? {}) as Record<string, unknown>,
        });
      });
    },
    relay,
  };
}
