import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { fileTypeFromBuffer, fileTypeFromStream } from 'file-type';
import { AppError } from '../../../core/errors.ts';
import type { Storage } from '../../../core/storage/index.ts';
import { COVER_FORMATS, DOCUMENT_FORMATS, type FileFormat, formatOfExt } from './formats.ts';

export type FileRole = 'document' | 'cover';

/** Bytes looked at before anything is written: enough for the magic numbers and a ZIP's first entries. */
export const HEAD_BYTES = 64 * 1024;

/**
 * The verdict on a file's first bytes: a format, or a container whose contents decide
 * (ZIP: OOXML, OpenDocument or EPUB; CFB: legacy Word, Excel or PowerPoint), checked once
 * the whole file is stored.
 */
export type HeadVerdict = { format: FileFormat } | { container: 'zip' | 'cfb' };

const ZIP_FAMILY = new Set(['zip', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'epub']);

export const unsupportedType = (role: FileRole) =>
  new AppError(
    'unsupported_type',
    415,
    role === 'cover' ? 'libraryFiles.error.coverType' : 'libraryFiles.error.documentType',
    'file',
  );

/** Sniffs the first bytes; refuses at once anything that cannot become an accepted format. */
export async function sniffHead(head: Buffer, role: FileRole): Promise<HeadVerdict> {
  if (head.length === 0) throw new AppError('empty_file', 400, 'libraryFiles.error.empty', 'file');
  const found = await fileTypeFromBuffer(head);
  if (!found) throw unsupportedType(role);
  if (role === 'cover') {
    const cover = COVER_FORMATS.find((f) => f.ext === found.ext);
    if (!cover) throw unsupportedType(role);
    return { format: cover };
  }
  // Adobe Illustrator files are PDF documents with extra private data.
  if (found.ext === 'pdf' || found.ext === 'ai') return { format: formatOfExt('pdf')! };
  if (ZIP_FAMILY.has(found.ext)) return { container: 'zip' };
  if (found.ext === 'cfb') return { container: 'cfb' };
  throw unsupportedType(role);
}

/** Settles a container format from the whole stored file. */
export async function confirmFormat(
  storage: Storage,
  key: string,
  verdict: HeadVerdict,
): Promise<FileFormat> {
  if ('format' in verdict) return verdict.format;
  const ext = verdict.container === 'zip' ? await zipFormat(storage, key) : await cfbFormat(storage, key);
  const known = ext ? DOCUMENT_FORMATS.find((f) => f.ext === ext) : undefined;
  if (!known) throw unsupportedType('document');
  return known;
}

async function zipFormat(storage: Storage, key: string): Promise<string | undefined> {
  const stream = storage.read(key);
  try {
    const found = await fileTypeFromStream(Readable.toWeb(stream) as WebReadableStream<Uint8Array>);
    return found?.ext;
  } finally {
    stream.destroy();
  }
}

async function readRange(storage: Storage, key: string, start: number, length: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of storage.read(key, { start, end: start + length - 1 }))
    chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Streams whose presence names a legacy Office format inside a Compound File. */
const CFB_STREAMS: Record<string, string> = {
  WordDocument: 'doc',
  Workbook: 'xls',
  Book: 'xls',
  'PowerPoint Document': 'ppt',
};
const ENDOFCHAIN = 0xfffffffe;

/**
 * Reads a Compound File's directory (following its FAT chain from the header's first FAT
 * sectors) and names the Office format from its streams. Other compound files (installers,
 * Outlook messages …) are refused.
 */
async function cfbFormat(storage: Storage, key: string): Promise<string | undefined> {
  const header = await readRange(storage, key, 0, 512);
  if (header.length < 512) return undefined;
  const shift = header.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return undefined;
  const sectorSize = 1 << shift;
  const perFatSector = sectorSize / 4;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = header.readUInt32LE(0x4c + i * 4);
    if (s >= 0xfffffffa) break;
    fatSectors.push(s);
  }
  const fatCache = new Map<number, Buffer>();
  const nextSector = async (sector: number): Promise<number> => {
    const index = Math.floor(sector / perFatSector);
    const fatSector = fatSectors[index];
    if (fatSector === undefined) return ENDOFCHAIN;
    let fat = fatCache.get(index);
    if (!fat) {
      fat = await readRange(storage, key, (fatSector + 1) * sectorSize, sectorSize);
      fatCache.set(index, fat);
    }
    const at = (sector % perFatSector) * 4;
    return at + 4 <= fat.length ? fat.readUInt32LE(at) : ENDOFCHAIN;
  };
  let sector = header.readUInt32LE(0x30);
  // The streams that name the format sit near the root: a few directory sectors are enough.
  for (let visited = 0; sector < 0xfffffffa && visited < 64; visited++) {
    const dir = await readRange(storage, key, (sector + 1) * sectorSize, sectorSize);
    for (let at = 0; at + 128 <= dir.length; at += 128) {
      const nameBytes = Math.min(dir.readUInt16LE(at + 0x40), 64);
      const type = dir[at + 0x42];
      if (nameBytes < 2 || type !== 2) continue;
      const name = dir.toString('utf16le', at, at + nameBytes - 2);
      const ext = CFB_STREAMS[name];
      if (ext) return ext;
    }
    sector = await nextSector(sector);
  }
  return undefined;
}
