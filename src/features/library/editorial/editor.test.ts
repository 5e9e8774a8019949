import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainEvent } from '../../../core/events/tables.ts';
import { searchDocument } from '../../../core/search/tables.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { clientAt, createMember, signIn } from '../../../test/factories.ts';
import { contentItem, contentTerm, contentTranslation } from '../../content/tables.ts';
import { organisation } from '../../organisations/tables.ts';
import { loadReferenceData } from '../../taxonomy/index.tsx';
import { term } from '../../taxonomy/tables.ts';
import { createPublication } from '../detail/test-fixtures.ts';
import { publication } from '../tables.ts';
import { decodeHtml, idFromLocation, searchRow, termId, validForm } from './test-helpers.ts';

let t: TestApp;
let editor: TestClient;
let editorId: string;
let member: TestClient;

const db = () => t.services.db;
const itemRow = async (id: string) =>
  (await db().select().from(contentItem).where(eq(contentItem.id, id)))[0]!;
const eventsOf = async (type: string, itemId: string) =>
  (await db().select().from(domainEvent).where(eq(domainEvent.type, type))).filter(
    (e) => (e.payload as { itemId?: string }).itemId === itemId,
  );

beforeAll(async () => {
  t = await startTestApp();
  await loadReferenceData(db());
  await db()
    .insert(organisation)
    .values([
      { slug: 'ilo', name: 'International Labour Organization', acronym: 'ILO', type: 'international' },
      { slug: 'wfp', name: 'World Food Programme', acronym: 'WFP', type: 'international' },
    ]);
  const e = await createMember(t, { role: 'editor' });
  editorId = e.user.id;
  editor = await signIn(t, e.user.email, e.password);
  const m = await createMember(t);
  member = await signIn(t, m.user.email, m.password);
});
afterAll(async () => {
  await t?.close();
});

