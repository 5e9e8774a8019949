import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from '../../../core/errors.ts';
import { parseInput } from '../../../core/http/validate.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { publication, publicationFile, publicationFileText } from '../tables.ts';
import { filesWithHash, publicationFiles } from './presenter.ts';
import { addPublicationFile } from './add-publication-file.ts';
import { storeUpload } from './receive-upload.ts';
import {
  aPublication,
  compoundFile,
  cookieHeader,
  docxBytes,
  eventually,
  executableBytes,
  extractionDone,
  makePdf,
  multipart,
  postMultipart,
  staffAndMember,
  storedFiles,
  zipStored,
} from './test-helpers.ts';

// Uploads through the files screen's form, with pg-boss running the text-extraction job.

const MAX = 300_000;
let t: TestApp;
let editor: TestClient;
let member: TestClient;

beforeAll(async () => {
  t = await startTestApp({ jobs: true, env: { UPLOAD_MAX_BYTES: String(MAX) } });
  ({ editor, member } = await staffAndMember(t));
});
afterAll(async () => {
  await t?.close();
});

const db = () => t.services.db;
const url = (itemId: string) => `/en/admin/library/${itemId}/files`;
const rows = (itemId: string) =>
  db().select().from(publicationFile).where(eq(publicationFile.itemId, itemId));
const json = { accept: 'application/json' };
/** The text read from a file, as search indexes it; null when none was stored. */
const textOf = async (fileId: string) =>
  (await db().select().from(publicationFileText).where(eq(publicationFileText.fileId, fileId)))[0]?.text ??
  null;

