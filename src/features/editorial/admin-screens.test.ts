import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../core/audit/tables.ts';
import { queryRows } from '../../core/db/client.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { createMember, signIn } from '../../test/factories.ts';
import { organisation } from '../organisations/tables.ts';
import { loadReferenceData } from '../taxonomy/index.tsx';
import { idFromLocation, validForm } from '../library/editorial/test-helpers.ts';
import { contentRevision, organisationAffiliation, postingRight } from './tables.ts';

let t: TestApp;
let editor: TestClient;
let admin: TestClient;
let member: TestClient;
let memberId: string;
const db = () => t.services.db;

beforeAll(async () => {
  t = await startTestApp();
  await loadReferenceData(db());
  await db().insert(organisation).values({
    slug: 'ipc-ig',
    name: 'International Policy Centre for Inclusive Growth',
    acronym: 'IPC-IG',
    type: 'international',
  });
  const e = await createMember(t, { role: 'editor', name: 'Eva Editor' });
  editor = await signIn(t, e.user.email, e.password);
  const a = await createMember(t, { role: 'admin', name: 'Ada Admin' });
  admin = await signIn(t, a.user.email, a.password);
  const m = await createMember(t, { name: 'Kofi Mensah' });
  memberId = m.user.id;
  member = await signIn(t, m.user.email, m.password);
});
afterAll(async () => {
  await t?.close();
});