describe('editors’ screens: who may use them', () => {
  let itemId: string;
  beforeAll(async () => {
    ({ id: itemId } = await createPublication(db(), {
      slug: 'access-matrix',
      status: 'draft',
      texts: { en: { title: 'Access matrix', summary: 'S.' } },
    }));
  });

  it('sends visitors to sign in', async () => {
    const res = await clientAt(t).get('/en/admin/library');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/en/sign-in?next=${encodeURIComponent('/en/admin/library')}`);
  });

  it('refuses members every screen and every change', async () => {
    for (const url of ['/en/admin/library', '/en/admin/library/new', `/en/admin/library/${itemId}/edit`])
      expect((await member.get(url)).statusCode).toBe(403);
    for (const action of ['publish', 'unpublish', 'claim', 'reject'])
      expect((await member.post(`/en/workflow/${itemId}/${action}`, {})).statusCode).toBe(403);
    expect((await member.post(`/en/admin/library/${itemId}/edit`, await validForm(db()))).statusCode).toBe(
      403,
    );
    expect((await itemRow(itemId)).status).toBe('draft');
    expect(await searchRow(db(), itemId)).toBeNull();
  });

  it('sends editors without two-step verification to set it up', async () => {
    const e = await createMember(t, { role: 'editor' });
    const client = clientAt(t);
    await client.post('/en/sign-in', { email: e.user.email, password: e.password });
    const res = await client.get('/en/admin/library');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/en/account/two-factor?required=1');
  });

  it('answers 404 for an unknown or malformed id', async () => {
    expect((await editor.get('/en/admin/library/00000000-0000-4000-8000-000000000000/edit')).statusCode).toBe(
      404,
    );
    expect((await editor.get('/en/admin/library/nope/edit')).statusCode).toBe(404);
    expect(
      (await editor.post('/en/workflow/00000000-0000-4000-8000-000000000000/publish', {})).statusCode,
    ).toBe(404);
  });

  it('shows the publications entry in the admin navigation', async () => {
    const res = await editor.get('/fr/admin');
    expect(res.body).toContain('href="/fr/admin/library"');
  });
});

describe('editors: create, publish, edit, unpublish', () => {
  let itemId: string;
  let slug: string;

  it('creates a draft with translations and provenance', async () => {
    const form = await validForm(db(), {
      title: 'School feeding and learning outcomes',
      originalLocale: 'en',
      pageCount: '48',
      title_fr: 'Alimentation scolaire et apprentissages',
      summary_fr: 'Une évaluation.',
      provenance_fr: 'human',
      title_es: 'Alimentación escolar y aprendizaje',
      summary_es: 'Una evaluación.',
      body_es: 'Texto.',
      provenance_es: 'machine',
      title_pt: '',
      summary_pt: '',
      body_pt: '',
      provenance_pt: 'human',
    });
    const res = await editor.post('/en/admin/library/new', form);
    expect(res.statusCode).toBe(303);
    expect(String(res.headers.location)).toMatch(/\/en\/admin\/library\/[0-9a-f-]{36}\/edit\?done=created$/);
    itemId = idFromLocation(res.headers.location);
    const item = await itemRow(itemId);
    expect(item).toMatchObject({ status: 'draft', authorId: editorId, publishedAt: null });
    slug = item.slug;
    const translations = await db()
      .select()
      .from(contentTranslation)
      .where(eq(contentTranslation.itemId, itemId))
      .orderBy(contentTranslation.locale);
    expect(translations.map((r) => [r.locale, r.provenance, r.title])).toEqual([
      ['en', 'original', 'School feeding and learning outcomes'],
      ['es', 'machine', 'Alimentación escolar y aprendizaje'],
      ['fr', 'human', 'Alimentation scolaire et apprentissages'],
    ]);
    expect((await db().select().from(publication).where(eq(publication.itemId, itemId)))[0]!.pageCount).toBe(
      48,
    );
    expect(await searchRow(db(), itemId)).toBeNull();
    expect((await clientAt(t).get(`/en/library/${slug}`)).statusCode).toBe(404);
    expect(await eventsOf('publication.created', itemId)).toHaveLength(1);
  });

  it('shows the stored values back in the form, with a link to the files screen', async () => {
    const res = await editor.get(`/en/admin/library/${itemId}/edit?done=created`);
    expect(res.statusCode).toBe(200);
    const html = decodeHtml(res.body);
    expect(html).toContain('The publication was created as a draft.');
    expect(html).toContain('value="Alimentation scolaire et apprentissages"');
    expect(html).toContain('Aminata Diallo\nJoão Silva</textarea>');
    expect(html).toContain('value="48"');
    expect(html).toContain(`href="/en/admin/library/${itemId}/files"`);
    expect(html).toMatch(/<option value="machine" selected(="")?>Machine translation<\/option>/);
    expect(html).toMatch(/<option value="cc-by-4.0" selected(="")?>/);
    // The original language has its own fields: no separate English version.
    expect(html).not.toContain('name="title_en"');
  });

  it('publishes: public page, search document with ancestors, event', async () => {
    const res = await editor.post(`/en/workflow/${itemId}/publish`, {});
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/en/admin/library/${itemId}/edit?wf=publish`);
    const item = await itemRow(itemId);
    expect(item.status).toBe('published');
    expect(item.publishedAt).toBeInstanceOf(Date);
    const doc = await searchRow(db(), itemId);
    expect(doc).not.toBeNull();
    const expected = [
      await termId(db(), 'document-type', 'report'),
      await termId(db(), 'programme-area', 'conditional-cash-transfers'),
      await termId(db(), 'programme-area', 'cash-transfers'),
      await termId(db(), 'programme-area', 'social-assistance'),
      await termId(db(), 'topic', 'gender'),
      await termId(db(), 'population-group', 'children'),
    ];
    for (const id of expected) expect(doc!.termIds).toContain(id);
    expect(doc!.titles).toMatchObject({ fr: 'Alimentation scolaire et apprentissages' });
    expect(doc!.countries.sort()).toEqual(['ML', 'SN']);
    expect(doc!.year).toBe(2021);
    const page = await clientAt(t).get(`/en/library/${slug}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('School feeding and learning outcomes');
    expect(await eventsOf('content.publish', itemId)).toHaveLength(1);
    // Found by search, in another language too.
    const search = await clientAt(t).get('/fr/library?q=alimentation');
    expect(search.body).toContain(`/fr/library/${slug}`);
  });

  it('publishing again is refused and changes nothing', async () => {
    const before = (await itemRow(itemId)).publishedAt;
    const again = await editor.post(`/en/workflow/${itemId}/publish`, {});
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('This item is already published.');
    expect((await itemRow(itemId)).publishedAt).toEqual(before);
    expect(await eventsOf('content.publish', itemId)).toHaveLength(1);
  });

  it('saves changes to a published item and its search document follows', async () => {
    const form = await validForm(db(), {
      title: 'School feeding and learning outcomes',
      title_fr: 'Cantines scolaires et apprentissages',
      summary_fr: 'Une évaluation révisée.',
      provenance_fr: 'human',
      year: '2022',
      issuedOn: '',
      topics: [],
      licence: 'cc0',
    });
    const res = await editor.post(`/en/admin/library/${itemId}/edit`, form);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/en/admin/library/${itemId}/edit?done=saved`);
    const item = await itemRow(itemId);
    expect(item).toMatchObject({ status: 'published', slug, licence: 'cc0' });
    const doc = await searchRow(db(), itemId);
    expect(doc!.titles).toEqual({
      en: 'School feeding and learning outcomes',
      fr: 'Cantines scolaires et apprentissages',
    });
    expect(doc!.year).toBe(2022);
    expect(doc!.termIds).not.toContain(await termId(db(), 'topic', 'gender'));
    expect(await eventsOf('publication.updated', itemId)).toHaveLength(1);
    const page = await clientAt(t).get(`/fr/library/${slug}`);
    expect(decodeHtml(page.body)).toContain('Cantines scolaires et apprentissages');
  });

  it('unpublishes: back to draft, out of search and off the public page', async () => {
    const res = await editor.post(`/en/workflow/${itemId}/unpublish`, {});
    expect(res.statusCode).toBe(303);
    expect((await itemRow(itemId)).status).toBe('draft');
    expect(await searchRow(db(), itemId)).toBeNull();
    expect((await clientAt(t).get(`/en/library/${slug}`)).statusCode).toBe(404);
    expect(await eventsOf('content.unpublish', itemId)).toHaveLength(1);
    const edit = await editor.get(`/en/admin/library/${itemId}/edit?wf=unpublish`);
    expect(edit.body).toContain('Status: Draft');
    expect(edit.body).toContain('Unpublished.');
  });

  it('refuses publish and unpublish without the CSRF token', async () => {
    const res = await editor.post(`/en/workflow/${itemId}/publish`, {}, { noCsrf: true });
    expect(res.statusCode).toBe(403);
    expect((await itemRow(itemId)).status).toBe('draft');
    expect(await searchRow(db(), itemId)).toBeNull();
  });
});

