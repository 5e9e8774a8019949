import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { clientAt, createMember, signIn } from '../../test/factories.ts';
import { startSmtp } from '../../test/smtp.ts';
import { passwordProblem } from './password.ts';
import { account, session } from './tables.ts';

describe('password rules', () => {
  it('accepts long, uncommon passwords and refuses common or personal ones', () => {
    expect(passwordProblem('Correct-Horse-Battery-Staple')).toBeNull();
    expect(passwordProblem('short')).toBe('accounts.password.length');
    expect(passwordProblem('x'.repeat(129))).toBe('accounts.password.length');
    expect(passwordProblem('x'.repeat(128))).toBeNull();
    for (const common of ['password', 'iloveyou', 'qwertyuiop', 'Password1', '12345678'])
      expect(passwordProblem(common)).toBe('accounts.password.common');
    expect(passwordProblem('amina.diallo@example.org', { email: 'amina.diallo@example.org' })).toBe(
      'accounts.password.personal',
    );
    expect(passwordProblem('Amina Diallo', { name: 'amina diallo' })).toBe('accounts.password.personal');
    expect(passwordProblem('aminadiallo', { email: 'aminadiallo@example.org' })).toBe(
      'accounts.password.personal',
    );
  });
});

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  smtp = await startSmtp();
  t = await startTestApp({ jobs: true, env: { SMTP_URL: smtp.url } });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const sessionsOf = (userId: string) => t.services.db.select().from(session).where(eq(session.userId, userId));

describe('forgotten password', () => {
  it('answers the same whatever the address, and e-mails a reset link only to a real account', async () => {
    const { user: member } = await createMember(t, { locale: 'es', email: 'lucia@example.org' });
    const known = await clientAt(t).post('/en/forgot-password', { email: member.email });
    const unknown = await clientAt(t).post('/en/forgot-password', { email: 'nobody-here@example.org' });
    expect(known.statusCode).toBe(303);
    expect(unknown.statusCode).toBe(303);
    expect(known.headers.location).toBe('/en/forgot-password?sent=1');
    expect(unknown.headers.location).toBe(known.headers.location);
    const page = await clientAt(t).get('/en/forgot-password?sent=1');
    expect(page.body).toContain('If an account uses this address');

    const mail = await smtp.waitFor((m) => m.to.includes('lucia@example.org'));
    expect(mail.subject).toBe('Restablezca su contraseña de SP Gateway');
    expect(smtp.received.some((m) => m.to.includes('nobody-here@example.org'))).toBe(false);
  });

  it('resets the password from the e-mailed link, revoking every session', async () => {
    const { user: member, password } = await createMember(t, { email: 'reset-me@example.org' });
    const elsewhere = await signIn(t, member.email, password);
    expect(await sessionsOf(member.id)).toHaveLength(1);

    await clientAt(t).post('/en/forgot-password', { email: member.email });
    const mail = await smtp.waitFor((m) => m.to.includes('reset-me@example.org'));
    const link = /http:\/\/localhost:3000(\/en\/reset-password\?token=[^\s"<]+)/.exec(mail.text)![1]!;
    const token = new URL(link, 'http://x').searchParams.get('token')!;

    const browser = clientAt(t);
    const form = await browser.get(link);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('autocomplete="new-password"');
    expect(form.body).toContain(`name="token" value="${token}"`);

    const weak = await browser.post('/en/reset-password', {
      token,
      password: 'reset-me@example.org',
      confirmPassword: 'reset-me@example.org',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.body).toContain('Your password must not be your name or your e-mail address.');
    const before = (await t.services.db.select().from(account).where(eq(account.userId, member.id)))[0]!
      .password;

    const done = await browser.post('/en/reset-password', {
      token,
      password: 'Fresh-Mango-Harbour-88',
      confirmPassword: 'Fresh-Mango-Harbour-88',
    });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/en/sign-in?notice=passwordReset');
    const after = (await t.services.db.select().from(account).where(eq(account.userId, member.id)))[0]!
      .password;
    expect(after).not.toBe(before);
    expect(after).toMatch(/^\$argon2id\$/);
    expect(await sessionsOf(member.id)).toHaveLength(0);
    expect((await elsewhere.get('/en/account')).statusCode).toBe(303);

    expect((await clientAt(t).post('/en/sign-in', { email: member.email, password })).statusCode).toBe(401);
    const fresh = await clientAt(t).post('/en/sign-in', {
      email: member.email,
      password: 'Fresh-Mango-Harbour-88',
    });
    expect(fresh.statusCode).toBe(303);

    // A used link does not work twice.
    const reused = await clientAt(t).post('/en/reset-password', {
      token,
      password: 'Another-Mango-Harbour-99',
      confirmPassword: 'Another-Mango-Harbour-99',
    });
    expect(reused.statusCode).toBe(400);
    expect(reused.body).toContain('This link has expired');
    expect((await clientAt(t).get(link)).statusCode).toBe(400);
  });

  it('refuses an invalid reset link with a translated page', async () => {
    const res = await clientAt(t).get('/fr/reset-password?token=nope');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Ce lien a expiré');
    expect(res.body).toContain('href="/fr/forgot-password"');
  });
});

describe('changing the password', () => {
  it('needs the current password and signs out every other session', async () => {
    const { user: member, password } = await createMember(t);
    const here = await signIn(t, member.email, password);
    const there = await signIn(t, member.email, password);
    expect(await sessionsOf(member.id)).toHaveLength(2);

    const wrong = await here.post('/en/account/password', {
      currentPassword: 'Not-The-Password-1',
      newPassword: 'Velvet-Canyon-Drum-55',
      confirmPassword: 'Velvet-Canyon-Drum-55',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('href="#f-currentPassword"');
    expect(wrong.body).not.toContain('Velvet-Canyon-Drum-55');

    const common = await here.post('/en/account/password', {
      currentPassword: password,
      newPassword: 'iloveyou',
      confirmPassword: 'iloveyou',
    });
    expect(common.statusCode).toBe(400);
    expect(common.body).toContain('This password is too common');

    const ok = await here.post('/en/account/password', {
      currentPassword: password,
      newPassword: 'Velvet-Canyon-Drum-55',
      confirmPassword: 'Velvet-Canyon-Drum-55',
    });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/en/account?notice=passwordChanged');
    expect(await sessionsOf(member.id)).toHaveLength(1);
    const mine = await here.get('/en/account?notice=passwordChanged');
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toContain('Your password has been changed.');
    expect((await there.get('/en/account')).statusCode).toBe(303);
  });
});

describe('per-address limits on e-mailing links', () => {
  it('stops a fourth reset request for one address within the hour, from any IP', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await clientAt(t).post('/en/forgot-password', { email: 'flooded@example.org' });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([303, 303, 303, 429]);
    // Another address is not affected.
    expect((await clientAt(t).post('/en/forgot-password', { email: 'other@example.org' })).statusCode).toBe(
      303,
    );
  });
});
