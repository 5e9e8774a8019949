import { Readable } from 'node:stream';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { clientAt, createMember } from '../../../test/factories.ts';
import { contentItem } from '../../content/tables.ts';
import { downloadDay } from '../tables.ts';
import { addPublicationFile } from './add-publication-file.ts';
import type { MultipartFile } from '@fastify/multipart';
import { fileUrl } from './presenter.ts';
import { receiveUpload } from './receive-upload.ts';
import { aPublication, docxBytes, makePdf, staffAndMember } from './test-helpers.ts';

// Downloads at /files/{id}/{name}: who may fetch, headers, validators, ranges, counting.

let t: TestApp;
let editor: TestClient;
let member: TestClient;
let memberId: string;

beforeAll(async () => {
  t = await startTestApp();
  ({ editor, member, memberId } = await staffAndMember(t));
});
afterAll(async () => {
  await t?.close();
});

/** An upload as the form would hand it over, without HTTP. */
function part(filename: string, data: Buffer): MultipartFile {
  const file = Object.assign(Readable.from([data]), { truncated: false, bytesRead: data.length });
  return { type: 'file', fieldname: 'file', filename, file } as unknown as MultipartFile;
}

async function attach(
  itemId: string,
  filename: string,
  data: Buffer,
  role: 'document' | 'cover' = 'document',
) {
  const stored = await receiveUpload(t.services, part(filename, data), { role });
  return addPublicationFile(t.services, itemId, stored);
}

const visitor = () => clientAt(t);
/** Downloads per day of one file, oldest first. */
const downloadsOf = (fileId: string) =>
  t.services.db
    .select({ day: downloadDay.day, count: downloadDay.count })
    .from(downloadDay)
    .where(eq(downloadDay.fileId, fileId))
    .orderBy(asc(downloadDay.day));
const counts = async (fileId: string) => (await downloadsOf(fileId)).map((d) => d.count);

