import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';

export interface StoredFile {
  key: string;
  size: number;
  sha256: string;
}

export interface Storage {
  /** Stores bytes under a generated key (never a user-supplied name); atomic: temp file, then rename. */
  put(data: Buffer | Readable, opts?: { maxBytes?: number; extension?: string }): Promise<StoredFile>;
  read(key: string): ReadStream;
  size(key: string): Promise<number | null>;
  remove(key: string): Promise<void>;
}

export class FileTooLargeError extends Error {}

const KEY = /^[0-9a-f]{2}\/[0-9a-f-]{36}(\.[a-z0-9]{1,8})?$/;

/** Local-directory storage; keys look like "ab/uuid.pdf", spread over 256 folders. */
export function createLocalStorage(root: string): Storage {
  const base = resolve(root);
  const pathOf = (key: string) => {
    if (!KEY.test(key)) throw new Error('invalid storage key');
    const p = resolve(base, key);
    if (!p.startsWith(base + sep)) throw new Error('invalid storage key');
    return p;
  };
  return {
    async put(data, opts = {}) {
      const id = randomUUID();
      const ext = opts.extension && /^[a-z0-9]{1,8}$/.test(opts.extension) ? `.${opts.extension}` : '';
      const key = `${id.slice(0, 2)}/${id}${ext}`;
      const target = pathOf(key);
      await mkdir(dirname(target), { recursive: true });
      const tmp = join(base, `.tmp-${id}`);
      const hash = createHash('sha256');
      let size = 0;
      const max = opts.maxBytes ?? Number.POSITIVE_INFINITY;
      const source = Buffer.isBuffer(data) ? Readable.from([data]) : data;
      try {
        await pipeline(
          source,
          async function* (chunks: AsyncIterable<Buffer>) {
            for await (const chunk of chunks) {
              size += chunk.length;
              if (size > max) throw new FileTooLargeError(`larger than ${max} bytes`);
              hash.update(chunk);
              yield chunk;
            }
          },
          createWriteStream(tmp),
        );
        await rename(tmp, target);
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
      return { key, size, sha256: hash.digest('hex') };
    },
    read: (key) => createReadStream(pathOf(key)),
    async size(key) {
      try {
        return (await stat(pathOf(key))).size;
      } catch {
        return null;
      }
    },
    remove: (key) => rm(pathOf(key), { force: true }),
  };
}
