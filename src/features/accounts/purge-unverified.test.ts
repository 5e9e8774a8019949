import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { user } from '../../core/db/schema.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { createMember } from '../../test/factories.ts';
import { purgeUnverifiedAccounts } from './purge-unverified.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('purging unconfirmed registrations', () => {
  it('removes only unverified accounts older than 30 days', async () => {
    const { db } = t.services;
    const old = await createMember(t, { verified: false });
    const recent = await createMember(t, { verified: false });
    const oldVerified = await createMember(t);
    const longAgo = new Date(Date.now() - 31 * 24 * 3600 * 1000);
    await db.update(user).set({ createdAt: longAgo }).where(eq(user.id, old.user.id));
    await db.update(user).set({ createdAt: longAgo }).where(eq(user.id, oldVerified.user.id));
    expect(await purgeUnverifiedAccounts(t.services)).toBe(1);
    const left = (await db.select({ id: user.id }).from(user)).map((r) => r.id);
    expect(left).not.toContain(old.user.id);
    expect(left).toContain(recent.user.id);
    expect(left).toContain(oldVerified.user.id);
  });
});
