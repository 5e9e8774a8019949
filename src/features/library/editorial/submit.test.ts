import { Readable } from 'node:stream';
import type { MultipartFile } from '@fastify/multipart';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainEvent } from '../../../core/events/tables.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { clientAt, createMember, signIn } from '../../../test/factories.ts';
import { contentItem, contentTerm, contentTranslation } from '../../content/tables.ts';
import { organisation } from '../../organisations/tables.ts';
import { loadReferenceData } from '../../taxonomy/index.tsx';
import { createPublication } from '../detail/test-fixtures.ts';
import { executableBytes, makePdf, postMultipart, storedFiles } from '../files/test-helpers.ts';
import { publication, publicationDuplicate, publicationFile } from '../tables.ts';
import { attachSubmissionFile, SUBMISSION_FILES_MAX } from './attach-submission-file.ts';
import { decodeHtml, idFromLocation, searchRow, termId, validForm } from './test-helpers.ts';

let t: TestApp;
let member: TestClient;
let memberId: string;
let other: TestClient;

const db = () => t.services.db;
const countItems = async () =>
  Number((await db().select({ n: sql<number>`count(*)::int` }).from(contentItem))[0]?.n ?? 0);

beforeAll(async () => {
  t = await startTestApp();
  await loadReferenceData(db());
  await db()
    .insert(organisation)
    .values([
      { slug: 'ilo', name: 'International Labour Organization', acronym: 'ILO', type: 'international' },
      { slug: 'unicef', name: 'UNICEF', type: 'international' },
    ]);
  const m = await createMember(t);
  memberId = m.user.id;
  member = await signIn(t, m.user.email, m.password);
  const o = await createMember(t);
  other = await signIn(t, o.user.email, o.password);
});
afterAll(async () => {
  await t?.close();
});

