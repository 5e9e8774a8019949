import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainEvent, mailMessage, user } from '../../core/db/schema.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { createMember, signIn } from '../../test/factories.ts';

let t: TestApp;
const as: Record<'anonymous' | 'member' | 'editor' | 'admin', TestClient> = {} as never;
let targetId: string;
let adminId: string;

beforeAll(async () => {
  t = await startTestApp();
  const member = await createMember(t, { name: 'Maria Member' });
  const editor = await createMember(t, { role: 'editor' });
  const admin = await createMember(t, { role: 'admin', name: 'Ada Admin' });
  const target = await createMember(t, { name: 'Tomás Target', email: 'tomas.target@example.org' });
  targetId = target.user.id;
  adminId = admin.user.id;
  as.anonymous = t.client();
  as.member = await signIn(t, member.user.email, member.password);
  as.editor = await signIn(t, editor.user.email, editor.password);
  as.admin = await signIn(t, admin.user.email, admin.password);
  await t.services.mailer.queue(t.services.db, {
    toAddress: 'reader@example.org',
    locale: 'es',
    kind: 'test',
    subject: 'Asunto de prueba',
    text: 'Texto del mensaje',
    html: '<p>Texto <script>alert(1)</script></p>',
  });
});
afterAll(() => t.close());

const roleOf = async (id: string) =>
  (await t.services.db.select().from(user).where(eq(user.id, id)))[0]?.role;

describe('who may open the staff screens', () => {
  const screens = [
    { path: '/en/admin', allowed: ['editor', 'admin'] },
    { path: '/en/admin/users', allowed: ['admin'] },
    { path: '/en/admin/outbox', allowed: ['admin'] },
  ];
  for (const screen of screens) {
    it(`${screen.path}: anonymous → sign-in, members refused, staff as allowed`, async () => {
      const anon = await as.anonymous.get(screen.path);
      expect(anon.statusCode).toBe(303);
      expect(anon.headers.location).toBe(`/en/sign-in?next=${encodeURIComponent(screen.path)}`);
      expect((await as.member.get(screen.path)).statusCode).toBe(403);
      for (const role of ['editor', 'admin'] as const) {
        expect((await as[role].get(screen.path)).statusCode).toBe(screen.allowed.includes(role) ? 200 : 403);
      }
    });
  }

  it('sends staff without two-factor authentication to set it up first', async () => {
    const editor = await createMember(t, { role: 'editor' });
    const client = t.client();
    const res = await client.post('/en/sign-in', { email: editor.user.email, password: editor.password });
    expect(res.statusCode).toBe(303);
    const admin = await client.get('/en/admin');
    expect(admin.statusCode).toBe(303);
    expect(admin.headers.location).toBe('/en/account/two-factor?required=1');
  });
});

describe('changing roles (state-changing route × every role)', () => {
  it('only an admin changes a role; others change nothing', async () => {
    for (const role of ['anonymous', 'member', 'editor'] as const) {
      const res = await as[role].post(`/en/admin/users/${targetId}/role`, { role: 'editor' });
      expect([303, 403]).toContain(res.statusCode);
      if (role === 'anonymous') expect(res.headers.location).toContain('/en/sign-in');
      else expect(res.statusCode).toBe(403);
      expect(await roleOf(targetId)).toBe('member');
    }
    const res = await as.admin.post(`/en/admin/users/${targetId}/role`, { role: 'editor' });
    expect(res.statusCode).toBe(303);
    expect(await roleOf(targetId)).toBe('editor');
    const events = await t.services.db
      .select()
      .from(domainEvent)
      .where(eq(domainEvent.type, 'user.role_changed'));
    expect(events.at(-1)?.payload).toMatchObject({
      userId: targetId,
      from: 'member',
      to: 'editor',
      actorId: adminId,
    });
  });

  it('refuses an unknown role or field with a translated message, changing nothing', async () => {
    const bad = await as.admin.post(`/fr/admin/users/${targetId}/role`, { role: 'superuser' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Choisissez l’une des options proposées.');
    const extra = await as.admin.post(`/en/admin/users/${targetId}/role`, { role: 'member', isAdmin: 'yes' });
    expect(extra.statusCode).toBe(400);
    expect(extra.body).toContain('The field “isAdmin” is not accepted here.');
    expect(await roleOf(targetId)).toBe('editor');
  });

  it('keeps at least one administrator', async () => {
    const res = await as.admin.post(`/en/admin/users/${adminId}/role`, { role: 'member' });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('at least one administrator');
    expect(await roleOf(adminId)).toBe('admin');
  });

  it('finds users by name or e-mail', async () => {
    const res = await as.admin.get('/en/admin/users?q=tomas.target');
    expect(res.body).toContain('Tomás Target');
    expect(res.body).not.toContain('Maria Member');
  });
});

describe('e-mail outbox', () => {
  it('lists messages and shows one, escaping its content', async () => {
    const list = await as.admin.get('/es/admin/outbox');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Asunto de prueba');
    const [mail] = await t.services.db
      .select()
      .from(mailMessage)
      .where(eq(mailMessage.toAddress, 'reader@example.org'));
    const one = await as.admin.get(`/es/admin/outbox/${mail!.id}`);
    expect(one.body).toContain('Texto del mensaje');
    const html = await as.admin.get(`/es/admin/outbox/${mail!.id}/html`);
    expect(html.headers['content-security-policy']).toContain('sandbox');
    expect(html.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('answers 404 for an unknown or malformed message id', async () => {
    expect((await as.admin.get('/en/admin/outbox/00000000-0000-4000-8000-000000000000')).statusCode).toBe(
      404,
    );
    expect((await as.admin.get('/en/admin/outbox/not-a-uuid')).statusCode).toBe(400);
  });
});
