import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { clientAt, createMember } from '../../test/factories.ts';
import { startSmtp } from '../../test/smtp.ts';
import { term, termLabel, vocabulary, vocabularyLabel } from '../taxonomy/tables.ts';
import { session, user, userInterest } from './tables.ts';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let topicId: number;
let retiredId: number;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await startTestApp({ jobs: true, env: { SMTP_URL: smtp.url } });
  const db = t.services.db;
  await db
    .insert(vocabulary)
    .values([{ id: 'topic' }, { id: 'programme-area' }])
    .onConflictDoNothing();
  await db
    .insert(vocabularyLabel)
    .values([
      { vocabularyId: 'topic', locale: 'en', label: 'Topics' },
      { vocabularyId: 'topic', locale: 'fr', label: 'Thèmes' },
    ])
    .onConflictDoNothing();
  const [a, b] = await db
    .insert(term)
    .values([
      { vocabularyId: 'topic', slug: 'test-cash-transfers' },
      { vocabularyId: 'topic', slug: 'test-retired', status: 'retired' },
    ])
    .returning({ id: term.id });
  topicId = a!.id;
  retiredId = b!.id;
  await db.insert(termLabel).values([
    { termId: topicId, locale: 'en', label: 'Cash transfers' },
    { termId: topicId, locale: 'fr', label: 'Transferts monétaires' },
    { termId: retiredId, locale: 'en', label: 'Retired topic' },
  ]);
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const form = (email: string, extra: Record<string, string | string[]> = {}) => ({
  name: 'Amina Diallo',
  email,
  password: 'Baobab-Sunrise-Ledger-7',
  confirmPassword: 'Baobab-Sunrise-Ledger-7',
  country: 'SN',
  organisation: 'Ministry of Social Affairs',
  position: 'Policy officer',
  sector: 'government',
  language: 'fr',
  timeZone: 'Africa/Dakar',
  terms: 'yes',
  ...extra,
});