describe('editors: a member’s submission', () => {
  it('is listed first, then published by an editor and found', async () => {
    await createPublication(db(), {
      slug: 'older-draft',
      status: 'draft',
      texts: { en: { title: 'An older draft', summary: 'S.' } },
    });
    const sub = await member.post(
      '/en/library/submit',
      await validForm(db(), { title: 'Universal child benefits in Mongolia', originalLocale: 'fr' }),
    );
    const id = idFromLocation(sub.headers.location);
    const list = await editor.get('/en/admin/library');
    expect(list.statusCode).toBe(200);
    const rows = [
      ...list.body.matchAll(/<tr><td><a href="\/en\/admin\/library\/([0-9a-f-]{36})\/edit"/g),
    ].map((m) => m[1]);
    expect(rows[0]).toBe(id);
    expect(list.body).toContain('Waiting for review');
    expect(list.body).toContain('Test Member');
    await editor.post(`/en/workflow/${id}/publish`, {});
    expect((await itemRow(id)).status).toBe('published');
    const doc = await searchRow(db(), id);
    expect(doc!.originalLocale).toBe('fr');
    expect((await member.get(`/en/library/submissions/${id}`)).body).toContain('Published');
  });

  it('filters by status and finds titles without regard to accents or case', async () => {
    await createPublication(db(), {
      slug: 'proteccion-social',
      status: 'published',
      texts: { es: { title: 'Protección social en Perú', summary: 'S.' } },
      originalLocale: 'es',
    });
    const found = await editor.get('/en/admin/library?q=PROTECCION%20SOCIAL%20EN%20peru');
    expect(decodeHtml(found.body)).toContain('Protección social en Perú');
    expect(found.body).toContain('1 publication');
    const drafts = await editor.get('/en/admin/library?status=draft');
    expect(drafts.body).toContain('An older draft');
    expect(decodeHtml(drafts.body)).not.toContain('Protección social en Perú');
    // Wildcards typed by the editor are plain characters.
    expect((await editor.get('/en/admin/library?q=%25')).body).toContain('No publication matches.');
    // Junk in the query is ignored, never an error.
    expect((await editor.get('/en/admin/library?status=bogus&page=-3&q=%00x')).statusCode).toBe(200);
  });
});

