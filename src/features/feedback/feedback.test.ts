import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../core/audit/tables.ts';
import { mailMessage } from '../../core/mail/tables.ts';
import { seedFeedback } from '../../seed/feedback.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { clientAt, createMember, signIn } from '../../test/factories.ts';
import { startSmtp } from '../../test/smtp.ts';
import type { FeedbackRow } from './repository.ts';
import { feedback } from './tables.ts';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
const db = () => t.services.db;
type Person = { id: string; email: string; handle: string; client: TestClient };
const people: Record<string, Person> = {};

async function person(key: string, opts: Parameters<typeof createMember>[1] = {}) {
  const m = await createMember(t, opts);
  people[key] = {
    id: m.user.id,
    email: m.user.email,
    handle: m.user.handle,
    client: await signIn(t, m.user.email, m.password),
  };
  return people[key]!;
}

const rows = () => db().select().from(feedback);
const rowCount = async () => (await db().select({ n: count() }).from(feedback))[0]!.n;
const latest = async (): Promise<FeedbackRow> => {
  const all = await rows();
  return all.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0]!;
};
/** A feedback stored directly (for the team's screens). */
async function stored(values: Partial<typeof feedback.$inferInsert> = {}) {
  const [row] = await db()
    .insert(feedback)
    .values({
      category: 'other',
      message: 'A message stored for the team screens.',
      locale: 'en',
      ...values,
    })
    .returning();
  return row!;
}

const form = (over: Record<string, string> = {}) => ({
  category: 'idea',
  message: 'Please add a filter by programme start year to the library.',
  ...over,
});

beforeAll(async () => {
  smtp = await startSmtp();
  t = await startTestApp({ env: { SMTP_URL: smtp.url } });
  // A member whose account is in French: replies reach them in French whatever page they wrote from.
  await person('member', { name: 'Mia Member', locale: 'fr' });
  await person('editor', { role: 'editor', name: 'Eddie Editor' });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});
beforeEach(() => {
  smtp.received.length = 0;
});

