import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainEvent } from '../../core/events/tables.ts';
import { searchDocument } from '../../core/search/tables.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { clientAt, createMember, signIn } from '../../test/factories.ts';
import { expandQuery, GLOSSARY_KIND, loadGlossary } from './index.tsx';
import { glossaryConcept, glossaryEntry, glossaryForm } from './tables.ts';

let t: TestApp;
let editor: TestClient;
let member: TestClient;

beforeAll(async () => {
  // Anonymous readers get the A–Z list from the read cache: a change must invalidate it.
  t = await startTestApp({ env: { CACHE_TTL_MS: '600000' } });
  await loadGlossary(t.services.db);
  const e = await createMember(t, { role: 'editor' });
  editor = await signIn(t, e.user.email, e.password);
  const m = await createMember(t);
  member = await signIn(t, m.user.email, m.password);
});
afterAll(async () => {
  await t?.close();
});

const db = () => t.services.db;
const conceptCount = async () =>
  Number((await db().select({ n: sql<number>`count(*)::int` }).from(glossaryConcept))[0]?.n);
const bySlug = async (slug: string) =>
  (await db().select().from(glossaryConcept).where(eq(glossaryConcept.slug, slug)))[0];
const entries = async (id: number) =>
  Object.fromEntries(
    (await db().select().from(glossaryEntry).where(eq(glossaryEntry.conceptId, id))).map((e) => [
      e.locale,
      e,
    ]),
  );
const indexed = async (id: number) =>
  (
    await db()
      .select()
      .from(searchDocument)
      .where(and(eq(searchDocument.kind, GLOSSARY_KIND), eq(searchDocument.refId, String(id))))
  )[0];

/** A complete form: every field present, as a browser posts it. */
function form(values: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = { slug: '' };
  for (const l of ['en', 'fr', 'es', 'pt'])
    for (const f of ['label', 'synonyms', 'definition', 'source']) out[`${f}_${l}`] = '';
  return { ...out, ...values };
}

const pilot = {
  label_en: 'Cash plus',
  synonyms_en: 'cash plus programme\r\ncash+\r\n\r\nCash plus programme',
  definition_en: 'A cash transfer combined with complementary services, such as nutrition counselling.',
  source_en: 'UNICEF Innocenti, Cash Plus (2019)',
  label_fr: 'transfert monétaire plus',
  synonyms_fr: 'cash plus',
  definition_fr:
    'Un transfert monétaire combiné à des services complémentaires, comme le conseil nutritionnel.',
};