describe('editors: pagination', () => {
  it('pages the list fifty at a time, keeping the filter in the links', async () => {
    const items = await db()
      .insert(contentItem)
      .values(
        Array.from({ length: 51 }, (_, i) => ({
          type: 'publication',
          slug: `paged-${i}`,
          status: 'archived' as const,
          originalLocale: 'en',
        })),
      )
      .returning({ id: contentItem.id });
    await db()
      .insert(contentTranslation)
      .values(items.map((it, i) => ({ itemId: it.id, locale: 'en', title: `Paged item ${i}` })));
    const first = await editor.get('/en/admin/library?status=archived');
    expect(first.body).toContain('51 publications');
    expect(first.body).toContain('Page 1 of 2');
    expect(decodeHtml(first.body)).toContain('href="/en/admin/library?status=archived&page=2"');
    const second = await editor.get('/en/admin/library?status=archived&page=2');
    expect(second.body.match(/Paged item \d+/g)).toHaveLength(1);
  });
});

describe('editors: possible duplicates', () => {
  it('flags them on save, with a badge in the list and links on the edit page', async () => {
    const { id: first } = await createPublication(db(), {
      slug: 'targeting-methods',
      texts: { en: { title: 'Targeting methods for social assistance', summary: 'S.' } },
      doi: '10.9999/tm.1',
    });
    const res = await editor.post(
      '/en/admin/library/new',
      await validForm(db(), { title: 'Targeting Methods for Social Assistance.', doi: '10.9999/TM.1' }),
    );
    const id = idFromLocation(res.headers.location);
    const edit = decodeHtml((await editor.get(`/en/admin/library/${id}/edit`)).body);
    expect(edit).toContain('A possible duplicate');
    expect(edit).toContain(
      `href="/en/admin/library/${first}/edit">Targeting methods for social assistance</a>`,
    );
    expect(edit).toContain('same DOI, similar title');
    // The earlier one shows the link back: editors see unpublished duplicates too, with their status.
    const back = decodeHtml((await editor.get(`/en/admin/library/${first}/edit`)).body);
    expect(back).toContain(`href="/en/admin/library/${id}/edit"`);
    expect(back).toContain('same DOI, similar title · Draft');
    const list = await editor.get('/en/admin/library?q=targeting');
    expect(list.body.match(/Possible duplicate/g)).toHaveLength(2);
    // Once the title and DOI are changed, the flag goes.
    await editor.post(
      `/en/admin/library/${id}/edit`,
      await validForm(db(), { title: 'Proxy means tests in practice', doi: '' }),
    );
    expect(decodeHtml((await editor.get(`/en/admin/library/${first}/edit`)).body)).not.toContain(
      'possible duplicate',
    );
  });
});