describe('sending feedback', () => {
  it('shows the form: categories as labelled radio buttons, optional name and address for visitors, the page it came from', async () => {
    const res = await clientAt(t).get('/en/feedback?from=%2Fen%2Flibrary');
    expect(res.statusCode).toBe(200);
    for (const c of ['content', 'problem', 'idea', 'accessibility', 'language', 'other'])
      expect(res.body).toMatch(
        new RegExp(`<input type="radio" id="f-category(-${c})?" name="category" value="${c}"`),
      );
    expect(res.body).toContain('<label for="f-category-idea"><strong>An idea or a suggestion</strong>');
    expect(res.body).toContain('<label for="f-message">Your message</label>');
    expect(res.body).toContain('<label for="f-name">Your name (optional)</label>');
    expect(res.body).toContain('<label for="f-email">Your e-mail address (optional)</label>');
    expect(res.body).toContain('Only if you would like an answer.');
    expect(res.body).toContain('<input type="hidden" name="from" value="/en/library"/>');
    // Members are known by their account: no name or address to type.
    const member = await people.member!.client.get('/en/feedback');
    expect(member.body).not.toContain('id="f-email"');
    expect(member.body).toContain(
      `You are sending this as Mia Member. If we reply, we will write to ${people.member!.email}`,
    );
  });

  it('every page links to it from the footer, with the page it is on', async () => {
    const res = await clientAt(t).get('/fr/library?q=cash');
    expect(res.body).toContain('href="/fr/feedback?from=%2Ffr%2Flibrary"');
    expect(res.body).toContain('Donner votre avis sur cette page');
  });

  it('stores a visitor’s feedback with the name, address and page given, then thanks them', async () => {
    const client = clientAt(t);
    const res = await client.post('/es/feedback', {
      category: 'content',
      message: '  El enlace al informe de evaluación está roto.  ',
      name: 'Ana Pérez',
      email: 'Ana.Perez@Example.org',
      from: '/es/library?page=2',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/es/feedback?done=1&from=%2Fes%2Flibrary%3Fpage%3D2');
    const row = await latest();
    expect(row).toMatchObject({
      userId: null,
      name: 'Ana Pérez',
      email: 'ana.perez@example.org',
      category: 'content',
      message: 'El enlace al informe de evaluación está roto.',
      pagePath: '/es/library?page=2',
      locale: 'es',
      status: 'new',
      reply: null,
    });
    const thanks = await client.get(String(res.headers.location));
    expect(thanks.statusCode).toBe(200);
    expect(thanks.body).toContain('Gracias por sus comentarios');
    expect(thanks.body).toContain('<a href="/es/library?page=2">Volver a la página en la que estaba</a>');
  });

  it('stores a member’s feedback linked to their account, without copying their name or address', async () => {
    const res = await people.member!.client.post('/en/feedback', form({ from: '/en/events' }));
    expect(res.statusCode).toBe(303);
    const row = await latest();
    expect(row).toMatchObject({
      userId: people.member!.id,
      name: null,
      email: null,
      category: 'idea',
      pagePath: '/en/events',
      locale: 'en',
    });
  });

  it('keeps a visitor anonymous when they give neither name nor address', async () => {
    const res = await clientAt(t).post(
      '/pt/feedback',
      form({ category: 'accessibility', name: '', email: '' }),
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/pt/feedback?done=1');
    expect(await latest()).toMatchObject({ name: null, email: null, pagePath: null, locale: 'pt' });
  });

  it('refuses bad input field by field with a 400 naming the field, and stores nothing', async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ message: form().message }, 'category', 'Choose one of the options offered.'],
      [form({ category: 'spam' }), 'category', 'Choose one of the options offered.'],
      [form({ message: 'Too short' }), 'message', 'Enter at least 10 characters.'],
      [form({ message: 'x'.repeat(4001) }), 'message', 'Enter no more than 4,000 characters.'],
      [
        form({ message: 'A message with a \u0007 bell inside' }),
        'message',
        'Remove the invisible control characters',
      ],
      [{ category: 'idea' }, 'message', 'This field is required.'],
      [form({ name: 'N'.repeat(121) }), 'name', 'Enter no more than 120 characters.'],
      [form({ email: 'not-an-address' }), 'email', 'Enter an e-mail address like name@example.org.'],
      [form({ admin: '1' }), 'admin', 'is not accepted here'],
    ];
    const before = await rowCount();
    for (const [body, field, message] of cases) {
      const res = await clientAt(t).post('/en/feedback', body);
      expect(res.statusCode, `${field}: ${message}`).toBe(400);
      expect(res.body).toContain(`href="#f-${field}"`);
      expect(res.body).toContain(message);
    }
    expect(await rowCount()).toBe(before);
    // In the reader's language, naming the field by its label, with what was typed kept.
    const fr = await clientAt(t).post('/fr/feedback', form({ message: 'Trop bref', from: '/fr/news' }));
    expect(fr.statusCode).toBe(400);
    expect(fr.body).toMatch(/<a href="#f-message">Votre message\s?: Saisissez au moins 10 caractères\.<\/a>/);
    expect(fr.body).toContain('Trop bref</textarea>');
    expect(fr.body).toContain('<input type="hidden" name="from" value="/fr/news"/>');
    expect(fr.body).toMatch(/id="f-category-idea" name="category" value="idea" checked/);
    expect(await rowCount()).toBe(before);
  });

  it('drops a "from" that is not a path on this site, and keeps the feedback', async () => {
    const outside = [
      'https://evil.example/phish',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      'en/library',
      '/en/library with spaces',
      `/${'a'.repeat(300)}`,
    ];
    for (const from of outside) {
      const res = await clientAt(t).post('/en/feedback', form({ from }));
      expect(res.statusCode, from).toBe(303);
      expect(res.headers.location).toBe('/en/feedback?done=1');
      expect((await latest()).pagePath, from).toBeNull();
    }
    const page = await clientAt(t).get(`/en/feedback?from=${encodeURIComponent('//evil.example/x')}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('name="from"');
    expect(page.body).not.toContain('About the page');
    // Exactly 300 characters is still a page of the site.
    const longest = `/${'b'.repeat(299)}`;
    await clientAt(t).post('/en/feedback', form({ from: longest }));
    expect((await latest()).pagePath).toBe(longest);
  });

  it('is rate-limited per address', async () => {
    const client = clientAt(t);
    for (let i = 0; i < 20; i++)
      expect((await client.post('/en/feedback', { message: 'short' })).statusCode).toBe(400);
    expect((await client.post('/en/feedback', form())).statusCode).toBe(429);
    // Another address is not affected.
    expect((await clientAt(t).post('/en/feedback', form())).statusCode).toBe(303);
  });
});

describe('the team', () => {
  it('is the only one to see the console pages: visitors sign in, members get 403, unknown ids 404', async () => {
    const row = await stored();
    const visitor = await clientAt(t).get('/en/admin/feedback');
    expect(visitor.statusCode).toBe(303);
    expect(String(visitor.headers.location)).toContain('/en/sign-in');
    for (const path of ['/en/admin/feedback', `/en/admin/feedback/${row.id}`])
      expect((await people.member!.client.get(path)).statusCode, path).toBe(403);
    for (const [path, body] of [
      [`/en/admin/feedback/${row.id}/status`, { status: 'closed' }],
      [`/en/admin/feedback/${row.id}/reply`, { reply: 'Hello' }],
    ] as const)
      expect((await people.member!.client.post(path, body)).statusCode, path).toBe(403);
    expect((await db().select().from(feedback).where(eq(feedback.id, row.id)))[0]!.status).toBe('new');
    expect((await people.editor!.client.get('/en/admin/feedback/not-an-id')).statusCode).toBe(404);
    expect(
      (await people.editor!.client.get('/en/admin/feedback/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
    // The console's navigation leads there for the team.
    const home = await people.editor!.client.get('/en/admin');
    expect(home.body).toContain('href="/en/admin/feedback"');
  });

  it('lists feedback newest first with counts per status, filters by status and category, pages and ages', async () => {
    const old = await stored({
      category: 'language',
      message: 'An old remark about a translation.',
      createdAt: new Date(Date.now() - 3 * 86_400_000),
    });
    const fresh = await stored({ category: 'language', message: 'A fresh remark about a translation.' });
    await stored({ category: 'language', status: 'closed', message: 'A closed remark about a translation.' });
    const list = await people.editor!.client.get('/en/admin/feedback?category=language');
    expect(list.statusCode).toBe(200);
    expect(list.body.indexOf('A fresh remark')).toBeLessThan(list.body.indexOf('An old remark'));
    expect(list.body).toContain(`href="/en/admin/feedback/${fresh.id}"`);
    expect(list.body).toContain('3 days ago');
    expect(list.body).toContain('today');
    expect(list.body).toContain('All (3)');
    expect(list.body).toContain('New (2)');
    expect(list.body).toContain('Closed (1)');
    expect(list.body).toContain('3 messages');
    const onlyNew = await people.editor!.client.get('/en/admin/feedback?status=new&category=language');
    expect(onlyNew.body).toContain('2 messages');
    expect(onlyNew.body).not.toContain('A closed remark');
    expect(onlyNew.body).toContain(`href="/en/admin/feedback/${old.id}"`);
    // Unknown filter values are ignored, not errors.
    expect((await people.editor!.client.get('/en/admin/feedback?status=bogus&page=-3')).statusCode).toBe(200);
    // Pages of 25.
    for (let i = 0; i < 26; i++)
      await stored({ category: 'problem', message: `Problem number ${i} on a page.` });
    const first = await people.editor!.client.get('/en/admin/feedback?category=problem');
    expect(first.body).toContain('Page 1 of 2');
    expect(first.body).toContain('href="/en/admin/feedback?category=problem&amp;page=2"');
    const second = await people.editor!.client.get('/en/admin/feedback?category=problem&page=2');
    expect(second.body).toContain('Problem number 0 on a page.');
    expect(second.body).not.toContain('Problem number 25 on a page.');
  });

  it('shows one feedback: message, page, sender and language', async () => {
    const byVisitor = await stored({
      message: 'Le moteur de recherche ne trouve pas les documents en portugais.',
      name: 'Awa Ndiaye',
      email: 'awa@example.org',
      pagePath: '/fr/search?q=bolsa',
      locale: 'fr',
    });
    const page = await people.editor!.client.get(`/en/admin/feedback/${byVisitor.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Le moteur de recherche ne trouve pas les documents en portugais.');
    expect(page.body).toContain('<a href="/fr/search?q=bolsa">/fr/search?q=bolsa</a>');
    expect(page.body).toContain('Awa Ndiaye (visitor) · awa@example.org');
    expect(page.body).toContain('<dd>French</dd>');
    expect(page.body).toContain('The reply goes to awa@example.org, written in French');
    const byMember = await stored({ userId: people.member!.id, locale: 'en' });
    const member = await people.editor!.client.get(`/en/admin/feedback/${byMember.id}`);
    expect(member.body).toContain(`Mia Member (@${people.member!.handle}) · ${people.member!.email}`);
    // The member's account language, not the page's.
    expect(member.body).toContain(`The reply goes to ${people.member!.email}, written in French`);
    const anonymous = await stored({ locale: 'pt' });
    const none = await people.editor!.client.get(`/en/admin/feedback/${anonymous.id}`);
    expect(none.body).toContain('Anonymous visitor · no e-mail address');
    expect(none.body).toContain('This sender left no e-mail address, so there is no one to reply to.');
  });

  it('changes the status, audited in the same change; a bad status changes nothing', async () => {
    const row = await stored();
    const path = `/en/admin/feedback/${row.id}/status`;
    const res = await people.editor!.client.post(path, { status: 'in_progress' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/en/admin/feedback/${row.id}?done=status`);
    const [after] = await db().select().from(feedback).where(eq(feedback.id, row.id));
    expect(after!.status).toBe('in_progress');
    const entries = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, 'feedback'), eq(auditLog.subjectId, row.id)));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'feedback.status',
      actorId: people.editor!.id,
      actorName: 'Eddie Editor',
      before: { status: 'new' },
      after: { status: 'in_progress' },
    });
    const shown = await people.editor!.client.get(String(res.headers.location));
    expect(shown.body).toContain('The status has been changed.');
    // The same status again: nothing to record.
    expect((await people.editor!.client.post(path, { status: 'in_progress' })).statusCode).toBe(303);
    const bad = await people.editor!.client.post(path, { status: 'deleted' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#f-status"');
    const [still] = await db().select().from(feedback).where(eq(feedback.id, row.id));
    expect(still!.status).toBe('in_progress');
    expect(
      await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.subjectType, 'feedback'), eq(auditLog.subjectId, row.id))),
    ).toHaveLength(1);
  });

  it('replies to a member by e-mail in their account’s language, quoting their message; marked answered and audited', async () => {
    const row = await stored({
      userId: people.member!.id,
      locale: 'en',
      category: 'idea',
      message: 'Could the daily summary arrive in the evening rather than in the morning?',
    });
    const reply = 'Merci ! Nous étudions cette option.\n\nNous vous tiendrons au courant.';
    const res = await people.editor!.client.post(`/en/admin/feedback/${row.id}/reply`, { reply });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/en/admin/feedback/${row.id}?done=replied`);
    const [after] = await db().select().from(feedback).where(eq(feedback.id, row.id));
    expect(after).toMatchObject({ status: 'answered', reply, repliedBy: people.editor!.id });
    expect(after!.repliedAt).toBeInstanceOf(Date);
    const [entry] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'feedback.reply'), eq(auditLog.subjectId, row.id)));
    expect(entry).toMatchObject({ actorId: people.editor!.id, after: { status: 'answered', locale: 'fr' } });

    const mail = await smtp.waitFor((m) => m.to.includes(people.member!.email));
    expect(mail.subject).toBe('Votre avis sur SP Gateway');
    expect(mail.headers.get('content-language')).toBe('fr');
    expect(mail.text).toContain('Bonjour Mia Member,');
    expect(mail.text).toContain('Merci ! Nous étudions cette option.');
    expect(mail.text).toContain('Votre message');
    expect(mail.text).toContain(
      '«\u00a0Could the daily summary arrive in the evening rather than in the morning?\u00a0»',
    );
    expect(mail.html).toContain('lang="fr"');

    const page = await people.editor!.client.get(String(res.headers.location));
    expect(page.body).toContain('Your reply is on its way; the feedback is marked as answered.');
    expect(page.body).toContain('Reply sent on');
    expect(page.body).toContain('Eddie Editor');
    // The same reply posted twice is sent once.
    const twice = await people.editor!.client.post(`/en/admin/feedback/${row.id}/reply`, { reply });
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('This reply has already been sent.');
    const queued = await db().select().from(mailMessage).where(eq(mailMessage.kind, 'feedback.reply'));
    expect(queued.filter((m) => m.toAddress === people.member!.email)).toHaveLength(1);
  });

  it('replies to a visitor at the address they gave, in the language they wrote in, quoting briefly', async () => {
    const long = `Me gustaría poder descargar las fichas de los programas en formato de hoja de cálculo. ${'Más detalles. '.repeat(60)}`;
    const row = await stored({ email: 'lucia@example.org', locale: 'es', message: long });
    const res = await people.editor!.client.post(`/en/admin/feedback/${row.id}/reply`, {
      reply: 'Gracias, lo incluimos en nuestra lista de prioridades.',
    });
    expect(res.statusCode).toBe(303);
    const mail = await smtp.waitFor((m) => m.to.includes('lucia@example.org'));
    expect(mail.subject).toBe('Sus comentarios sobre SP Gateway');
    expect(mail.headers.get('content-language')).toBe('es');
    expect(mail.text).toContain('Hola:');
    expect(mail.text).toContain('Gracias, lo incluimos en nuestra lista de prioridades.');
    expect(mail.text).toContain('«Me gustaría poder descargar las fichas');
    // Only the start of a long message is quoted.
    expect(mail.text).not.toContain(long.trim());
    expect(mail.text).toContain('…»');
  });

  it('cannot reply without an address: a clear error on the field, nothing changed or sent', async () => {
    const row = await stored({ locale: 'pt' });
    const mailsBefore = (await db().select({ n: count() }).from(mailMessage))[0]!.n;
    const res = await people.editor!.client.post(`/en/admin/feedback/${row.id}/reply`, {
      reply: 'Obrigado pela mensagem.',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(
      '<a href="#f-reply">Your reply: There is no e-mail address to send this reply to: the sender did not leave one.</a>',
    );
    expect(res.body).toContain('Obrigado pela mensagem.</textarea>');
    const [after] = await db().select().from(feedback).where(eq(feedback.id, row.id));
    expect(after).toMatchObject({ status: 'new', reply: null });
    expect((await db().select({ n: count() }).from(mailMessage))[0]!.n).toBe(mailsBefore);
    const empty = await people.editor!.client.post(`/en/admin/feedback/${row.id}/reply`, { reply: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('href="#f-reply"');
  });
});

describe('demo data', () => {
  it('seeds feedback in several languages and statuses, one answered, shown to the team', async () => {
    const before = new Set((await rows()).map((r) => r.id));
    expect(await seedFeedback(db())).toBe(6);
    const demo = (await rows()).filter((r) => !before.has(r.id));
    expect(demo).toHaveLength(6);
    expect(new Set(demo.map((r) => r.locale))).toEqual(new Set(['en', 'fr', 'es', 'pt']));
    expect(new Set(demo.map((r) => r.status))).toEqual(new Set(['new', 'in_progress', 'answered', 'closed']));
    const answered = demo.filter((r) => r.status === 'answered');
    expect(answered).toHaveLength(1);
    expect(answered[0]!.reply).toContain('Gracias por avisarnos');
    const list = await people.editor!.client.get('/es/admin/feedback?status=answered');
    expect(list.body).toContain('Varias entradas del glosario');
  });
});