describe('downloading a published file', () => {
  let pdf: Buffer;
  let file: Awaited<ReturnType<typeof attach>>;

  beforeAll(async () => {
    const itemId = await aPublication(t);
    pdf = await makePdf([['Rapport sur les transferts monétaires'], ['Page deux']]);
    file = await attach(itemId, 'Rapport été 2024.pdf', pdf);
  });

  it('serves the bytes with type, disposition, length, validators, cacheable but revalidated each time', async () => {
    const res = await visitor().get(fileUrl(file));
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(pdf)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Rapport ete 2024.pdf"; filename*=UTF-8''Rapport%20%C3%A9t%C3%A9%202024.pdf`,
    );
    expect(res.headers['content-length']).toBe(String(pdf.length));
    expect(res.headers.etag).toBe(`"${file.sha256}"`);
    expect(new Date(String(res.headers['last-modified'])).getTime()).toBeGreaterThan(0);
    expect(res.headers['accept-ranges']).toBe('bytes');
    // Shared caches ask again each time (a 304), so an unpublished or removed file is not served.
    expect(res.headers['cache-control']).toBe('public, no-cache');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('answers 304 to a client that has it, by ETag or by date', async () => {
    const etag = `"${file.sha256}"`;
    const byTag = await visitor().get(fileUrl(file), { 'if-none-match': `"other", W/${etag}` });
    expect(byTag.statusCode).toBe(304);
    expect(byTag.rawPayload.length).toBe(0);
    expect(byTag.headers.etag).toBe(etag);
    const byDate = await visitor().get(fileUrl(file), {
      'if-modified-since': new Date(Date.now() + 1000).toUTCString(),
    });
    expect(byDate.statusCode).toBe(304);
    const stale = await visitor().get(fileUrl(file), { 'if-none-match': '"other"' });
    expect(stale.statusCode).toBe(200);
  });

  it('serves byte ranges (206) and refuses ranges past the end (416)', async () => {
    const first = await visitor().get(fileUrl(file), { range: 'bytes=0-9' });
    expect(first.statusCode).toBe(206);
    expect(first.headers['content-range']).toBe(`bytes 0-9/${pdf.length}`);
    expect(first.headers['content-length']).toBe('10');
    expect(first.rawPayload.equals(pdf.subarray(0, 10))).toBe(true);

    const tail = await visitor().get(fileUrl(file), { range: 'bytes=-5' });
    expect(tail.statusCode).toBe(206);
    expect(tail.rawPayload.equals(pdf.subarray(pdf.length - 5))).toBe(true);
    const open = await visitor().get(fileUrl(file), { range: `bytes=${pdf.length - 3}-` });
    expect(open.headers['content-range']).toBe(`bytes ${pdf.length - 3}-${pdf.length - 1}/${pdf.length}`);

    const past = await visitor().get(fileUrl(file), { range: `bytes=${pdf.length}-` });
    expect(past.statusCode).toBe(416);
    expect(past.headers['content-range']).toBe(`bytes */${pdf.length}`);

    // A range for an older version (If-Range) gets the whole current file.
    const changed = await visitor().get(fileUrl(file), { range: 'bytes=0-9', 'if-range': '"old"' });
    expect(changed.statusCode).toBe(200);
    expect(changed.rawPayload.length).toBe(pdf.length);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await t.app.inject({ method: 'HEAD', url: fileUrl(file) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-length']).toBe(String(pdf.length));
    expect(res.rawPayload.length).toBe(0);
  });

  it('finds the file by its id whatever name the link carries', async () => {
    const res = await visitor().get(`/files/${file.id}/old-name.pdf`);
    expect(res.statusCode).toBe(200);
    expect((await visitor().get('/files/not-an-id/x.pdf')).statusCode).toBe(404);
    expect((await visitor().get('/files/00000000-0000-4000-8000-000000000000/x.pdf')).statusCode).toBe(404);
  });
});

describe('counting downloads', () => {
  it('counts whole GETs and ranges from the first byte, per file and day — not HEAD, 304 or later ranges', async () => {
    const itemId = await aPublication(t);
    const data = docxBytes();
    const file = await attach(itemId, 'notes.docx', data);
    const url = fileUrl(file);
    expect(await counts(file.id)).toEqual([]);

    await visitor().get(url);
    await visitor().get(url, { range: 'bytes=0-99' });
    expect(await counts(file.id)).toEqual([2]);

    await t.app.inject({ method: 'HEAD', url });
    await visitor().get(url, { range: 'bytes=100-199' });
    await visitor().get(url, { 'if-none-match': `"${file.sha256}"` });
    await visitor().get(url, { range: `bytes=${data.length + 10}-` });
    expect(await counts(file.id)).toEqual([2]);

    await visitor().get(url);
    const [day] = await downloadsOf(file.id);
    expect(day).toEqual({ day: new Date().toISOString().slice(0, 10), count: 3 });
  });
});

describe('files of unpublished publications', () => {
  it('exist only for their submitter and staff, and are never cached', async () => {
    const itemId = await aPublication(t, { status: 'submitted', authorId: memberId });
    const file = await attach(itemId, 'draft.docx', docxBytes());
    const url = fileUrl(file);

    expect((await visitor().get(url)).statusCode).toBe(404);
    const bySubmitter = await member.get(url);
    expect(bySubmitter.statusCode).toBe(200);
    expect(bySubmitter.headers['cache-control']).toBe('private, no-store');
    expect((await editor.get(url)).statusCode).toBe(200);
    // Staff without two-factor authentication see no more than a visitor.
    const e = await createMember(t, { role: 'editor' });
    const editorWithout2fa = clientAt(t);
    await editorWithout2fa.post('/en/sign-in', { email: e.user.email, password: e.password });
    expect((await editorWithout2fa.get('/en/account')).statusCode).toBe(200);
    expect((await editorWithout2fa.get(url)).statusCode).toBe(404);
    // Previews by staff and the submitter are not downloads.
    expect(await counts(file.id)).toEqual([]);

    // Another member sees nothing either.
    const other = await aPublication(t, { status: 'draft' });
    const otherFile = await attach(other, 'other.docx', docxBytes());
    expect((await member.get(fileUrl(otherFile))).statusCode).toBe(404);

    // Once published, everyone may download it.
    await t.services.db.update(contentItem).set({ status: 'published' }).where(eq(contentItem.id, itemId));
    expect((await visitor().get(url)).statusCode).toBe(200);
  });

  it('shows a cover image inline', async () => {
    const itemId = await aPublication(t);
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const cover = await attach(itemId, 'cover.png', png, 'cover');
    const res = await visitor().get(fileUrl(cover));
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-disposition']).toMatch(/^inline; filename="cover.png"/);
  });
});