describe('editors: saving keeps what the form does not show', () => {
  const translationsOf = async (id: string) =>
    (await db().select().from(contentTranslation).where(eq(contentTranslation.itemId, id)))
      .map((r) => [r.locale, r.title])
      .sort();
  const termIdsOf = async (id: string) =>
    (await db().select().from(contentTerm).where(eq(contentTerm.itemId, id))).map((r) => r.termId);

  it('keeps translations in languages the form does not edit', async () => {
    const { id } = await createPublication(db(), {
      slug: 'translated-into-arabic',
      texts: {
        en: { title: 'Social insurance for informal workers', summary: 'S.' },
        fr: { title: 'Assurance sociale des travailleurs informels', summary: 'R.' },
        ar: { title: 'التأمين الاجتماعي للعاملين في القطاع غير الرسمي', summary: 'ملخص.' },
      },
    });
    // The form shows the English original and the French version; the Arabic one is not on it.
    const page = decodeHtml((await editor.get(`/en/admin/library/${id}/edit`)).body);
    expect(page).toContain('Assurance sociale des travailleurs informels');
    expect(page).not.toContain('التأمين الاجتماعي');
    const res = await editor.post(
      `/en/admin/library/${id}/edit`,
      await validForm(db(), { title: 'Social insurance for informal workers (revised)' }),
    );
    expect(res.statusCode).toBe(303);
    // French, left blank on the form, goes; Arabic, which the form does not edit, stays.
    expect(await translationsOf(id)).toEqual([
      ['ar', 'التأمين الاجتماعي للعاملين في القطاع غير الرسمي'],
      ['en', 'Social insurance for informal workers (revised)'],
    ]);
  });

  it('keeps a retired term, which the form does not offer, and replaces the offered ones', async () => {
    const financing = await termId(db(), 'topic', 'financing');
    const climate = await termId(db(), 'topic', 'climate');
    const { id } = await createPublication(db(), {
      slug: 'fiscal-space-and-climate',
      texts: { en: { title: 'Fiscal space for adaptive social protection', summary: 'S.' } },
      terms: [
        { vocabularyId: 'topic', slug: 'financing' },
        { vocabularyId: 'topic', slug: 'climate' },
      ],
    });
    await db().update(term).set({ status: 'retired' }).where(eq(term.id, financing));
    try {
      const page = decodeHtml((await editor.get(`/en/admin/library/${id}/edit`)).body);
      expect(page).not.toContain('Financing and fiscal space');
      const res = await editor.post(
        `/en/admin/library/${id}/edit`,
        await validForm(db(), { title: 'Fiscal space for adaptive social protection' }),
      );
      expect(res.statusCode).toBe(303);
      const terms = await termIdsOf(id);
      // The retired topic stays; the active one the editor left unticked goes; the form's are set.
      expect(terms).toContain(financing);
      expect(terms).not.toContain(climate);
      expect(terms).toContain(await termId(db(), 'topic', 'gender'));
      expect(terms).toContain(await termId(db(), 'document-type', 'report'));
    } finally {
      await db().update(term).set({ status: 'active' }).where(eq(term.id, financing));
    }
  });
});