describe('submission: access', () => {
  it('sends visitors to sign in, for the form and its submission', async () => {
    const visitor = clientAt(t);
    const res = await visitor.get('/fr/library/submit');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/fr/sign-in?next=${encodeURIComponent('/fr/library/submit')}`);
    const before = await countItems();
    const post = await visitor.post('/fr/library/submit', await validForm(db()));
    expect(post.statusCode).toBe(303);
    expect(String(post.headers.location)).toMatch(/^\/fr\/sign-in\?next=/);
    expect((await visitor.get('/fr/library/submissions')).statusCode).toBe(303);
    expect(await countItems()).toBe(before);
  });

  it('keeps members out of the editors’ screens', async () => {
    for (const url of ['/en/admin/library', '/en/admin/library/new'])
      expect((await member.get(url)).statusCode).toBe(403);
    const before = await countItems();
    expect((await member.post('/en/admin/library/new', await validForm(db()))).statusCode).toBe(403);
    expect(await countItems()).toBe(before);
  });

  it('shows members the form with every field, the programme areas as a tree', async () => {
    const res = await member.get('/es/library/submit');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<meta name="robots" content="noindex"');
    for (const name of [
      'title',
      'summary',
      'originalLocale',
      'authors',
      'year',
      'issuedOn',
      'documentType',
      'doi',
      'isbn',
      'url',
      'licence',
    ])
      expect(res.body).toContain(`name="${name}"`);
    expect(res.body).toContain('International Labour Organization (ILO)');
    expect(res.body).toContain('Todos los derechos reservados');
    const cash = await termId(db(), 'programme-area', 'cash-transfers');
    const cct = await termId(db(), 'programme-area', 'conditional-cash-transfers');
    const cashAt = res.body.indexOf(`value="${cash}"`);
    const cctAt = res.body.indexOf(`value="${cct}"`);
    expect(cashAt).toBeGreaterThan(0);
    expect(res.body.slice(cashAt, cctAt)).toContain('<ul class="checks">');
    // Members give the original text only; page count and translations are the editors’.
    expect(res.body).not.toContain('name="pageCount"');
    expect(res.body).not.toContain('name="title_fr"');
  });
});

describe('submission: a member proposes a publication', () => {
  let itemId: string;
  let slug: string;

  it('stores it as submitted, with the member as author and the text as the original', async () => {
    const form = await validForm(db(), { title: 'Cash transfers and school attendance in Sénégal' });
    const res = await member.post('/en/library/submit', form);
    expect(res.statusCode).toBe(303);
    expect(String(res.headers.location)).toMatch(
      /^\/en\/library\/submissions\/[0-9a-f-]{36}\?done=submitted$/,
    );
    itemId = idFromLocation(res.headers.location);
    const [item] = await db().select().from(contentItem).where(eq(contentItem.id, itemId));
    expect(item).toMatchObject({
      type: 'publication',
      status: 'submitted',
      authorId: memberId,
      originalLocale: 'en',
      licence: 'cc-by-4.0',
      publishedAt: null,
    });
    slug = item!.slug;
    expect(slug).toBe('cash-transfers-and-school-attendance-in-senegal');
    const translations = await db()
      .select()
      .from(contentTranslation)
      .where(eq(contentTranslation.itemId, itemId));
    expect(translations).toHaveLength(1);
    expect(translations[0]).toMatchObject({
      locale: 'en',
      provenance: 'original',
      title: 'Cash transfers and school attendance in Sénégal',
      summary: 'An evaluation of the national cash transfer programme.\n\nSecond paragraph.',
      body: null,
    });
    const [fields] = await db().select().from(publication).where(eq(publication.itemId, itemId));
    expect(fields).toMatchObject({
      year: 2021,
      issuedOn: '2021-03-15',
      authors: ['Aminata Diallo', 'João Silva'],
      languages: ['en', 'fr'],
      isbn: '9789221339632',
      doi: null,
      url: 'https://www.example.org/report',
    });
    const terms = (await db().select().from(contentTerm).where(eq(contentTerm.itemId, itemId))).map(
      (r) => r.termId,
    );
    expect(terms.sort()).toEqual(
      [
        await termId(db(), 'content-type', 'publication'),
        await termId(db(), 'document-type', 'report'),
        await termId(db(), 'programme-area', 'conditional-cash-transfers'),
        await termId(db(), 'topic', 'gender'),
        await termId(db(), 'population-group', 'children'),
      ].sort(),
    );
    const events = await db().select().from(domainEvent).where(eq(domainEvent.type, 'publication.submitted'));
    expect(events.map((e) => e.payload)).toContainEqual({ itemId, memberId });
  });

  it('is pending: not in the search index, not on a public page, not in the library', async () => {
    expect(await searchRow(db(), itemId)).toBeNull();
    expect((await clientAt(t).get(`/en/library/${slug}`)).statusCode).toBe(404);
    expect((await member.get(`/en/library/${slug}`)).statusCode).toBe(404);
    const library = await clientAt(t).get('/en/library');
    expect(library.statusCode).toBe(200);
    expect(library.body).not.toContain('school attendance');
  });

  it('confirms the submission, then lists it with its status in the reader’s language', async () => {
    const done = await member.get(`/en/library/submissions/${itemId}?done=submitted`);
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('your publication has been submitted');
    expect(done.body).toContain('Waiting for review');
    const list = await member.get('/fr/library/submissions');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`href="/fr/library/submissions/${itemId}"`);
    expect(list.body).toContain('En attente de relecture');
    expect(decodeHtml(list.body)).toContain('Cash transfers and school attendance in Sénégal');
  });

  it('shows a member only their own submissions', async () => {
    expect((await other.get(`/en/library/submissions/${itemId}`)).statusCode).toBe(404);
    expect((await other.get('/en/library/submissions')).body).not.toContain(itemId);
    expect((await member.get('/en/library/submissions/not-a-uuid')).statusCode).toBe(404);
  });

  it('gives a second publication with the same title its own slug', async () => {
    const res = await member.post(
      '/en/library/submit',
      await validForm(db(), { title: 'Cash transfers and school attendance in Sénégal' }),
    );
    expect(res.statusCode).toBe(303);
    const [item] = await db()
      .select()
      .from(contentItem)
      .where(eq(contentItem.id, idFromLocation(res.headers.location)));
    expect(item!.slug).toBe('cash-transfers-and-school-attendance-in-senegal-2');
  });
});

describe('submission: possible duplicates', () => {
  let publishedId: string;
  let pendingId: string;

  beforeAll(async () => {
    ({ id: publishedId } = await createPublication(db(), {
      slug: 'social-pensions-in-latin-america',
      texts: { en: { title: 'Social pensions in Latin America', summary: 'Coverage and adequacy.' } },
      doi: '10.1234/sp.2020.01',
    }));
    const pending = await other.post(
      '/en/library/submit',
      await validForm(db(), { title: 'Fee waivers for health care in rural Ghana', doi: '10.5555/ghana.7' }),
    );
    pendingId = idFromLocation(pending.headers.location);
  });

  it('flags the same DOI, whatever its spelling, and links to the published one', async () => {
    const res = await member.post(
      '/en/library/submit',
      await validForm(db(), {
        title: 'Non-contributory pensions: a regional review',
        doi: 'https://doi.org/10.1234/SP.2020.01',
      }),
    );
    const id = idFromLocation(res.headers.location);
    const rows = await db().select().from(publicationDuplicate).where(eq(publicationDuplicate.itemId, id));
    expect(rows.map((r) => [r.otherId, r.reason])).toEqual([[publishedId, 'doi']]);
    const page = await member.get(`/fr/library/submissions/${id}?done=submitted`);
    expect(page.body).toContain('Un doublon possible');
    expect(page.body).toContain('href="/fr/library/social-pensions-in-latin-america"');
    expect(page.body).toContain('même DOI');
  });

  it('flags a near-identical title in any letter case and accents', async () => {
    const res = await member.post(
      '/en/library/submit',
      await validForm(db(), { title: 'Social Pensions in Látin América' }),
    );
    const id = idFromLocation(res.headers.location);
    const rows = await db().select().from(publicationDuplicate).where(eq(publicationDuplicate.itemId, id));
    expect(rows.map((r) => [r.otherId, r.reason])).toEqual([[publishedId, 'title']]);
    const page = await member.get(`/en/library/submissions/${id}`);
    expect(page.body).toContain('similar title');
  });

  it('does not flag a merely related title', async () => {
    const res = await member.post(
      '/en/library/submit',
      await validForm(db(), { title: 'Social pensions in South Asia: coverage gaps' }),
    );
    const id = idFromLocation(res.headers.location);
    expect(await db().select().from(publicationDuplicate).where(eq(publicationDuplicate.itemId, id))).toEqual(
      [],
    );
  });

  it('tells the member nothing of a pending duplicate: not its title, not that it exists', async () => {
    const res = await member.post(
      '/en/library/submit',
      await validForm(db(), { title: 'Another look at health fee waivers', doi: '10.5555/GHANA.7' }),
    );
    const id = idFromLocation(res.headers.location);
    const rows = await db()
      .select()
      .from(publicationDuplicate)
      .where(and(eq(publicationDuplicate.itemId, id), inArray(publicationDuplicate.otherId, [pendingId])));
    expect(rows).toHaveLength(1);
    const page = await member.get(`/en/library/submissions/${id}`);
    expect(page.body).not.toContain('rural Ghana');
    expect(page.body).not.toContain('possible duplicate');
    expect(page.body).not.toContain('awaiting review');
    expect(page.body).not.toContain(pendingId);
  });

  it('lists only the published duplicate, with a generic word on the editors’ further checks', async () => {
    const res = await member.post(
      '/en/library/submit',
      await validForm(db(), { title: 'Social pensions in Latin America', doi: '10.5555/ghana.7' }),
    );
    const id = idFromLocation(res.headers.location);
    const rows = await db().select().from(publicationDuplicate).where(eq(publicationDuplicate.itemId, id));
    // Flagged with the published one and pending ones (the other member's, earlier submissions).
    expect(rows.map((r) => r.otherId)).toEqual(expect.arrayContaining([publishedId, pendingId]));
    expect(rows.length).toBeGreaterThan(2);
    const page = await member.get(`/fr/library/submissions/${id}`);
    // Only the published one is counted and shown.
    expect(page.body).toContain('Un doublon possible');
    expect(page.body).toContain('href="/fr/library/social-pensions-in-latin-america"');
    expect(page.body).toContain('L’équipe éditoriale la comparera aussi avec le reste de la bibliothèque.');
    expect(page.body).not.toContain('rural Ghana');
    expect(page.body).not.toContain(pendingId);
  });
});

describe('submission: bad input', () => {
  const errorSummary = (html: string) => {
    const m = /<div class="error-summary"[\s\S]*?<\/div>/.exec(html);
    return decodeHtml(m?.[0] ?? '');
  };

  it('names every malformed field in the reader’s language and stores nothing', async () => {
    const before = await countItems();
    const res = await member.post(
      '/fr/library/submit',
      await validForm(db(), {
        title: '   ',
        summary: 'Texte avec un caractère de contrôle \u0007',
        originalLocale: 'xx',
        authors: Array.from({ length: 51 }, (_, i) => `Auteur ${i}`).join('\n'),
        organisations: 'pas-un-identifiant',
        year: '20x1',
        issuedOn: '2021-02-30',
        documentType: '',
        programmeAreas: ['abc'],
        topics: ['-1'],
        populationGroups: ['1.5'],
        countries: ['SN', 'XX'],
        languages: ['zz'],
        doi: '10.12/pas-un-doi',
        isbn: '978-92-2-133963-3',
        url: 'javascript:alert(1)',
      }),
    );
    expect(res.statusCode).toBe(400);
    const summary = errorSummary(res.body);
    for (const label of [
      'Titre : Ce champ est obligatoire.',
      'Résumé : Supprimez les caractères de contrôle',
      'Langue du titre et du résumé : Choisissez',
      'Auteurs (facultatif) : Indiquez 50 auteurs au plus',
      'Organisations (facultatif) : Choisissez',
      'Année de publication : Indiquez une année à quatre chiffres',
      'Date de publication (facultatif) : Indiquez une date réelle',
      'Type de document : Ce champ est obligatoire.',
      'Domaines de programme : Choisissez',
      'Thèmes : Choisissez',
      'Groupes de population : Choisissez',
      'Pays (facultatif) : Choisissez',
      'Langues du document (facultatif) : Choisissez',
      'DOI (facultatif) : Indiquez un DOI',
      'ISBN (facultatif) : Indiquez un ISBN-10 ou ISBN-13 valide',
      'Adresse web (facultatif) : Saisissez une adresse web',
    ])
      expect(summary).toContain(label);
    expect(summary).toContain('Il y a 16 problèmes');
    expect(await countItems()).toBe(before);
    // The form comes back with what was typed (but no hostile address as a link).
    expect(res.body).toContain('value="20x1"');
  });

  it('refuses unknown terms, organisations and licences, and a date outside the year', async () => {
    const before = await countItems();
    const res = await member.post(
      '/fr/library/submit',
      await validForm(db(), {
        documentType: String(await termId(db(), 'topic', 'gender')),
        programmeAreas: [String(await termId(db(), 'programme-area', 'cash-transfers')), '999999'],
        organisations: ['00000000-0000-4000-8000-000000000000'],
        licence: 'gpl-3.0',
        year: '2020',
        issuedOn: '2021-03-15',
      }),
    );
    expect(res.statusCode).toBe(400);
    const summary = errorSummary(res.body);
    for (const label of [
      'Type de document : Choisissez',
      'Domaines de programme : Choisissez',
      'Organisations (facultatif) : Choisissez',
      'Licence (facultatif) : Choisissez',
      'Date de publication (facultatif) : La date doit tomber dans l’année de publication',
    ])
      expect(summary).toContain(label);
    expect(await countItems()).toBe(before);
  });

  it('refuses a year after next year, an unknown field and an oversized title', async () => {
    const before = await countItems();
    const next = new Date().getUTCFullYear() + 2;
    const res = await member.post(
      '/en/library/submit',
      await validForm(db(), {
        year: String(next),
        issuedOn: '',
        title: 'x'.repeat(301),
        status: 'published',
      }),
    );
    expect(res.statusCode).toBe(400);
    const summary = errorSummary(res.body);
    expect(summary).toContain('Year of publication: The year cannot be later than next year.');
    expect(summary).toContain('Title: Enter no more than 300 characters.');
    expect(summary).toContain('The field “status” is not accepted here.');
    expect(await countItems()).toBe(before);
  });

  it('refuses a form without its CSRF token', async () => {
    const before = await countItems();
    const res = await member.post('/en/library/submit', await validForm(db()), { noCsrf: true });
    expect(res.statusCode).toBe(403);
    expect(await countItems()).toBe(before);
  });

  it('escapes hostile text on every page that shows it', async () => {
    const res = await member.post(
      '/en/library/submit',
      await validForm(db(), {
        title: '<script>alert(1)</script> "><img src=x onerror=alert(2)>',
        summary: '<b onmouseover=alert(3)>right-to-left ‮txet‬ and emoji 🧪</b>',
        authors: '<svg onload=alert(4)>',
      }),
    );
    expect(res.statusCode).toBe(303);
    const id = idFromLocation(res.headers.location);
    for (const url of [`/en/library/submissions/${id}`, '/en/library/submissions']) {
      const page = await member.get(url);
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toContain('<script>alert');
      expect(page.body).not.toContain('<img src=x');
      expect(page.body).toContain('&lt;script>alert(1)&lt;/script>');
    }
    const [row] = await db().select().from(contentTranslation).where(eq(contentTranslation.itemId, id));
    expect(row!.title).toBe('<script>alert(1)</script> "><img src=x onerror=alert(2)>');
  });
});

describe('submission: attaching the document', () => {
  let itemId: string;
  let pdf: Buffer;

  beforeAll(async () => {
    const res = await member.post(
      '/en/library/submit',
      await validForm(db(), { title: 'Graduation programmes in Bangladesh' }),
    );
    itemId = idFromLocation(res.headers.location);
    pdf = await makePdf([['Graduation programmes in Bangladesh', 'Findings of a randomised evaluation.']]);
  });

  const filesOf = (id: string) => db().select().from(publicationFile).where(eq(publicationFile.itemId, id));

  it('offers the upload on the confirmation page, then lists the attached file', async () => {
    const page = await member.get(`/pt/library/submissions/${itemId}`);
    expect(page.body).toContain('enctype="multipart/form-data"');
    expect(page.body).toContain(`action="/pt/library/submissions/${itemId}/file"`);
    expect(page.body).toContain('Nenhum arquivo anexado ainda.');
    const res = await postMultipart(t, member, `/pt/library/submissions/${itemId}/file`, [], {
      filename: 'graduation.pdf',
      contentType: 'application/pdf',
      data: pdf,
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/pt/library/submissions/${itemId}?done=file`);
    const files = await filesOf(itemId);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({
      role: 'document',
      mediaType: 'application/pdf',
      filename: 'graduation.pdf',
    });
    const after = await member.get(`/pt/library/submissions/${itemId}?done=file`);
    expect(after.body).toContain('O arquivo foi anexado ao seu envio.');
    expect(after.body).toContain('graduation.pdf');
    expect(await searchRow(db(), itemId)).toBeNull();
  });

  it('flags another publication holding the same file', async () => {
    const res = await other.post(
      '/en/library/submit',
      await validForm(db(), { title: 'A completely different name' }),
    );
    const id = idFromLocation(res.headers.location);
    const up = await postMultipart(t, other, `/en/library/submissions/${id}/file`, [], {
      filename: 'copy.pdf',
      data: pdf,
    });
    expect(up.statusCode).toBe(303);
    const rows = await db().select().from(publicationDuplicate).where(eq(publicationDuplicate.itemId, id));
    expect(rows.map((r) => [r.otherId, r.reason])).toEqual([[itemId, 'file']]);
    // The other member's pending submission is neither named nor counted.
    const page = await other.get(`/en/library/submissions/${id}`);
    expect(page.body).not.toContain('possible duplicate');
    expect(page.body).not.toContain('Graduation programmes');
  });

  it('refuses an executable named .pdf, naming the field, and keeps nothing', async () => {
    const res = await postMultipart(t, member, `/fr/library/submissions/${itemId}/file`, [], {
      filename: 'report.pdf',
      contentType: 'application/pdf',
      data: executableBytes(),
    });
    expect(res.statusCode).toBe(415);
    expect(decodeHtml(res.body)).toContain('Fichier du document : ');
    expect(await filesOf(itemId)).toHaveLength(1);
  });

  it('lets nobody else attach a file, and needs the CSRF token', async () => {
    const res = await postMultipart(t, other, `/en/library/submissions/${itemId}/file`, [], {
      filename: 'x.pdf',
      data: pdf,
    });
    expect(res.statusCode).toBe(404);
    const forged = await postMultipart(
      t,
      member,
      `/en/library/submissions/${itemId}/file`,
      [['_csrf', 'forged']],
      {
        filename: 'x.pdf',
        data: pdf,
      },
    );
    expect(forged.statusCode).toBe(403);
    const extra = await postMultipart(
      t,
      member,
      `/en/library/submissions/${itemId}/file`,
      [['status', 'published']],
      {
        filename: 'x.pdf',
        data: pdf,
      },
    );
    expect(extra.statusCode).toBe(400);
    expect(await filesOf(itemId)).toHaveLength(1);
  });

  it('closes the upload once the submission is no longer pending', async () => {
    await db().update(contentItem).set({ status: 'rejected' }).where(eq(contentItem.id, itemId));
    const page = await member.get(`/en/library/submissions/${itemId}`);
    expect(page.body).toContain('Not accepted');
    expect(page.body).not.toContain('enctype="multipart/form-data"');
    const res = await postMultipart(t, member, `/en/library/submissions/${itemId}/file`, [], {
      filename: 'later.pdf',
      data: await makePdf([['Another file']]),
    });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('Files can only be added while the submission awaits review.');
    expect(await filesOf(itemId)).toHaveLength(1);
  });
});

