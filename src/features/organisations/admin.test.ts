import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../core/audit/tables.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { clientAt, createMember, signIn } from '../../test/factories.ts';
import { organisation, organisationDescription } from './tables.ts';

let t: TestApp;
let editor: TestClient;
let member: TestClient;
const db = () => t.services.db;

beforeAll(async () => {
  t = await startTestApp();
  const e = await createMember(t, { role: 'editor', name: 'Eva Editor' });
  editor = await signIn(t, e.user.email, e.password);
  const m = await createMember(t);
  member = await signIn(t, m.user.email, m.password);
});
afterAll(async () => {
  await t?.close();
});

describe('organisations in the console', () => {
  it('adds one with descriptions, lists and finds it, edits it — audited', async () => {
    const created = await editor.post('/en/admin/organisations/new', {
      name: 'Centro de Estudios de Protección Social',
      acronym: 'CEPS',
      type: 'academia',
      country: 'cl',
      website: 'https://ceps.example.org',
      description_es: 'Centro de investigación sobre protección social en América Latina.',
      description_en: 'A research centre on social protection in Latin America.',
      description_fr: '',
      description_pt: '',
    });
    expect(created.statusCode).toBe(303);
    const [row] = await db().select().from(organisation).where(eq(organisation.acronym, 'CEPS'));
    expect(row).toMatchObject({
      slug: 'ceps-centro-de-estudios-de-proteccion-social',
      type: 'academia',
      country: 'CL',
    });
    const descriptions = await db()
      .select()
      .from(organisationDescription)
      .where(eq(organisationDescription.organisationId, row!.id));
    expect(descriptions.map((d) => d.locale).sort()).toEqual(['en', 'es']);

    const list = await editor.get('/es/admin/organisations?q=ceps');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Centro de Estudios de Protección Social');
    expect(list.body).toContain('Universidad o centro de investigación');

    const edited = await editor.post(`/en/admin/organisations/${row!.id}`, {
      name: 'Centro de Estudios de Protección Social (CEPS)',
      acronym: 'CEPS',
      type: 'academia',
      country: 'CL',
      website: 'https://ceps.example.org/en',
      description_en: 'A research centre.',
    });
    expect(edited.statusCode).toBe(303);
    const [after] = await db().select().from(organisation).where(eq(organisation.id, row!.id));
    // The slug stays: links keep working.
    expect(after).toMatchObject({ slug: row!.slug, website: 'https://ceps.example.org/en' });
    expect(
      await db()
        .select()
        .from(organisationDescription)
        .where(eq(organisationDescription.organisationId, row!.id)),
    ).toHaveLength(1);
    const actions = (await db().select().from(auditLog).where(eq(auditLog.subjectId, row!.id))).map(
      (a) => a.action,
    );
    expect(actions).toEqual(['organisation.create', 'organisation.update']);
  });

  it('refuses bad input naming the fields and stores nothing', async () => {
    const before = (await db().select().from(organisation)).length;
    const res = await editor.post('/fr/admin/organisations/new', {
      name: 'X',
      type: 'company',
      country: 'ZZ',
      website: 'javascript:alert(1)',
    });
    expect(res.statusCode).toBe(400);
    for (const field of ['f-name', 'f-type', 'f-country', 'f-website'])
      expect(res.body).toContain(`href="#${field}"`);
    expect((await db().select().from(organisation)).length).toBe(before);
    const unknown = await editor.post('/en/admin/organisations/new', {
      name: 'Valid name',
      type: 'ngo',
      extra: '1',
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('is for editors and admins only', async () => {
    expect((await member.get('/en/admin/organisations')).statusCode).toBe(403);
    expect((await member.post('/en/admin/organisations/new', { name: 'Mine', type: 'ngo' })).statusCode).toBe(
      403,
    );
    expect((await clientAt(t).get('/en/admin/organisations')).statusCode).toBe(303);
    expect(
      (await editor.get('/en/admin/organisations/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
  });
});