describe('revision history: compare any two, restore one', () => {
  it('records a revision per save, shows a readable diff and restores without losing history', async () => {
    const created = await editor.post(
      '/en/admin/library/new',
      await validForm(db(), { title: 'Cash plus in Ghana' }),
    );
    const id = idFromLocation(created.headers.location);
    const version = async () =>
      (await queryRows<{ version: number }>(db(), sql`select version from content_item where id = ${id}`))[0]!
        .version;
    const save = async (title: string, summary: string) =>
      editor.post(`/en/admin/library/${id}/edit`, {
        ...(await validForm(db(), { title, summary })),
        version: String(await version()),
      });
    expect((await save('Cash plus in Ghana', 'First summary about LEAP.')).statusCode).toBe(303);
    expect((await save('Cash plus in northern Ghana', 'Second summary about LEAP 1000.')).statusCode).toBe(
      303,
    );
    const revisions = await db().select().from(contentRevision).where(eq(contentRevision.itemId, id));
    expect(revisions.map((r) => r.number).sort()).toEqual([1, 2, 3]);
    // Saving the same fields again adds nothing.
    await save('Cash plus in northern Ghana', 'Second summary about LEAP 1000.');
    expect(await db().select().from(contentRevision).where(eq(contentRevision.itemId, id))).toHaveLength(3);

    const page = await editor.get(`/en/admin/history/${id}?from=2&to=3`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Changes from revision 2 to revision 3');
    expect(page.body).toContain('<ins>northern </ins>');
    expect(page.body).toMatch(/<dt>Title \(English\)<\/dt>/);
    expect(page.body).toContain('<del>First</del>');

    const restore = await editor.post(`/en/admin/history/${id}/2/restore`, {
      version: String(await version()),
    });
    expect(restore.statusCode).toBe(303);
    const [title] = await queryRows<{ title: string }>(
      db(),
      sql`select title from content_translation where item_id = ${id} and locale = 'en'`,
    );
    expect(title!.title).toBe('Cash plus in Ghana');
    const after = await db().select().from(contentRevision).where(eq(contentRevision.itemId, id));
    expect(after.map((r) => r.number).sort()).toEqual([1, 2, 3, 4]);
    expect(after.find((r) => r.number === 4)!.note).toBe('restore:2');
    const stale = await editor.post(`/en/admin/history/${id}/3/restore`, { version: '1' });
    expect(stale.statusCode).toBe(409);
    expect((await member.get(`/en/admin/history/${id}`)).statusCode).toBe(403);
  });
});

describe('posting rights screen', () => {
  it('sets a member’s level, confirms an affiliation, marks a verified partner — all audited', async () => {
    const page = await editor.get('/en/admin/rights?q=Kofi');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Kofi Mensah');
    const set = await editor.post(`/en/admin/rights/members/${memberId}?q=Kofi`, { level: 'blocked' });
    expect(set.statusCode).toBe(303);
    expect(set.headers.location).toBe('/en/admin/rights?done=1&q=Kofi');
    const [right] = await db().select().from(postingRight).where(eq(postingRight.subjectId, memberId));
    expect(right!.level).toBe('blocked');
    const bad = await editor.post(`/en/admin/rights/members/${memberId}`, { level: 'superuser' });
    expect(bad.statusCode).toBe(400);
    expect(
      (await db().select().from(postingRight).where(eq(postingRight.subjectId, memberId)))[0]!.level,
    ).toBe('blocked');

    const unknown = await editor.post(`/en/admin/rights/members/${memberId}/affiliation`, {
      organisation: 'Nowhere',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('No organisation has that name or short name.');
    const ok = await editor.post(`/en/admin/rights/members/${memberId}/affiliation`, {
      organisation: 'ipc-ig',
    });
    expect(ok.statusCode).toBe(303);
    const [aff] = await db()
      .select()
      .from(organisationAffiliation)
      .where(eq(organisationAffiliation.userId, memberId));
    expect(aff!.status).toBe('confirmed');

    const [org] = await db().select().from(organisation).where(eq(organisation.slug, 'ipc-ig'));
    const partner = await editor.post(`/en/admin/rights/organisations/${org!.id}`, {
      level: 'default',
      verifiedPartner: '1',
    });
    expect(partner.statusCode).toBe(303);
    const [saved] = await db().select().from(organisation).where(eq(organisation.id, org!.id));
    expect(saved!.verifiedPartner).toBe(true);
    // The member's own "blocked" still wins; cleared, the verified partner's trust applies.
    expect((await editor.get('/en/admin/rights?q=Kofi')).body).toContain('Now: Blocked (set on the member).');
    expect((await editor.post(`/en/admin/rights/members/${memberId}`, { level: 'default' })).statusCode).toBe(
      303,
    );
    expect(await db().select().from(postingRight).where(eq(postingRight.subjectId, memberId))).toHaveLength(
      0,
    );
    expect((await editor.get('/en/admin/rights?q=Kofi')).body).toContain(
      'Now: Trusted (publishes directly), through International Policy Centre for Inclusive Growth.',
    );
    const actions = (await db().select().from(auditLog)).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['rights.member', 'rights.affiliation.confirm', 'rights.organisation']),
    );
    expect((await member.post(`/en/admin/rights/members/${memberId}`, { level: 'trusted' })).statusCode).toBe(
      403,
    );
  });
});

describe('audit log screen', () => {
  it('is for admins: lists who did what, searches, filters by action and date, refuses bad dates', async () => {
    expect((await editor.get('/en/admin/audit')).statusCode).toBe(403);
    const page = await admin.get('/en/admin/audit');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Eva Editor');
    expect(page.body).toContain('rights.member');
    const filtered = await admin.get('/en/admin/audit?action=rights.organisation');
    expect(filtered.body).toContain('International Policy Centre for Inclusive Growth');
    expect(filtered.body).not.toContain('<code>rights.member</code>');
    const search = await admin.get('/en/admin/audit?q=Kofi');
    expect(search.body).toContain('Kofi Mensah');
    const today = new Date().toISOString().slice(0, 10);
    expect((await admin.get(`/en/admin/audit?from=${today}&to=${today}`)).body).toContain('rights.member');
    expect((await admin.get('/en/admin/audit?from=2001-01-01&to=2001-01-02')).body).toContain(
      'No entry matches.',
    );
    const bad = await admin.get('/en/admin/audit?from=yesterday');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter a date as YYYY-MM-DD.');
    const roles = await admin.post(`/en/admin/users/${memberId}/role`, { role: 'editor' });
    expect(roles.statusCode).toBe(303);
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, 'user.role'));
    expect(entry).toMatchObject({
      actorName: 'Ada Admin',
      before: { role: 'member' },
      after: { role: 'editor' },
    });
  });
});
