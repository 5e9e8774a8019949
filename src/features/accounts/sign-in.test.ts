import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { clientAt, createMember, signIn } from '../../test/factories.ts';
import { session, session as sessionTable, user } from './tables.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const sessionsOf = (userId: string) => t.services.db.select().from(session).where(eq(session.userId, userId));
const setCookie = (res: { headers: Record<string, unknown> }, name: string) =>
  [res.headers['set-cookie']].flat().find((c) => String(c).startsWith(`${name}=`)) as string | undefined;

describe('sign-in', () => {
  it('gives the same answer for a wrong password and an unknown address', async () => {
    const { user: member } = await createMember(t, { email: 'zanele@example.org' });
    const browser = clientAt(t);
    const wrong = await browser.post('/en/sign-in', { email: member.email, password: 'Not-Her-Password-9' });
    const unknown = await browser.post('/en/sign-in', {
      email: 'ghost@example.org',
      password: 'Not-Her-Password-9',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.body).toContain('The e-mail address or the password is incorrect.');
    // Identical but for the address typed and the per-response CSP nonce.
    const same = (body: string, email: string) => body.replaceAll(email, 'X').replace(/nonce="[^"]+"/g, '');
    expect(same(wrong.body, member.email)).toBe(same(unknown.body, 'ghost@example.org'));
    expect(wrong.body).not.toContain('Not-Her-Password-9');
    expect(await sessionsOf(member.id)).toHaveLength(0);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie for the whole site and rotates the session at login', async () => {
    const { user: member, password } = await createMember(t);
    const first = await clientAt(t).post('/en/sign-in', { email: member.email, password });
    expect(first.statusCode).toBe(303);
    const cookie = setCookie(first, 'spg.session');
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
    const second = await clientAt(t).post('/en/sign-in', { email: member.email, password });
    const token = (c: string | undefined) => c?.split(';')[0]?.split('=')[1];
    expect(token(setCookie(second, 'spg.session'))).not.toBe(token(cookie));
    expect(await sessionsOf(member.id)).toHaveLength(2);
  });

  it('goes back to a same-site `next` path, and ignores anything else', async () => {
    const { user: member, password } = await createMember(t);
    const ok = await clientAt(t).post('/en/sign-in', {
      email: member.email,
      password,
      next: '/fr/library?page=2',
    });
    expect(ok.headers.location).toBe('/fr/library?page=2');
    for (const next of [
      '//evil.example/x',
      'https://evil.example/',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      const res = await clientAt(t).post('/en/sign-in', { email: member.email, password, next });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/en/account');
    }
    const page = await clientAt(t).get('/en/sign-in?next=%2F%2Fevil.example');
    expect(page.body).not.toContain('name="next"');
    const kept = await clientAt(t).get('/en/sign-in?next=%2Fen%2Fadmin');
    expect(kept.body).toContain('name="next" value="/en/admin"');
  });

  it('renders a translated, accessible sign-in form', async () => {
    const res = await clientAt(t).get('/pt/sign-in');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="pt"');
    expect(res.body).toContain('<meta name="robots" content="noindex"/>');
    expect(res.body).toContain('autocomplete="current-password"');
    expect(res.body).toContain('for="f-email"');
    expect(res.body).toContain('href="/pt/forgot-password"');
  });

  it('signs out: the session row is deleted and the cookie expired', async () => {
    const { user: member, password } = await createMember(t);
    const browser = await signIn(t, member.email, password);
    expect(await sessionsOf(member.id)).toHaveLength(1);
    const res = await browser.post('/en/sign-out', {});
    expect(res.statusCode).toBe(303);
    expect(setCookie(res, 'spg.session')).toMatch(/Max-Age=0/i);
    expect(await sessionsOf(member.id)).toHaveLength(0);
  });
});

describe('CSRF', () => {
  it('refuses a sign-in post without a valid token and creates no session', async () => {
    const { user: member, password } = await createMember(t);
    const browser = clientAt(t);
    const none = await browser.post('/en/sign-in', { email: member.email, password }, { noCsrf: true });
    expect(none.statusCode).toBe(403);
    const forged = await browser.post('/en/sign-in', { email: member.email, password, _csrf: 'forged' });
    expect(forged.statusCode).toBe(403);
    expect(await sessionsOf(member.id)).toHaveLength(0);
  });

  it('refuses account deletion without a valid token and deletes nothing', async () => {
    const { user: member, password } = await createMember(t);
    const browser = await signIn(t, member.email, password);
    const res = await browser.post(
      '/en/account/delete',
      { password, confirmation: member.email },
      { noCsrf: true },
    );
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Your form has expired or was sent from another site.');
    expect(await t.services.db.select().from(user).where(eq(user.id, member.id))).toHaveLength(1);
    expect(await sessionsOf(member.id)).toHaveLength(1);
  });
});

describe('rate limits', () => {
  it('answers 429 with a translated page after 10 sign-in attempts a minute from one address', async () => {
    const browser = clientAt(t);
    for (let i = 0; i < 10; i++) {
      const res = await browser.post('/es/sign-in', {
        email: `guess${i}@example.org`,
        password: 'Wrong-Guess-000',
      });
      expect(res.statusCode).toBe(401);
    }
    const res = await browser.post('/es/sign-in', {
      email: 'guess@example.org',
      password: 'Wrong-Guess-000',
    });
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body).toContain('Demasiados intentos');
  });

  it('limits attempts on one e-mail address to 5 a minute, whatever the source address', async () => {
    const { user: member, password } = await createMember(t);
    for (let i = 0; i < 5; i++) {
      const res = await clientAt(t).post('/en/sign-in', { email: member.email, password: 'Wrong-Guess-000' });
      expect(res.statusCode).toBe(401);
    }
    const blocked = await clientAt(t).post('/en/sign-in', { email: member.email.toUpperCase(), password });
    expect(blocked.statusCode).toBe(429);
    expect(await sessionsOf(member.id)).toHaveLength(0);
  });
});

describe('HTTPS deployment', () => {
  let secure: TestApp;
  beforeAll(async () => {
    secure = await startTestApp({ env: { PUBLIC_URL: 'https://spgateway.example' } });
  });
  afterAll(() => secure?.close());

  it('uses a __Host- session cookie marked Secure', async () => {
    const { user: member, password } = await createMember(secure);
    const browser = clientAt(secure);
    const res = await browser.post('/en/sign-in', { email: member.email, password });
    expect(res.statusCode).toBe(303);
    const cookie = setCookie(res, '__Host-spg.session');
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
    const account = await browser.get('/en/account');
    expect(account.statusCode).toBe(200);
  });
});

describe('session lifetime', () => {
  it('ends a session 30 days after sign-in, however much it was used', async () => {
    const t2 = await startTestApp();
    try {
      const { user, password } = await createMember(t2);
      const client = await signIn(t2, user.email, password);
      expect((await client.get('/en/account')).statusCode).toBe(200);
      await t2.services.db
        .update(sessionTable)
        .set({ createdAt: new Date(Date.now() - 31 * 86_400_000) })
        .where(eq(sessionTable.userId, user.id));
      const res = await client.get('/en/account');
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toContain('/en/sign-in');
      expect(
        await t2.services.db.select().from(sessionTable).where(eq(sessionTable.userId, user.id)),
      ).toEqual([]);
    } finally {
      await t2.close();
    }
  });
});
