import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireAction } from '../../core/http/guards.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { clientAt, createMember, enableTwoFactor, signIn, totpCode } from '../../test/factories.ts';
import { session, twoFactor, user } from './tables.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({
    // A staff-only screen, to see the guard at work without depending on another feature.
    beforeReady: ({ app }) => {
      app.get('/en/test-staff-screen', async (req) => {
        requireAction(req, 'admin.console');
        return 'staff screen';
      });
    },
  });
});
afterAll(() => t?.close());

const userRow = async (id: string) => (await t.services.db.select().from(user).where(eq(user.id, id)))[0]!;

describe('two-step verification', () => {
  it('sends staff without 2FA to the set-up page, which says staff need it', async () => {
    const { user: editor, password } = await createMember(t, { role: 'editor' });
    const browser = clientAt(t);
    await browser.post('/en/sign-in', { email: editor.email, password });
    const res = await browser.get('/en/test-staff-screen');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/en/account/two-factor?required=1');
    const page = await browser.get('/en/account/two-factor?required=1');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Staff need two-step verification');
    expect(page.body).toContain('Editors and administrators must switch on two-step verification');
    // Members are refused staff screens outright.
    const { user: member, password: memberPassword } = await createMember(t);
    const plain = await signIn(t, member.email, memberPassword);
    expect((await plain.get('/en/test-staff-screen')).statusCode).toBe(403);
  });

  it('is switched on with the password and a code, shows the secret and backup codes once', async () => {
    const { user: member, password } = await createMember(t);
    const browser = await signIn(t, member.email, password);
    // Another device signed in with the password alone.
    const laptop = await signIn(t, member.email, password);
    const wrongPassword = await browser.post('/en/account/two-factor', {
      action: 'start',
      password: 'Nope-Nope-123',
    });
    expect(wrongPassword.statusCode).toBe(400);
    expect(wrongPassword.body).toContain('The password is not correct.');

    const start = await browser.post('/en/account/two-factor', { action: 'start', password });
    expect(start.statusCode).toBe(200);
    expect(start.body).toContain('otpauth://totp/');
    expect(start.body).toContain('<svg');
    expect(start.body).toMatch(/<code class="secret">([A-Z2-7]{4} )+[A-Z2-7]{1,4}<\/code>/);
    expect(start.body).toContain('autocomplete="one-time-code"');
    expect((await userRow(member.id)).twoFactorEnabled).toBe(false);

    // A wrong code keeps the set-up on screen with a message.
    const uri = /name="uri" value="([^"]+)"/.exec(start.body)![1]!.replaceAll('&amp;', '&');
    const wrong = await browser.post('/en/account/two-factor', { action: 'confirm', uri, code: '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('This code is not correct.');
    expect(wrong.body).toContain('otpauth://totp/');

    const secret = new URL(uri).searchParams.get('secret')!;
    const sessionsBefore = await t.services.db.select().from(session).where(eq(session.userId, member.id));
    const done = await browser.post('/en/account/two-factor', {
      action: 'confirm',
      uri,
      code: totpCode(secret),
    });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Save your backup codes');
    expect([...done.body.matchAll(/<li><code>[^<]+<\/code><\/li>/g)].length).toBeGreaterThanOrEqual(8);
    expect((await userRow(member.id)).twoFactorEnabled).toBe(true);
    // The session was rotated, and the browser keeps working with the new one.
    const sessionsAfter = await t.services.db.select().from(session).where(eq(session.userId, member.id));
    expect(sessionsAfter.map((s) => s.id)).not.toEqual(sessionsBefore.map((s) => s.id));
    // Only that new session survives: the password-only one on the other device is gone.
    expect(sessionsAfter).toHaveLength(1);
    expect((await laptop.get('/en/account')).statusCode).toBe(303);
    const status = await browser.get('/en/account/two-factor');
    expect(status.statusCode).toBe(200);
    expect(status.body).toContain('Two-step verification is switched on.');
    expect(status.body).not.toContain('Save your backup codes');
  });

  it('asks for a code at sign-in; a wrong code is refused, the right one signs in', async () => {
    const { user: editor, password } = await createMember(t, { role: 'editor' });
    await signIn(t, editor.email, password); // switches 2FA on for staff
    const browser = clientAt(t);
    const first = await browser.post('/en/sign-in', {
      email: editor.email,
      password,
      next: '/en/test-staff-screen',
    });
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe('/en/sign-in/two-factor?next=%2Fen%2Ftest-staff-screen');
    // The password step alone grants nothing.
    expect(browser.cookies.has('spg.session')).toBe(false);
    expect((await browser.get('/en/account')).statusCode).toBe(303);

    const form = await browser.get(first.headers.location as string);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('autocomplete="one-time-code"');
    const wrong = await browser.post('/en/sign-in/two-factor', {
      method: 'totp',
      code: '123456',
      next: '/en/test-staff-screen',
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).toContain('This code is not correct.');

    const again = await signIn(t, editor.email, password);
    expect((await again.get('/en/test-staff-screen')).body).toBe('staff screen');
  });

  it('accepts a backup code once', async () => {
    const { user: member, password } = await createMember(t);
    const setup = await signIn(t, member.email, password);
    const { backupCodes } = await enableTwoFactor(t, setup, member.email, password);
    const code = backupCodes[0]!;

    const browser = clientAt(t);
    await browser.post('/en/sign-in', { email: member.email, password });
    const ok = await browser.post('/en/sign-in/two-factor', { method: 'backup', code });
    expect(ok.statusCode).toBe(303);
    expect((await browser.get('/en/account')).statusCode).toBe(200);

    const other = clientAt(t);
    await other.post('/en/sign-in', { email: member.email, password });
    const reused = await other.post('/en/sign-in/two-factor', { method: 'backup', code });
    expect(reused.statusCode).toBe(401);
  });

  it('sends a visitor with no pending challenge back to the password step', async () => {
    const res = await clientAt(t).get('/en/sign-in/two-factor');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/en/sign-in?notice=signInAgain');
    const post = await clientAt(t).post('/en/sign-in/two-factor', { method: 'totp', code: '123456' });
    expect(post.statusCode).toBe(303);
    expect(post.headers.location).toBe('/en/sign-in?notice=signInAgain');
  });

  it('is switched off with the password; staff are warned first', async () => {
    const { user: admin, password } = await createMember(t, { role: 'admin' });
    const browser = await signIn(t, admin.email, password);
    const page = await browser.get('/en/account/two-factor');
    expect(page.body).toContain('you will not be able to open staff screens');
    const wrong = await browser.post('/en/account/two-factor', {
      action: 'disable',
      password: 'Wrong-Password-1',
    });
    expect(wrong.statusCode).toBe(400);
    expect((await userRow(admin.id)).twoFactorEnabled).toBe(true);
    const off = await browser.post('/en/account/two-factor', { action: 'disable', password });
    expect(off.statusCode).toBe(303);
    expect(off.headers.location).toBe('/en/account?notice=twoFactorDisabled');
    expect((await userRow(admin.id)).twoFactorEnabled).toBe(false);
    expect(await t.services.db.select().from(twoFactor).where(eq(twoFactor.userId, admin.id))).toHaveLength(
      0,
    );
    expect((await browser.get('/en/test-staff-screen')).headers.location).toBe(
      '/en/account/two-factor?required=1',
    );
  });
});
