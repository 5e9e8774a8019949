import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { createMember, createTerm, signIn } from '../../../test/factories.ts';
import { userInterest } from '../../accounts/tables.ts';
import { KIND_LIST } from '../../notifications/kinds.ts';
import { notificationPreference } from '../../notifications/tables.ts';
import { memberProfile } from '../tables.ts';

// Issue 7 §9: one short step after verification — interests, languages, e-mail frequency.

let t: TestApp;
let termId = 0;

beforeAll(async () => {
  t = await startTestApp();
  termId = await createTerm(t, 'topic', 'child-benefits', { fr: 'Allocations familiales' });
});
afterAll(async () => {
  await t?.close();
});

it('saves interests, reading languages and one e-mail frequency for every kind; bad input changes nothing', async () => {
  const m = await createMember(t, { locale: 'fr' });
  const client = await signIn(t, m.user.email, m.password);
  const page = await client.get('/fr/me/welcome');
  expect(page.statusCode).toBe(200);
  expect(page.body).toContain('Allocations familiales');
  for (const [form, field] of [
    [{ interests: [String(termId)], languages: ['pt'], email: 'weekly' }, 'email'],
    [{ interests: ['999999'], languages: ['pt'], email: 'daily' }, 'interests'],
    [{ interests: [String(termId)], languages: ['klingon'], email: 'daily' }, 'languages'],
  ] as [Record<string, string | string[]>, string][]) {
    const res = await client.post('/fr/me/welcome', form);
    expect(res.statusCode, field).toBe(400);
    expect(res.body).toContain(`href="#f-${field}"`);
  }
  expect(
    await t.services.db
      .select()
      .from(notificationPreference)
      .where(eq(notificationPreference.userId, m.user.id)),
  ).toEqual([]);
  const ok = await client.post('/fr/me/welcome', {
    interests: [String(termId)],
    languages: ['pt', 'es'],
    email: 'off',
  });
  expect(ok.statusCode).toBe(303);
  expect(ok.headers.location).toBe('/fr/me?done=welcome');
  expect(
    (await t.services.db.select().from(userInterest).where(eq(userInterest.userId, m.user.id))).map(
      (r) => r.termId,
    ),
  ).toEqual([termId]);
  const [profile] = await t.services.db
    .select()
    .from(memberProfile)
    .where(eq(memberProfile.userId, m.user.id));
  expect(new Set(profile!.languages)).toEqual(new Set(['fr', 'pt', 'es']));
  expect(profile!.directoryVisibility).toBe('members');
  const prefs = await t.services.db
    .select()
    .from(notificationPreference)
    .where(eq(notificationPreference.userId, m.user.id));
  expect(prefs).toHaveLength(KIND_LIST.length);
  expect(new Set(prefs.map((p) => p.mode))).toEqual(new Set(['off']));
  expect((await client.get('/fr/me?done=welcome')).body).toContain('class="notice"');
});
