import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { TestApp, TestClient } from '../../../test/app.ts';
import { createMember, signIn } from '../../../test/factories.ts';
import { contentItem } from '../../content/tables.ts';
import { createPublication } from '../detail/test-fixtures.ts';
import { fileById } from './repository.ts';

// Shared by the files tests: real PDFs, multipart bodies as browsers send them, signed-in editors.

/** A real PDF (pdf-lib), one page per entry of `pages`, each holding its lines of text. */
export async function makePdf(pages: string[][]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, i) => {
      page.drawText(line, { x: 50, y: 780 - i * 18, size: 12, font });
    });
  }
  return Buffer.from(await doc.save());
}

/** Bytes of a Windows executable: the "MZ" header, a PE signature, padding. */
export function executableBytes(): Buffer {
  const b = Buffer.alloc(2048);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  b.writeUInt16LE(0x14c, 0x84);
  return b;
}

export interface FilePart {
  filename: string;
  contentType?: string;
  data: Buffer;
}

/** A multipart/form-data body: the fields in order, then the file (as forms put it last). */
export function multipart(
  fields: [string, string][],
  file?: FilePart,
): { body: Buffer; contentType: string; boundary: string } {
  const boundary = `----spg${randomUUID().replace(/-/g, '')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of fields)
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\n` +
          `Content-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.data,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}`, boundary };
}

export const cookieHeader = (client: TestClient) =>
  [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

/** Posts a multipart form with the client's cookies (and CSRF token, unless given). */
export async function postMultipart(
  t: TestApp,
  client: TestClient,
  url: string,
  fields: [string, string][],
  file?: FilePart,
  headers: Record<string, string> = {},
) {
  const withToken: [string, string][] = fields.some(([k]) => k === '_csrf')
    ? fields
    : [['_csrf', await client.csrfToken()], ...fields];
  const { body, contentType } = multipart(withToken, file);
  return t.app.inject({
    method: 'POST',
    url,
    payload: body,
    headers: { 'content-type': contentType, cookie: cookieHeader(client), ...headers },
  });
}

/** A signed-in editor (two-factor set up) and a signed-in member. */
export async function staffAndMember(t: TestApp) {
  const e = await createMember(t, { role: 'editor' });
  const m = await createMember(t);
  return {
    editor: await signIn(t, e.user.email, e.password),
    member: await signIn(t, m.user.email, m.password),
    memberId: m.user.id,
  };
}

let serial = 0;
/** A publication with a title and summary, published unless asked otherwise. */
export async function aPublication(
  t: TestApp,
  opts: { status?: 'draft' | 'submitted' | 'published'; title?: string; authorId?: string } = {},
): Promise<string> {
  const n = ++serial;
  const { id } = await createPublication(t.services.db, {
    slug: `files-test-${n}-${randomUUID().slice(0, 6)}`,
    status: opts.status ?? 'published',
    texts: {
      en: { title: opts.title ?? `Files test publication ${n}`, summary: 'A publication for file tests.' },
    },
  });
  if (opts.authorId)
    await t.services.db.update(contentItem).set({ authorId: opts.authorId }).where(eq(contentItem.id, id));
  return id;
}

/** Every file under the storage root, temp files included. */
export function storedFiles(t: TestApp): string[] {
  const root = join(t.services.config.DATA_DIR, 'files');
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name));
  } catch {
    return [];
  }
}

/** Waits until a condition holds (jobs run on pg-boss's polling), or fails after `ms`. */
export async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  ms = 15_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits for a file's text extraction to finish (extracted or failed). */
export async function extractionDone(t: TestApp, fileId: string) {
  return eventually(async () => {
    const row = await fileById(t.services.db, fileId);
    return row && row.textStatus !== 'pending' ? row : null;
  });
}

/** A ZIP archive with stored (uncompressed) entries, in the given order: enough for format sniffing. */
export function zipStored(entries: [string, string][]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    local.push(header, nameBytes, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A minimal OOXML word-processing document (what file-type and Word look at first). */
export const docxBytes = () =>
  zipStored([
    [
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    ['word/document.xml', '<w:document/>'],
  ]);

/**
 * A Compound File (the container of legacy .doc/.xls/.ppt) with one stream of the given name:
 * header, one FAT sector, one directory sector (512-byte sectors).
 */
export function compoundFile(streamName: string): Buffer {
  const header = Buffer.alloc(512, 0);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c);
  header.writeUInt32LE(1, 0x30);
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(0xfffffffe, 0x3c);
  header.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + i * 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(0xfffffffe, 4);
  const dir = Buffer.alloc(512, 0);
  const entry = (at: number, name: string, type: number) => {
    const n = Buffer.from(`${name}\0`, 'utf16le');
    n.copy(dir, at);
    dir.writeUInt16LE(n.length, at + 0x40);
    dir[at + 0x42] = type;
  };
  entry(0, 'Root Entry', 5);
  entry(128, streamName, 2);
  return Buffer.concat([header, fat, dir]);
}