describe('glossary admin: access', () => {
  it('sends anonymous visitors to sign in', async () => {
    const res = await clientAt(t).get('/en/admin/glossary');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/en/sign-in?next=${encodeURIComponent('/en/admin/glossary')}`);
  });

  it('refuses members, and their posts change nothing', async () => {
    expect((await member.get('/en/admin/glossary')).statusCode).toBe(403);
    expect((await member.get('/en/admin/glossary/new')).statusCode).toBe(403);
    const before = await conceptCount();
    expect((await member.post('/en/admin/glossary', form(pilot))).statusCode).toBe(403);
    const voucher = await bySlug('voucher');
    expect((await member.post(`/en/admin/glossary/${voucher!.id}`, form(pilot))).statusCode).toBe(403);
    expect((await member.post(`/en/admin/glossary/${voucher!.id}/delete`, {})).statusCode).toBe(403);
    expect(await conceptCount()).toBe(before);
    expect((await entries(voucher!.id)).en?.label).toBe('voucher');
  });

  it('asks editors for two-step verification first', async () => {
    const e = await createMember(t, { role: 'editor' });
    const client = clientAt(t);
    await client.post('/en/sign-in', { email: e.user.email, password: e.password });
    const res = await client.get('/en/admin/glossary');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/en/account/two-factor?required=1');
  });
});

describe('glossary admin: screens', () => {
  it('lists the concepts in the reader’s language, with a search and a way to add one', async () => {
    const res = await editor.get('/fr/admin/glossary');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<meta name="robots" content="noindex"');
    expect(res.body).toContain('transfert monétaire conditionnel');
    expect(res.body).toContain('href="/fr/admin/glossary/new"');
    expect(res.body).toContain('aria-current="page">Glossaire</a>');
    const found = await editor.get('/en/admin/glossary?q=TMC');
    expect(found.body).toContain('conditional cash transfer');
    expect(found.body).not.toContain('school feeding');
    const none = await editor.get('/en/admin/glossary?q=zzzqqq');
    expect(none.body).toContain('No concept matches “zzzqqq”.');
  });

  it('offers the form for a new concept, with every language', async () => {
    const res = await editor.get('/es/admin/glossary/new');
    expect(res.statusCode).toBe(200);
    for (const name of ['slug', 'label_en', 'synonyms_fr', 'definition_es', 'source_pt'])
      expect(res.body).toContain(`name="${name}"`);
    expect(res.body).toContain('Definición en francés');
    expect(res.body).toMatch(/<input[^>]*lang="pt"[^>]*name="label_pt"|name="label_pt"[^>]*lang="pt"/);
  });

  it('answers 404 for an unknown concept', async () => {
    expect((await editor.get('/en/admin/glossary/999999')).statusCode).toBe(404);
    // A concept id that is not a number names nothing either.
    expect((await editor.get('/en/admin/glossary/abc')).statusCode).toBe(404);
    expect((await editor.get('/en/admin/glossary/12abc/delete')).statusCode).toBe(404);
    expect((await editor.post('/en/admin/glossary/abc', form(pilot))).statusCode).toBe(404);
    expect((await editor.post('/en/admin/glossary/abc/delete', {})).statusCode).toBe(404);
    expect((await editor.post('/en/admin/glossary/999999', form(pilot))).statusCode).toBe(404);
    expect((await editor.post('/en/admin/glossary/999999/delete', {})).statusCode).toBe(404);
  });
});

describe('glossary admin: create, edit, delete', () => {
  let id = 0;

  it('creates a concept: entries, forms, search document, public page, and query expansion', async () => {
    const before = await conceptCount();
    const res = await editor.post('/en/admin/glossary', form(pilot));
    expect(res.statusCode).toBe(303);
    const created = await bySlug('cash-plus');
    expect(created).toBeDefined();
    id = created!.id;
    expect(res.headers.location).toBe(`/en/admin/glossary/${id}?done=created`);
    expect(await conceptCount()).toBe(before + 1);

    const saved = await entries(id);
    expect(Object.keys(saved).sort()).toEqual(['en', 'fr']);
    // Blank lines and repeats (ignoring case) are dropped.
    expect(saved.en?.synonyms).toEqual(['cash plus programme', 'cash+']);
    expect(saved.fr?.source).toBeNull();
    const forms = await db().select().from(glossaryForm).where(eq(glossaryForm.conceptId, id));
    expect(forms.map((f) => `${f.locale}:${f.form}`).sort()).toEqual([
      'en:Cash plus',
      'en:cash plus programme',
      'en:cash+',
      'fr:cash plus',
      'fr:transfert monétaire plus',
    ]);
    expect(forms.every((f) => f.matchKey !== '')).toBe(true);

    const doc = await indexed(id);
    expect(doc?.titles).toEqual({ en: 'Cash plus', fr: 'transfert monétaire plus' });
    expect(doc?.languages.sort()).toEqual(['en', 'fr']);

    const page = await editor.get(res.headers.location as string);
    expect(page.body).toContain('The concept has been created.');
    expect(page.body).toContain('value="Cash plus"');
    expect((await clientAt(t).get('/fr/glossary/cash-plus')).statusCode).toBe(200);

    const [e] = await expandQuery(db(), ['transferts', 'monétaires', 'plus'], 'fr');
    expect(e).toMatchObject({ start: 0, end: 3 });
    expect(e?.equivalents).toContainEqual({ locale: 'en', text: 'Cash plus' });

    const events = await db().select().from(domainEvent).where(eq(domainEvent.type, 'glossary.changed'));
    expect(events.map((ev) => (ev.payload as { action: string }).action)).toContain('created');
  });

  it('numbers a slug made from a label that is taken', async () => {
    const res = await editor.post(
      '/en/admin/glossary',
      form({
        label_en: 'Cash transfer',
        definition_en: 'Another definition of a cash transfer, for the test.',
      }),
    );
    expect(res.statusCode).toBe(303);
    expect(await bySlug('cash-transfer-2')).toBeDefined();
  });

  it('edits a concept: languages replaced, forms rebuilt, slug changed, index updated', async () => {
    const res = await editor.post(
      `/en/admin/glossary/${id}`,
      form({
        slug: 'cash-plus-programme',
        label_en: 'Cash plus',
        synonyms_en: 'cash plus programme',
        definition_en: pilot.definition_en,
        label_pt: 'transferência mais',
        definition_pt:
          'Transferência monetária combinada com serviços complementares, como aconselhamento nutricional.',
        source_pt: 'UNICEF Innocenti',
      }),
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/en/admin/glossary/${id}?done=updated`);
    const saved = await entries(id);
    expect(Object.keys(saved).sort()).toEqual(['en', 'pt']);
    const forms = await db().select().from(glossaryForm).where(eq(glossaryForm.conceptId, id));
    expect(forms.map((f) => f.form).sort()).toEqual([
      'Cash plus',
      'cash plus programme',
      'transferência mais',
    ]);
    expect((await indexed(id))?.titles).toEqual({ en: 'Cash plus', pt: 'transferência mais' });
    expect((await indexed(id))?.slug).toBe('cash-plus-programme');
    expect((await clientAt(t).get('/en/glossary/cash-plus')).statusCode).toBe(404);
    const page = await clientAt(t).get('/pt/glossary/cash-plus-programme');
    expect(page.body).toContain('<h1>Transferência mais</h1>');
    expect(page.body).toContain('Ainda não traduzido para francês.');
  });

  it('refuses invalid input, naming the field in the reader’s language, and stores nothing', async () => {
    const before = await conceptCount();
    const beforeForms = Number(
      (await db().select({ n: sql<number>`count(*)::int` }).from(glossaryForm))[0]?.n,
    );

    const missing = await editor.post(
      '/fr/admin/glossary',
      form({ label_en: 'Half done', label_es: 'A medias' }),
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('id="error-summary"');
    expect(missing.body).toContain('Définition en anglais : Saisissez la définition dans cette langue');
    expect(missing.body).toContain('Définition en espagnol : Saisissez la définition dans cette langue');
    expect(missing.body).toContain('value="Half done"');

    const empty = await editor.post('/en/admin/glossary', form());
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Enter a label and a definition in at least one language.');

    const badSlug = await editor.post('/en/admin/glossary', form({ ...pilot, slug: 'Cash Plus!' }));
    expect(badSlug.statusCode).toBe(400);
    expect(badSlug.body).toContain('Web address (slug): Use only lower-case letters');

    const taken = await editor.post('/en/admin/glossary', form({ ...pilot, slug: 'voucher' }));
    expect(taken.statusCode).toBe(400);
    expect(taken.body).toContain('Another concept already uses this web address.');

    const control = await editor.post('/en/admin/glossary', form({ ...pilot, label_en: 'Cash\u0007plus' }));
    expect(control.statusCode).toBe(400);
    expect(control.body).toContain('Label in English: Remove the invisible control characters');

    const long = await editor.post('/en/admin/glossary', form({ ...pilot, label_en: 'x'.repeat(201) }));
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('Label in English: Enter no more than 200 characters.');

    const many = await editor.post(
      '/en/admin/glossary',
      form({ ...pilot, synonyms_en: Array.from({ length: 31 }, (_, i) => `synonym ${i}`).join('\n') }),
    );
    expect(many.statusCode).toBe(400);
    expect(many.body).toContain('Synonyms and abbreviations in English: Enter at most 30 synonyms.');

    const unknown = await editor.post('/en/admin/glossary', { ...form(pilot), label_de: 'Geldtransfer' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('label_de');

    const twice = await editor.post('/en/admin/glossary', { ...form(pilot), label_en: ['a', 'b'] });
    expect(twice.statusCode).toBe(400);

    const editBad = await editor.post(`/en/admin/glossary/${id}`, form({ label_en: 'No definition' }));
    expect(editBad.statusCode).toBe(400);
    expect((await entries(id)).en?.label).toBe('Cash plus');

    expect(await conceptCount()).toBe(before);
    expect(Number((await db().select({ n: sql<number>`count(*)::int` }).from(glossaryForm))[0]?.n)).toBe(
      beforeForms,
    );
  });

  it('deletes a concept after confirmation: rows, forms and search document go', async () => {
    const confirm = await editor.get(`/en/admin/glossary/${id}/delete`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Delete “Cash plus”?');
    expect(confirm.body).toContain(`action="/en/admin/glossary/${id}/delete"`);
    const res = await editor.post(`/en/admin/glossary/${id}/delete`, {});
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/en/admin/glossary?done=deleted');
    expect(await bySlug('cash-plus-programme')).toBeUndefined();
    expect(await db().select().from(glossaryForm).where(eq(glossaryForm.conceptId, id))).toEqual([]);
    expect(await indexed(id)).toBeUndefined();
    expect((await clientAt(t).get('/en/glossary/cash-plus-programme')).statusCode).toBe(404);
    expect(await expandQuery(db(), ['cash', 'plus', 'programme'], 'en')).toEqual([]);
    expect((await editor.post(`/en/admin/glossary/${id}/delete`, {})).statusCode).toBe(404);
    expect((await editor.get('/en/admin/glossary?done=deleted')).body).toContain(
      'The concept has been deleted.',
    );
  });

  it('refreshes the cached public list at once after a change', async () => {
    const reader = clientAt(t);
    const before = await reader.get('/en/glossary?letter=Z');
    expect(before.body).toContain('No concept starts with Z.');
    await editor.post(
      '/en/admin/glossary',
      form({
        label_en: 'Zero-rating',
        definition_en: 'Exempting a good from value added tax while refunding input tax.',
      }),
    );
    expect((await reader.get('/en/glossary?letter=Z')).body).toContain('Zero-rating');
  });

  it('drops cached search results at once after a change', async () => {
    const reader = clientAt(t);
    const link = 'href="/en/glossary/wombat-stipend"';
    expect((await reader.get('/en/search?q=wombat')).body).not.toContain(link);
    await editor.post(
      '/en/admin/glossary',
      form({
        label_en: 'Wombat stipend',
        definition_en: 'A made-up allowance used to test the search cache.',
      }),
    );
    expect((await reader.get('/en/search?q=wombat')).body).toContain(link);
    const created = await bySlug('wombat-stipend');
    await editor.post(`/en/admin/glossary/${created!.id}/delete`, {});
    expect((await reader.get('/en/search?q=wombat')).body).not.toContain(link);
  });
});
