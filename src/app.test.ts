import { describe, expect, it } from 'vitest';
import { startTestApp } from './test/app.ts';

describe('graceful shutdown', () => {
  it('finishes a request in flight before closing the database', async () => {
    // A deliberately slow request that still needs the database when it ends.
    const t = await startTestApp({
      beforeReady: ({ app, services }) => {
        app.get('/slow', async () => {
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
    await new Promise((r) => setTimeout(r, 50));
    const closing = t.close();
    expect(await response).toEqual({ status: 200, body: { done: true } });
    await closing;
  });
});
