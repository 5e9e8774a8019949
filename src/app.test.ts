import { describe, expect, it } from 'vitest';
import { startTestApp } from './test/app.ts';

describe('graceful shutdown', () => {
  it('finishes a request in flight before closing the database', async () => {
    // A deliberately slow request that still needs the database when it ends.
    let started: () => void = () => {};
    const inFlight = new Promise<void>((r) => {
      started = r;
    });
    const t = await startTestApp({
      beforeReady: ({ app, services }) => {
        app.get('/slow', async () => {
          started();
          await new Promise((r) => setTimeout(r, 300));
          await services.database.ping();
          return { done: true };
        });
      },
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const response = fetch(`http://127.0.0.1:${port}/slow`).then(async (r) => ({
      status: r.status,
      body: await r.json(),
    }));
    // Close only once the request is being handled (a fixed delay is flaky on a busy machine).
    await inFlight;
    const closing = t.close();
    expect(await response).toEqual({ status: 200, body: { done: true } });
    await closing;
  });
});
