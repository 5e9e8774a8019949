import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { clientAt } from '../../../test/factories.ts';
import { publicationFile } from '../tables.ts';
import { fileUrl } from './presenter.ts';
import {
  aPublication,
  docxBytes,
  makePdf,
  postMultipart,
  staffAndMember,
  storedFiles,
} from './test-helpers.ts';

// The editors' files screen: who may open it, what it shows, upload and remove without JavaScript.

let t: TestApp;
let editor: TestClient;
let member: TestClient;

beforeAll(async () => {
  // Jobs off: the text-extraction job runs as soon as it is queued, inside the request. The read
  // cache is on: adding or removing a file must drop the cached pages and search results.
  t = await startTestApp({ env: { CACHE_TTL_MS: '600000' } });
  ({ editor, member } = await staffAndMember(t));
});
afterAll(async () => {
  await t?.close();
});

const screen = (itemId: string, locale = 'en') => `/${locale}/admin/library/${itemId}/files`;
const rows = (itemId: string) =>
  t.services.db.select().from(publicationFile).where(eq(publicationFile.itemId, itemId));

describe('files screen: access', () => {
  it('sends visitors to sign in and refuses members (403), changing nothing', async () => {
    const itemId = await aPublication(t);
    const anonymous = await clientAt(t).get(screen(itemId));
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toContain('/en/sign-in?next=');

    expect((await member.get(screen(itemId))).statusCode).toBe(403);
    const upload = await postMultipart(t, member, screen(itemId), [['role', 'document']], {
      filename: 'a.docx',
      data: docxBytes(),
    });
    expect(upload.statusCode).toBe(403);

    const added = await postMultipart(t, editor, screen(itemId), [['role', 'document']], {
      filename: 'a.docx',
      data: docxBytes(),
    });
    expect(added.statusCode).toBe(303);
    const [file] = await rows(itemId);
    const remove = await member.post(`${screen(itemId)}/${file!.id}/remove`, {});
    expect(remove.statusCode).toBe(403);
    expect(await rows(itemId)).toHaveLength(1);
  });

  it('answers 404 for an unknown publication or a file of another one', async () => {
    expect((await editor.get(screen('00000000-0000-4000-8000-000000000000'))).statusCode).toBe(404);
    expect((await editor.get(screen('nope'))).statusCode).toBe(404);
    const a = await aPublication(t);
    const b = await aPublication(t);
    await postMultipart(t, editor, screen(a), [['role', 'document']], {
      filename: 'a.docx',
      data: docxBytes(),
    });
    const [file] = await rows(a);
    const res = await editor.post(`${screen(b)}/${file!.id}/remove`, {});
    expect(res.statusCode).toBe(404);
    expect(await rows(a)).toHaveLength(1);
  });
});

describe('files screen: list, upload, remove', () => {
  it('lists each file with type, size, pages, short SHA-256 and text status, in the reader’s language', async () => {
    const itemId = await aPublication(t, { title: 'Social pensions in Lesotho' });
    const empty = await editor.get(screen(itemId));
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('This publication has no files yet.');
    expect(empty.body).toContain('enctype="multipart/form-data"');
    // The token and the role come before the file input.
    expect(empty.body.indexOf('name="_csrf"', empty.body.indexOf('multipart'))).toBeLessThan(
      empty.body.indexOf('type="file"'),
    );

    const pdf = await makePdf([['Lesotho old-age pension'], ['Annex'], ['Tables']]);
    const res = await postMultipart(t, editor, screen(itemId), [['role', 'document']], {
      filename: 'pensions.pdf',
      data: pdf,
    });
    expect(res.statusCode).toBe(303);
    await postMultipart(t, editor, screen(itemId), [['role', 'document']], {
      filename: 'data.docx',
      data: docxBytes(),
    });
    const [pdfRow] = (await rows(itemId)).filter((r) => r.mediaType === 'application/pdf');

    const page = await editor.get(`${screen(itemId, 'es')}?done=added`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Archivos de «Social pensions in Lesotho»');
    expect(page.body).toContain('Se añadió el archivo.');
    expect(page.body).toContain(`href="${fileUrl(pdfRow!)}"`);
    expect(page.body).toContain('<td>PDF</td>');
    expect(page.body).toContain('<td>Word</td>');
    expect(page.body).toContain('<td>3</td>');
    expect(page.body).toContain(`<code title="${pdfRow!.sha256}">${pdfRow!.sha256.slice(0, 12)}</code>`);
    expect(page.body).toContain('Leído y disponible en la búsqueda');
    expect(page.body).toContain('No se lee (este formato no admite búsqueda de texto)');
    expect(page.body).toMatch(/\d(,\d)? kB/);
    expect(page.body).toContain('aria-label="Quitar pensions.pdf"');
  });

  it('removes a file: its row, its bytes, and its text from search', async () => {
    const itemId = await aPublication(t);
    const before = storedFiles(t);
    // A cached search without the file's words is dropped once the file is added.
    expect((await clientAt(t).get('/en/library?q=xylophagous')).body).not.toContain('Files test publication');
    await postMultipart(t, editor, screen(itemId), [['role', 'document']], {
      filename: 'x.pdf',
      data: await makePdf([['Xylophagous beetles and public works']]),
    });
    expect((await clientAt(t).get('/en/library?q=xylophagous')).body).toContain('Files test publication');
    const [file] = await rows(itemId);
    expect(storedFiles(t).length).toBe(before.length + 1);

    const res = await editor.post(`${screen(itemId)}/${file!.id}/remove`, {});
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${screen(itemId)}?done=removed`);
    expect(await rows(itemId)).toEqual([]);
    expect(storedFiles(t)).toEqual(before);
    expect((await clientAt(t).get('/en/library?q=xylophagous')).body).not.toContain('Files test publication');
    expect((await clientAt(t).get(fileUrl(file!))).statusCode).toBe(404);
  });

  it('refuses a remove without the CSRF token', async () => {
    const itemId = await aPublication(t);
    await postMultipart(t, editor, screen(itemId), [['role', 'document']], {
      filename: 'a.docx',
      data: docxBytes(),
    });
    const [file] = await rows(itemId);
    const res = await editor.post(`${screen(itemId)}/${file!.id}/remove`, {}, { noCsrf: true });
    expect(res.statusCode).toBe(403);
    expect(await rows(itemId)).toHaveLength(1);
  });
});