describe('editors: bad input', () => {
  it('names translation fields in the reader’s language and changes nothing', async () => {
    const { id } = await createPublication(db(), {
      slug: 'unchanged',
      status: 'published',
      texts: { en: { title: 'Unchanged title', summary: 'S.' } },
    });
    const before = await searchRow(db(), id);
    const res = await editor.post(
      `/fr/admin/library/${id}/edit`,
      await validForm(db(), {
        title: 'Changed title',
        summary_fr: 'Un résumé sans titre.',
        title_es: 'Un título sin resumen',
        pageCount: '0',
      }),
    );
    expect(res.statusCode).toBe(400);
    const html = decodeHtml(res.body);
    expect(html).toContain('Nombre de pages (facultatif) : ');
    // Schema errors first; the translation checks come once the form parses.
    const second = await editor.post(
      `/fr/admin/library/${id}/edit`,
      await validForm(db(), {
        title: 'Changed title',
        summary_fr: 'Un résumé sans titre.',
        title_es: 'Un título',
      }),
    );
    expect(second.statusCode).toBe(400);
    const summary = decodeHtml(second.body);
    expect(summary).toContain('Titre en français (facultatif) : Donnez un titre à cette version');
    expect(summary).toContain('Résumé en espagnol (facultatif) : Ce champ est obligatoire.');
    const rows = await db().select().from(contentTranslation).where(eq(contentTranslation.itemId, id));
    expect(rows.map((r) => r.title)).toEqual(['Unchanged title']);
    expect(await searchRow(db(), id)).toEqual(before);
  });

  it('refuses a version in the original’s own language and shows it again', async () => {
    const res = await editor.post(
      '/en/admin/library/new',
      await validForm(db(), { originalLocale: 'fr', title_fr: 'Doublon de langue', summary_fr: 'R.' }),
    );
    expect(res.statusCode).toBe(400);
    expect(decodeHtml(res.body)).toContain('This is the original language');
    expect(res.body).toContain('id="f-title_fr"');
  });

  it('keeps a licence stored as text by an import until it is changed', async () => {
    const { id } = await createPublication(db(), {
      slug: 'igo-licence',
      texts: { en: { title: 'An IGO licence', summary: 'S.' } },
      licence: 'CC BY 2.5 ZA',
    });
    const page = await editor.get(`/en/admin/library/${id}/edit`);
    expect(page.body).toMatch(/<option value="CC BY 2.5 ZA" selected(="")?>CC BY 2.5 ZA<\/option>/);
    const ok = await editor.post(
      `/en/admin/library/${id}/edit`,
      await validForm(db(), { title: 'An IGO licence', licence: 'CC BY 2.5 ZA' }),
    );
    expect(ok.statusCode).toBe(303);
    expect((await itemRow(id)).licence).toBe('CC BY 2.5 ZA');
    const other = await editor.post(
      `/en/admin/library/${id}/edit`,
      await validForm(db(), { title: 'An IGO licence', licence: 'CC BY 2.0' }),
    );
    expect(other.statusCode).toBe(400);
  });

  it('escapes hostile text in the list and the form', async () => {
    await createPublication(db(), {
      slug: 'hostile',
      status: 'submitted',
      texts: {
        en: { title: '<img src=x onerror=alert(1)>', summary: '</textarea><script>alert(2)</script>' },
      },
    });
    const list = await editor.get('/en/admin/library?q=img');
    expect(list.body).not.toContain('<img src=x');
    expect(list.body).toContain('&lt;img src=x onerror=alert(1)>');
    const [row] = await db().select().from(contentItem).where(eq(contentItem.slug, 'hostile'));
    const edit = await editor.get(`/en/admin/library/${row!.id}/edit`);
    expect(edit.body).not.toContain('<script>alert(2)');
    expect(edit.body).toContain('&lt;/textarea>&lt;script>alert(2)&lt;/script></textarea>');
  });
});

describe('editors: counts', () => {
  it('never counts unpublished items in the public library', async () => {
    const published = Number(
      (
        await db()
          .select({ n: sql<number>`count(*)::int` })
          .from(contentItem)
          .where(eq(contentItem.status, 'published'))
      )[0]!.n,
    );
    const indexed = Number(
      (
        await db()
          .select({ n: sql<number>`count(*)::int` })
          .from(searchDocument)
          .where(eq(searchDocument.kind, 'publication'))
      )[0]!.n,
    );
    expect(indexed).toBe(published);
  });
});