const tokenFrom = (text: string) => {
  const m = /verify-email\?token=([^\s"&<]+)/.exec(text);
  if (!m) throw new Error(`no verification link in: ${text}`);
  return decodeURIComponent(m[1]!);
};

describe('registration journey', () => {
  it('shows an accessible, translated registration form with interests of the reader’s language', async () => {
    const res = await clientAt(t).get('/fr/register');
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).toContain('Créer votre compte');
    for (const name of [
      'name',
      'email',
      'password',
      'confirmPassword',
      'country',
      'sector',
      'language',
      'timeZone',
      'terms',
    ])
      expect(html).toContain(`for="f-${name}"`);
    expect(html).toMatch(/id="f-email"[^>]*autocomplete="email"|autocomplete="email"[^>]*id="f-email"/);
    expect(html).toContain('autocomplete="new-password"');
    expect(html).toContain('autocomplete="organization"');
    expect(html).toContain('data-suggest-timezone');
    expect(html).toMatch(/<option value="UTC" selected/);
    // Interests: a fieldset with a legend, labels in French, retired terms left out.
    expect(html).toContain('<legend>Thèmes</legend>');
    expect(html).toContain('Transferts monétaires');
    expect(html).not.toContain('Retired topic');
    // The language defaults to the page's.
    expect(html).toMatch(/<option value="fr" selected/);
    expect(html).not.toMatch(/tabindex="[1-9]/i);
  });

  it('registers, mails a link in the chosen language, verifies, signs in and out', async () => {
    const browser = clientAt(t);
    const email = 'amina.diallo@example.org';
    const res = await browser.post('/en/register', form(email, { interests: [String(topicId)] }));
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/en/register/check-email');
    const check = await browser.get('/en/register/check-email');
    expect(check.statusCode).toBe(200);
    expect(check.body).toContain('Check your e-mail');

    const [row] = await t.services.db.select().from(user).where(eq(user.email, email));
    expect(row).toMatchObject({
      name: 'Amina Diallo',
      emailVerified: false,
      role: 'member',
      handle: 'amina-diallo',
      country: 'SN',
      organisationName: 'Ministry of Social Affairs',
      position: 'Policy officer',
      sector: 'government',
      locale: 'fr',
      timeZone: 'Africa/Dakar',
    });
    const interests = await t.services.db.select().from(userInterest).where(eq(userInterest.userId, row!.id));
    expect(interests.map((i) => i.termId)).toEqual([topicId]);

    // The e-mail arrives over SMTP, in French (the language chosen, not the page's).
    const mail = await smtp.waitFor((m) => m.to.includes(email));
    expect(mail.subject).toBe('Confirmez votre adresse e-mail pour SP Gateway');
    expect(mail.text).toContain('Bonjour Amina Diallo');
    expect(mail.headers.get('content-language')).toBe('fr');
    const token = tokenFrom(mail.text);
    expect(mail.text).toContain('http://localhost:3000/fr/verify-email?token=');

    // Not verified yet: the right password gets an offer to resend, not a session.
    const early = await browser.post('/en/sign-in', { email, password: 'Baobab-Sunrise-Ledger-7' });
    expect(early.statusCode).toBe(403);
    expect(early.body).toContain('Confirm your e-mail address first');
    expect(early.body).toContain('action="/en/verify-email/resend"');

    const verified = await browser.get(`/fr/verify-email?token=${encodeURIComponent(token)}`);
    expect(verified.statusCode).toBe(200);
    expect(verified.body).toContain('Votre adresse e-mail est confirmée');
    const [after] = await t.services.db.select().from(user).where(eq(user.email, email));
    expect(after!.emailVerified).toBe(true);

    const signedIn = await browser.post('/en/sign-in', { email, password: 'Baobab-Sunrise-Ledger-7' });
    expect(signedIn.statusCode).toBe(303);
    expect(signedIn.headers.location).toBe('/en/account');
    const sessions = await t.services.db.select().from(session).where(eq(session.userId, row!.id));
    expect(sessions).toHaveLength(1);

    const account = await browser.get('/en/account');
    expect(account.statusCode).toBe(200);
    expect(account.body).toContain('Amina Diallo');
    expect(account.body).toContain('@amina-diallo');
    expect(account.body).toContain('Senegal');
    expect(account.body).toContain('Cash transfers');
    expect(account.body).toContain('aria-current="page"');
    expect(account.headers['cache-control']).toBe('private, no-store');

    const out = await browser.post('/en/sign-out', {});
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe('/en/');
    expect(await t.services.db.select().from(session).where(eq(session.userId, row!.id))).toHaveLength(0);
    expect(browser.cookies.has('spg.session')).toBe(false);
    const gone = await browser.get('/en/account');
    expect(gone.statusCode).toBe(303);
    expect(gone.headers.location).toBe('/en/sign-in?next=%2Fen%2Faccount');
  });

  it('answers a duplicate registration exactly like a new one and tells the owner instead', async () => {
    const { user: owner } = await createMember(t, {
      email: 'taken@example.org',
      locale: 'pt',
      name: 'Owner',
    });
    const fresh = await clientAt(t).post('/en/register', form('brand-new@example.org'));
    const dup = await clientAt(t).post('/en/register', form('Taken@Example.org', { name: 'Intruder' }));
    expect(dup.statusCode).toBe(fresh.statusCode);
    expect(dup.headers.location).toBe(fresh.headers.location);
    expect(dup.body).toBe(fresh.body);
    const rows = await t.services.db.select().from(user).where(eq(user.email, 'taken@example.org'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toBe('Owner');
    const notice = await smtp.waitFor(
      (m) => m.to.includes('taken@example.org') && !m.subject.includes('Confirme'),
    );
    expect(notice.subject).toBe('Alguém tentou se cadastrar com seu endereço de e-mail');
    expect(notice.text).toContain('/pt/forgot-password');
    expect(owner.emailVerified).toBe(true);
  });

  it('refuses interests that are not active terms, and stores nothing', async () => {
    const res = await clientAt(t).post(
      '/en/register',
      form('retired@example.org', { interests: [String(retiredId)] }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#f-interests"');
    expect(await t.services.db.select().from(user).where(eq(user.email, 'retired@example.org'))).toHaveLength(
      0,
    );
  });

  it('explains a broken or expired link in the reader’s language and offers a new one', async () => {
    const res = await clientAt(t).get('/es/verify-email?token=not-a-token');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Este enlace no funciona');
    expect(res.body).toContain('action="/es/verify-email/resend"');
    const none = await clientAt(t).get('/es/verify-email');
    expect(none.statusCode).toBe(400);
  });

  it('resends a verification link with the same answer whether the address exists or not', async () => {
    const { user: pending } = await createMember(t, { verified: false, email: 'pending@example.org' });
    const known = await clientAt(t).post('/en/verify-email/resend', { email: pending.email });
    const unknown = await clientAt(t).post('/en/verify-email/resend', { email: 'nobody@example.org' });
    expect(known.statusCode).toBe(303);
    expect(unknown.statusCode).toBe(303);
    expect(known.headers.location).toBe(unknown.headers.location);
    const mail = await smtp.waitFor((m) => m.to.includes('pending@example.org'));
    expect(mail.subject).toBe('Confirm your e-mail address for SP Gateway');
    expect(smtp.received.some((m) => m.to.includes('nobody@example.org'))).toBe(false);
  });
});