describe('submission: attaching while the submission changes', () => {
  /** An upload whose bytes arrive only after `meanwhile` ran (an editor acting mid-upload). */
  function slowPart(filename: string, data: Buffer, meanwhile: () => Promise<void>): MultipartFile {
    const file = Object.assign(
      Readable.from(
        (async function* () {
          await meanwhile();
          yield data;
        })(),
      ),
      { truncated: false, bytesRead: data.length },
    );
    return { type: 'file', fieldname: 'file', filename, file } as unknown as MultipartFile;
  }
  const submit = async (title: string) =>
    idFromLocation(
      (await member.post('/en/library/submit', await validForm(db(), { title }))).headers.location,
    );
  const documentsOf = async (id: string) =>
    (await db().select().from(publicationFile).where(eq(publicationFile.itemId, id))).filter(
      (f) => f.role === 'document',
    );

  it('refuses the file, and keeps none of its bytes, when an editor publishes during the upload', async () => {
    const itemId = await submit('Cash plus programmes in Malawi');
    const before = storedFiles(t).length;
    const attempt = attachSubmissionFile(
      t.services,
      memberId,
      itemId,
      slowPart('malawi.pdf', await makePdf([['Cash plus in Malawi']]), async () => {
        await db().update(contentItem).set({ status: 'published' }).where(eq(contentItem.id, itemId));
      }),
    );
    await expect(attempt).rejects.toMatchObject({ code: 'not_pending', status: 409 });
    expect(await documentsOf(itemId)).toHaveLength(0);
    expect(storedFiles(t).length).toBe(before);
  });

  it('never lets parallel uploads go past the limit of documents', async () => {
    const itemId = await submit('School feeding in Kenya');
    for (let i = 1; i < SUBMISSION_FILES_MAX; i++)
      await attachSubmissionFile(
        t.services,
        memberId,
        itemId,
        slowPart(`part-${i}.pdf`, await makePdf([[`School feeding, part ${i}`]]), async () => {}),
      );
    const before = storedFiles(t).length;
    // A second upload completes while this one streams in: it takes the last place.
    const lastPdf = await makePdf([['School feeding, last part']]);
    const attempt = attachSubmissionFile(
      t.services,
      memberId,
      itemId,
      slowPart('late.pdf', await makePdf([['School feeding, late part']]), async () => {
        await attachSubmissionFile(
          t.services,
          memberId,
          itemId,
          slowPart('last.pdf', lastPdf, async () => {}),
        );
      }),
    );
    await expect(attempt).rejects.toMatchObject({ code: 'too_many_files', status: 409 });
    const documents = await documentsOf(itemId);
    expect(documents).toHaveLength(SUBMISSION_FILES_MAX);
    expect(documents.map((f) => f.filename)).toContain('last.pdf');
    expect(documents.map((f) => f.filename)).not.toContain('late.pdf');
    // Only the bytes of the upload that made it are kept.
    expect(storedFiles(t).length).toBe(before + 1);
  });
});