describe('uploading a PDF', () => {
  it('stores it with its size and SHA-256, then the job reads its text and pages into search', async () => {
    const itemId = await aPublication(t);
    const pdf = await makePdf([
      ['Cash transfers in the Sahel', 'Quillwort households received monthly payments.'],
      ['Second page', 'Findings on school attendance.'],
    ]);
    const res = await postMultipart(t, editor, url(itemId), [['role', 'document']], {
      filename: 'C:\\Users\\me\\Rapport final: <2024>.PDF',
      contentType: 'application/pdf',
      data: pdf,
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${url(itemId)}?done=addedPdf`);

    const [row] = await rows(itemId);
    expect(row).toMatchObject({
      role: 'document',
      mediaType: 'application/pdf',
      size: pdf.length,
      filename: 'Rapport final 2024.pdf',
    });
    expect(row!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.storageKey).not.toContain('Rapport');

    const done = await extractionDone(t, row!.id);
    expect(done.textStatus).toBe('extracted');
    expect(done.pageCount).toBe(2);
    expect(await textOf(row!.id)).toContain('Quillwort households received monthly payments.');
    const [fields] = await db().select().from(publication).where(eq(publication.itemId, itemId));
    expect(fields!.pageCount).toBe(2);

    // The PDF's words find the publication in the library search.
    const search = await editor.get('/en/library?q=quillwort');
    expect(search.statusCode).toBe(200);
    expect(search.body).toContain(`Files test publication`);

    expect(await filesWithHash(db(), row!.sha256)).toEqual([
      { fileId: row!.id, itemId, filename: 'Rapport final 2024.pdf' },
    ]);
    const [view] = await publicationFiles(db(), itemId);
    expect(view).toMatchObject({
      url: `/files/${row!.id}/Rapport%20final%202024.pdf`,
      pageCount: 2,
      textStatus: 'extracted',
    });
  });

  it('marks a corrupt PDF failed, keeps the publication, and the next PDF is still read', async () => {
    const itemId = await aPublication(t);
    const corrupt = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4000)]);
    const bad = await postMultipart(t, editor, url(itemId), [['role', 'document']], {
      filename: 'broken.pdf',
      data: corrupt,
    });
    expect(bad.statusCode).toBe(303);
    const good = await postMultipart(t, editor, url(itemId), [['role', 'document']], {
      filename: 'good.pdf',
      data: await makePdf([['Zanzibar pension reform annex']]),
    });
    expect(good.statusCode).toBe(303);

    const [first, second] = await rows(itemId).then((r) => r.sort((a, b) => a.position - b.position));
    const failed = await extractionDone(t, first!.id);
    expect(failed.textStatus).toBe('failed');
    expect(failed.textError).toBe('unreadable');
    const read = await extractionDone(t, second!.id);
    expect(read.textStatus).toBe('extracted');
    expect(await textOf(second!.id)).toContain('Zanzibar pension reform annex');

    // The editor sees why, in their language.
    const page = await editor.get(`/fr/admin/library/${itemId}/files`);
    expect(page.body).toContain('Illisible : le PDF est endommagé ou n’est pas un PDF valide');
    expect(page.body).toContain('Lu et cherchable');
  });

  it('accepts office documents and covers by their content, and gives them no text job', async () => {
    const itemId = await aPublication(t);
    const docx = await postMultipart(t, editor, url(itemId), [['role', 'document']], {
      filename: 'notes.bin',
      data: docxBytes(),
    });
    expect(docx.statusCode).toBe(303);
    const doc = await postMultipart(t, editor, url(itemId), [['role', 'document']], {
      filename: 'old report.doc',
      data: compoundFile('WordDocument'),
    });
    expect(doc.statusCode).toBe(303);
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const cover = await postMultipart(t, editor, url(itemId), [['role', 'cover']], {
      filename: 'cover.png',
      data: png,
    });
    expect(cover.statusCode).toBe(303);
    expect(cover.headers.location).toBe(`${url(itemId)}?done=added`);
    const found = (await rows(itemId)).map((r) => [r.role, r.filename, r.mediaType, r.textStatus]);
    expect(found).toEqual(
      expect.arrayContaining([
        [
          'document',
          'notes.docx',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'none',
        ],
        ['document', 'old report.doc', 'application/msword', 'none'],
        ['cover', 'cover.png', 'image/png', 'none'],
      ]),
    );

    // A second cover replaces the first, bytes included.
    const before = storedFiles(t).length;
    const jpeg = Buffer.concat([
      Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'),
      Buffer.alloc(200),
    ]);
    const again = await postMultipart(t, editor, url(itemId), [['role', 'cover']], {
      filename: 'new cover.jpeg',
      data: jpeg,
    });
    expect(again.statusCode).toBe(303);
    const covers = (await rows(itemId)).filter((r) => r.role === 'cover');
    expect(covers.map((c) => [c.filename, c.mediaType])).toEqual([['new cover.jpg', 'image/jpeg']]);
    expect(storedFiles(t).length).toBe(before);
  });
});

describe('text extraction after a crash', () => {
  it('reads a PDF left pending with no job sent, once the outbox relays its fileAdded event', async () => {
    const itemId = await aPublication(t);
    const stored = await storeUpload(t.services, await makePdf([['Outbox kept this Tamarind report']]), {
      role: 'document',
      filename: 'tamarind.pdf',
    });
    // The process dies between the commit and sending the job: no job is sent.
    const crashing = { ...t.services, jobs: { ...t.services.jobs, send: async () => {} } };
    const file = await addPublicationFile(crashing, itemId, stored);
    expect(file.textStatus).toBe('pending');
    await new Promise((r) => setTimeout(r, 300));
    expect((await rows(itemId))[0]!.textStatus).toBe('pending');

    await t.services.events.relay();
    expect((await extractionDone(t, file.id)).textStatus).toBe('extracted');
    expect(await textOf(file.id)).toContain('Outbox kept this Tamarind report');
  });
});

describe('refused uploads store nothing', () => {
  const nothingStored = async (itemId: string, filesBefore: string[]) => {
    expect(await rows(itemId)).toEqual([]);
    expect(storedFiles(t)).toEqual(filesBefore);
  };

  it('refuses an executable named .pdf, naming the field, in the reader’s language', async () => {
    const itemId = await aPublication(t);
    const before = storedFiles(t);
    const res = await postMultipart(
      t,
      editor,
      url(itemId),
      [['role', 'document']],
      { filename: 'report.pdf', contentType: 'application/pdf', data: executableBytes() },
      json,
    );
    expect(res.statusCode).toBe(415);
    expect(res.json().errors).toEqual([
      expect.objectContaining({
        code: 'unsupported_type',
        field: 'file',
        message: expect.stringContaining('PDF'),
      }),
    ]);
    await nothingStored(itemId, before);

    // Without JavaScript: the form again, with the message by the field, in French.
    const html = await postMultipart(t, editor, `/fr/admin/library/${itemId}/files`, [['role', 'document']], {
      filename: 'report.pdf',
      data: executableBytes(),
    });
    expect(html.statusCode).toBe(415);
    expect(html.body).toContain('href="#f-file"');
    expect(html.body).toContain('n’est pas un document PDF');
    await nothingStored(itemId, before);
  });

  it('refuses a PDF as a cover, a CFB that is no Office file, and a plain ZIP', async () => {
    const itemId = await aPublication(t);
    const before = storedFiles(t);
    const pdf = await makePdf([['Not a picture']]);
    for (const [role, data] of [
      ['cover', pdf],
      ['document', compoundFile('SummaryInformation')],
      ['document', zipStored([['readme.txt', 'hello']])],
    ] as const) {
      const res = await postMultipart(
        t,
        editor,
        url(itemId),
        [['role', role]],
        { filename: 'x', data },
        json,
      );
      expect(res.statusCode).toBe(415);
      expect(res.json().errors[0].field).toBe('file');
    }
    await nothingStored(itemId, before);
  });

  it('refuses a missing file, an empty file and a wrong role', async () => {
    const itemId = await aPublication(t);
    const before = storedFiles(t);
    const none = await postMultipart(t, editor, url(itemId), [['role', 'document']], undefined, json);
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0]).toMatchObject({ field: 'file', code: 'required' });
    const unnamed = await postMultipart(
      t,
      editor,
      url(itemId),
      [['role', 'document']],
      { filename: '', data: Buffer.alloc(0) },
      json,
    );
    expect(unnamed.json().errors[0]).toMatchObject({ field: 'file', code: 'required' });
    const empty = await postMultipart(
      t,
      editor,
      url(itemId),
      [['role', 'document']],
      { filename: 'empty.pdf', data: Buffer.alloc(0) },
      json,
    );
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0]).toMatchObject({ field: 'file', code: 'empty_file' });
    const role = await postMultipart(
      t,
      editor,
      url(itemId),
      [['role', 'poster']],
      { filename: 'a.pdf', data: await makePdf([['x']]) },
      json,
    );
    expect(role.statusCode).toBe(400);
    expect(role.json().errors[0]).toMatchObject({ field: 'role' });
    await nothingStored(itemId, before);
  });

  it('refuses a field named __proto__ cleanly (400), never a 500, and never takes it as data', async () => {
    const itemId = await aPublication(t);
    const before = storedFiles(t);
    for (const name of ['__proto__', 'constructor', 'toString']) {
      // Fields only: the multipart parser refuses a name of Object.prototype's at the end of the form.
      const fieldsOnly = await postMultipart(
        t,
        editor,
        url(itemId),
        [
          [name, 'x'],
          ['role', 'document'],
        ],
        undefined,
        json,
      );
      expect(fieldsOnly.statusCode).toBe(400);
      expect(fieldsOnly.json().errors).toEqual([expect.objectContaining({ code: 'fst_proto_violation' })]);
    }
    await nothingStored(itemId, before);
    // Before a file, the parser drops the field and the upload goes on as without it.
    const withFile = await postMultipart(
      t,
      editor,
      url(itemId),
      [
        ['__proto__', 'x'],
        ['role', 'document'],
      ],
      { filename: 'a.docx', data: docxBytes() },
      json,
    );
    expect(withFile.statusCode).toBe(303);
    expect((await rows(itemId)).map((r) => r.filename)).toEqual(['a.docx']);
  });

  it('refuses a text field longer than any form takes (over 128 KB), naming it, and stores nothing', async () => {
    const itemId = await aPublication(t);
    const before = storedFiles(t);
    const res = await postMultipart(
      t,
      editor,
      url(itemId),
      [
        ['role', 'document'],
        ['label', 'x'.repeat(129 * 1024)],
      ],
      { filename: 'a.docx', data: docxBytes() },
      json,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'label', code: 'too_large' })]);
    await nothingStored(itemId, before);
  });

  it('reads the fields into an object without a prototype, which parseInput checks like any form', () => {
    // What the multipart hook builds for a form whose field is named __proto__.
    const body: Record<string, string> = Object.create(null);
    Reflect.set(body, '__proto__', 'x');
    body.role = 'document';
    body._csrf = 'token';
    expect(Object.keys(body)).toEqual(['__proto__', 'role', '_csrf']);
    let refused: unknown;
    try {
      parseInput(z.strictObject({ role: z.enum(['document', 'cover']) }), body);
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).errors).toEqual([
      expect.objectContaining({ field: '__proto__', code: 'unknown_field' }),
    ]);
    const ok: Record<string, string> = Object.create(null);
    ok.role = 'cover';
    ok._csrf = 'token';
    expect(parseInput(z.strictObject({ role: z.enum(['document', 'cover']) }), ok)).toEqual({
      role: 'cover',
    });
  });

  it('refuses the same file twice on one publication', async () => {
    const itemId = await aPublication(t);
    const data = docxBytes();
    const first = await postMultipart(t, editor, url(itemId), [['role', 'document']], {
      filename: 'a.docx',
      data,
    });
    expect(first.statusCode).toBe(303);
    const before = storedFiles(t);
    const second = await postMultipart(
      t,
      editor,
      url(itemId),
      [['role', 'document']],
      { filename: 'b.docx', data },
      json,
    );
    expect(second.statusCode).toBe(409);
    expect(second.json().errors[0]).toMatchObject({ field: 'file', code: 'already_attached' });
    expect(await rows(itemId)).toHaveLength(1);
    expect(storedFiles(t)).toEqual(before);
  });

  it('answers 413 at once when the declared size is over the limit', async () => {
    const itemId = await aPublication(t);
    const before = storedFiles(t);
    const res = await postMultipart(t, editor, url(itemId), [['role', 'document']], {
      filename: 'big.pdf',
      data: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(MAX + 100_000)]),
    });
    expect(res.statusCode).toBe(413);
    await nothingStored(itemId, before);
  });

  it('stops a file that grows over the limit while streaming, and deletes the partial file', async () => {
    const itemId = await aPublication(t);
    const before = storedFiles(t);
    // Just over the limit: within the envelope allowance, so it is the stream that stops it.
    const res = await postMultipart(
      t,
      editor,
      url(itemId),
      [['role', 'document']],
      { filename: 'big.pdf', data: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(MAX)]) },
      json,
    );
    expect(res.statusCode).toBe(413);
    expect(res.json().errors[0]).toMatchObject({ field: 'file', code: 'file_too_large' });
    expect(res.json().errors[0].message).toContain('MB');
    await nothingStored(itemId, before);
  });

  it('refuses a form without its CSRF token, and members, before reading the file', async () => {
    const itemId = await aPublication(t);
    const before = storedFiles(t);
    const data = await makePdf([['x']]);
    const forged = await postMultipart(
      t,
      editor,
      url(itemId),
      [
        ['_csrf', 'forged'],
        ['role', 'document'],
      ],
      {
        filename: 'a.pdf',
        data,
      },
    );
    expect(forged.statusCode).toBe(403);
    const byMember = await postMultipart(t, member, url(itemId), [['role', 'document']], {
      filename: 'a.pdf',
      data,
    });
    expect(byMember.statusCode).toBe(403);
    await nothingStored(itemId, before);
  });

  it('leaves no record and no file when the client disconnects mid-upload', async () => {
    const itemId = await aPublication(t);
    const before = storedFiles(t);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const data = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(250_000)]);
    const { body, contentType } = multipart(
      [
        ['_csrf', await editor.csrfToken()],
        ['role', 'document'],
      ],
      { filename: 'half.pdf', data },
    );
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      `POST ${url(itemId)} HTTP/1.1\r\nHost: localhost\r\nContent-Type: ${contentType}\r\n` +
        `Content-Length: ${body.length}\r\nCookie: ${cookieHeader(editor)}\r\n\r\n`,
    );
    socket.write(body.subarray(0, Math.floor(body.length / 2)));
    // The server has started writing the file (past the bytes it sniffs) …
    await eventually(async () => storedFiles(t).length > before.length);
    socket.destroy();
    // … and removes it once the connection is gone; no row is ever written.
    await eventually(async () => storedFiles(t).length === before.length);
    await new Promise((r) => setTimeout(r, 300));
    await nothingStored(itemId, before);
  });

  /** A raw HTTP/1.1 connection to the listening app; resolves with what the server sent back. */
  async function rawRequest(
    head: string,
    send: (socket: Socket, answered: () => boolean) => Promise<void>,
  ): Promise<{ response: string; bytesSent: number }> {
    await t.app.listen({ port: 0, host: '127.0.0.1' }).catch(() => {});
    const { port } = t.app.server.address() as { port: number };
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    let response = '';
    socket.on('data', (d) => {
      response += d.toString('latin1');
    });
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.on('error', () => {});
    socket.write(head);
    await send(socket, () => response.length > 0).catch(() => {});
    await Promise.race([closed, new Promise((r) => setTimeout(r, 5000))]);
    socket.destroy();
    return { response, bytesSent: socket.bytesWritten };
  }

  it('over a real connection: a too-large declared size is answered 413 before the body is sent', async () => {
    const itemId = await aPublication(t);
    const before = storedFiles(t);
    const { response, bytesSent } = await rawRequest(
      `POST ${url(itemId)} HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=x\r\n` +
        `Content-Length: ${MAX * 20}\r\nCookie: ${cookieHeader(editor)}\r\n\r\n`,
      // Nothing of the body is sent: the answer must come anyway.
      async () => {},
    );
    expect(response).toMatch(/^HTTP\/1\.1 413 /);
    expect(bytesSent).toBeLessThan(1000);
    await nothingStored(itemId, before);
  });

  it('over a real connection: a chunked upload is cut at the limit and answered 413, nothing kept', async () => {
    const itemId = await aPublication(t);
    const before = storedFiles(t);
    const { body, contentType } = multipart(
      [
        ['_csrf', await editor.csrfToken()],
        ['role', 'document'],
      ],
      { filename: 'endless.pdf', data: Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(MAX * 40)]) },
    );
    const { response, bytesSent } = await rawRequest(
      `POST ${url(itemId)} HTTP/1.1\r\nHost: localhost\r\nContent-Type: ${contentType}\r\n` +
        `Transfer-Encoding: chunked\r\nAccept: application/json\r\nCookie: ${cookieHeader(editor)}\r\n\r\n`,
      async (socket, answered) => {
        // 16 KiB chunks, paced, until the server has answered.
        for (let at = 0; at < body.length && !answered() && !socket.destroyed; at += 16_384) {
          const chunk = body.subarray(at, at + 16_384);
          socket.write(`${chunk.length.toString(16)}\r\n`);
          socket.write(chunk);
          await new Promise((done) => socket.write('\r\n', () => setTimeout(done, 2)));
        }
      },
    );
    expect(response).toMatch(/^HTTP\/1\.1 413 /);
    expect(response).toContain('"field":"file"');
    expect(bytesSent).toBeLessThan(body.length);
    await eventually(async () => storedFiles(t).length === before.length);
    await nothingStored(itemId, before);
  });
});
