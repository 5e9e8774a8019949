import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { clientAt, createMember, signIn } from '../../test/factories.ts';
import { startSmtp } from '../../test/smtp.ts';
import { mailMessage } from '../../core/mail/tables.ts';
import { contentItem } from '../content/tables.ts';
import { term, termLabel, vocabulary } from '../taxonomy/tables.ts';
import { account, session, twoFactor, user, userInterest } from './tables.ts';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let areaId: number;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await startTestApp({ jobs: true, env: { SMTP_URL: smtp.url } });
  const db = t.services.db;
  await db.insert(vocabulary).values({ id: 'programme-area' }).onConflictDoNothing();
  const [area] = await db
    .insert(term)
    .values({ vocabularyId: 'programme-area', slug: 'test-social-insurance' })
    .returning({ id: term.id });
  areaId = area!.id;
  // English only: other languages fall back to it.
  await db.insert(termLabel).values({ termId: areaId, locale: 'en', label: 'Social insurance' });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const rowOf = async (id: string) => (await t.services.db.select().from(user).where(eq(user.id, id)))[0];

describe('account pages', () => {
  it('send visitors to sign-in and come back afterwards', async () => {
    const browser = clientAt(t);
    for (const path of [
      '/en/account',
      '/en/account/profile',
      '/en/account/two-factor',
      '/en/account/delete',
    ]) {
      const res = await browser.get(path);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`/en/sign-in?next=${encodeURIComponent(path)}`);
    }
    const { user: member, password } = await createMember(t);
    const back = await browser.post('/en/sign-in', {
      email: member.email,
      password,
      next: '/en/account/profile',
    });
    expect(back.headers.location).toBe('/en/account/profile');
  });

  it('show the account with links to every setting, marked as the account section and not indexed', async () => {
    const { user: member, password } = await createMember(t, { name: 'Thandiwe Nkosi' });
    const browser = await signIn(t, member.email, password);
    const res = await browser.get('/fr/account');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Mon compte</h1>');
    expect(res.body).toContain('Thandiwe Nkosi');
    expect(res.body).toContain('<meta name="robots" content="noindex"/>');
    expect(res.body).toMatch(/<a href="\/fr\/account" aria-current="page">/);
    for (const path of ['profile', 'email', 'password', 'two-factor', 'delete'])
      expect(res.body).toContain(`href="/fr/account/${path}"`);
  });

  it('edit the profile, interests and language; bad input changes nothing', async () => {
    const { user: member, password } = await createMember(t);
    const browser = await signIn(t, member.email, password);
    const form = await browser.get('/es/account/profile');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(`value="${member.name}"`);
    expect(form.body).toContain('Social insurance'); // English label as the fallback
    expect(form.body).toMatch(/<option value="SN" selected/);

    const changes = {
      name: 'Renamed Member',
      country: 'BR',
      organisation: 'Instituto de Pesquisa',
      position: '',
      sector: 'academia',
      interests: [String(areaId)],
      language: 'pt',
      timeZone: 'America/Sao_Paulo',
    };
    const bad = await browser.post('/es/account/profile', { ...changes, role: 'admin' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('El campo');
    expect(bad.body).toContain('href="#f-role"');
    expect((await rowOf(member.id))!.name).toBe(member.name);
    expect((await rowOf(member.id))!.role).toBe('member');

    const ok = await browser.post('/es/account/profile', changes);
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/pt/account?notice=profileSaved');
    expect(await rowOf(member.id)).toMatchObject({
      name: 'Renamed Member',
      country: 'BR',
      organisationName: 'Instituto de Pesquisa',
      position: null,
      sector: 'academia',
      locale: 'pt',
      timeZone: 'America/Sao_Paulo',
      role: 'member',
    });
    const interests = await t.services.db
      .select()
      .from(userInterest)
      .where(eq(userInterest.userId, member.id));
    expect(interests.map((i) => i.termId)).toEqual([areaId]);
    const page = await browser.get('/pt/account?notice=profileSaved');
    expect(page.body).toContain('Seu perfil foi salvo.');
    expect(page.body).toContain('Brasil');
    expect(page.body).toContain('Social insurance');

    const cleared = await browser.post('/pt/account/profile', { ...changes, interests: [] });
    expect(cleared.statusCode).toBe(303);
    expect(await t.services.db.select().from(userInterest).where(eq(userInterest.userId, member.id))).toEqual(
      [],
    );
  });
});

describe('changing the e-mail address', () => {
  it('confirms from the old address, then verifies the new one, then switches', async () => {
    const { user: member, password } = await createMember(t, {
      email: 'old-address@example.org',
      locale: 'fr',
    });
    const browser = await signIn(t, member.email, password);

    const wrong = await browser.post('/en/account/email', {
      newEmail: 'new-address@example.org',
      currentPassword: 'nope-nope-nope',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('The password is not correct.');
    const same = await browser.post('/en/account/email', {
      newEmail: 'OLD-address@example.org',
      currentPassword: password,
    });
    expect(same.statusCode).toBe(400);
    expect(same.body).toContain('This is already your e-mail address.');

    const res = await browser.post('/en/account/email', {
      newEmail: 'new-address@example.org',
      currentPassword: password,
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/en/account/email?sent=1');
    expect((await rowOf(member.id))!.email).toBe('old-address@example.org');

    const confirm = await smtp.waitFor((m) => m.to.includes('old-address@example.org'));
    expect(confirm.subject).toBe('Confirmez le changement de votre adresse e-mail');
    expect(confirm.text).toContain('new-address@example.org');
    const step1 = /http:\/\/localhost:3000(\/fr\/verify-email\?token=[^\s"<]+)/.exec(confirm.text)![1]!;
    const confirmed = await browser.get(step1);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('Consultez maintenant votre nouvelle messagerie');
    expect((await rowOf(member.id))!.email).toBe('old-address@example.org');

    const verify = await smtp.waitFor((m) => m.to.includes('new-address@example.org'));
    expect(verify.subject).toBe('Confirmez votre nouvelle adresse e-mail pour SP Gateway');
    const step2 = /http:\/\/localhost:3000(\/fr\/verify-email\?token=[^\s"<]+)/.exec(verify.text)![1]!;
    const changed = await clientAt(t).get(step2);
    expect(changed.statusCode).toBe(200);
    expect(changed.body).toContain('Votre adresse e-mail a été modifiée');
    const after = await rowOf(member.id);
    expect(after!.email).toBe('new-address@example.org');
    expect(after!.emailVerified).toBe(true);
    expect(
      (await clientAt(t).post('/en/sign-in', { email: 'new-address@example.org', password })).statusCode,
    ).toBe(303);
  });

  it('answers the same when the new address already has an account, and sends nothing', async () => {
    const { user: other } = await createMember(t, { email: 'already-used@example.org' });
    const { user: member, password } = await createMember(t);
    const browser = await signIn(t, member.email, password);
    const res = await browser.post('/en/account/email', { newEmail: other.email, currentPassword: password });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/en/account/email?sent=1');
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received.some((m) => m.to.includes(member.email) || m.to.includes(other.email))).toBe(false);
  });
});

describe('deleting the account', () => {
  it('needs the password and the typed address; then erases the member and keeps their content', async () => {
    const { user: member, password } = await createMember(t);
    const browser = await signIn(t, member.email, password);
    const elsewhere = await signIn(t, member.email, password);
    const [item] = await t.services.db
      .insert(contentItem)
      .values({
        type: 'publication',
        slug: 'kept-after-author-leaves',
        originalLocale: 'en',
        authorId: member.id,
      })
      .returning({ id: contentItem.id });

    await t.services.mailer.queue(t.services.db, {
      toAddress: member.email,
      locale: 'en',
      kind: 'test',
      subject: 'Personal',
      text: 'For the member',
      html: '<p>For the member</p>',
    });
    const page = await browser.get('/en/account/delete');
    expect(page.body).toContain('Content you wrote or published stays on the platform');
    expect(page.body).toContain('data-confirm=');

    const mismatch = await browser.post('/en/account/delete', { password, confirmation: 'someone@else.org' });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.body).toContain('href="#f-confirmation"');
    const wrong = await browser.post('/en/account/delete', {
      password: 'Wrong-Password-9',
      confirmation: member.email,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('href="#f-password"');
    expect(await rowOf(member.id)).toBeDefined();

    const res = await browser.post('/en/account/delete', {
      password,
      confirmation: member.email.toUpperCase(),
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/en/account/deleted');
    expect((await browser.get('/en/account/deleted')).body).toContain('Your account has been deleted');
    expect(await rowOf(member.id)).toBeUndefined();
    const db = t.services.db;
    expect(await db.select().from(session).where(eq(session.userId, member.id))).toEqual([]);
    expect(await db.select().from(account).where(eq(account.userId, member.id))).toEqual([]);
    expect(await db.select().from(twoFactor).where(eq(twoFactor.userId, member.id))).toEqual([]);
    const [kept] = await db.select().from(contentItem).where(eq(contentItem.id, item!.id));
    expect(kept!.authorId).toBeNull();
    expect(await db.select().from(mailMessage).where(eq(mailMessage.toAddress, member.email))).toEqual([]);
    expect((await elsewhere.get('/en/account')).statusCode).toBe(303);
    expect((await clientAt(t).post('/en/sign-in', { email: member.email, password })).statusCode).toBe(401);
  });

  it('refuses to delete the only administrator', async () => {
    const { user: admin, password } = await createMember(t, { role: 'admin' });
    const browser = await signIn(t, admin.email, password);
    const res = await browser.post('/en/account/delete', { password, confirmation: admin.email });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('You are the only administrator.');
    expect(await rowOf(admin.id)).toBeDefined();
  });
});
