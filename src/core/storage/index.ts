import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
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
  put(data: Buffer | Readable, opts?: PutOptions): Promise<StoredFile>;
  /** The stored bytes, or the inclusive byte range `start`–`end` of them. */
  read(key: string, range?: { start: number; end: number }): ReadStream;
  size(key: string): Promise<number | null>;
  remove(key: string): Promise<void>;
  /** Deletes temporary files older than `olderThanMs`: what a crash mid-upload leaves behind. */
  sweepTemp(olderThanMs: number): Promise<number>;
  /** Keys of stored files last written longer ago than that (for sweeping unreferenced files). */
  keysOlderThan(olderThanMs: number): Promise<string[]>;
}

export interface PutOptions {
  maxBytes?: number;
  extension?: string;
  /**
   * Sees the first `headBytes` bytes (or the whole file when shorter) before anything more is
   * written; throwing aborts the upload and removes what was written (type sniffing).
   */
  inspect?: (head: Buffer) => void | Promise<void>;
  headBytes?: number;
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
      await mkdir(base, { recursive: true });
      const tmp = join(base, `.tmp-${id}`);
      const hash = createHash('sha256');
      let size = 0;
      const max = opts.maxBytes ?? Number.POSITIVE_INFINITY;
      const source = Buffer.isBuffer(data) ? Readable.from([data]) : data;
      const { inspect, headBytes = 4100 } = opts;
      const out = createWriteStream(tmp);
      try {
        await pipeline(
          source,
          async function* (chunks: AsyncIterable<Buffer>) {
            // Held back until inspect() has seen them, so a refused file is never written.
            let head: Buffer[] | null = inspect ? [] : null;
            let headSize = 0;
            for await (const chunk of chunks) {
              size += chunk.length;
              if (size > max) throw new FileTooLargeError(`larger than ${max} bytes`);
              hash.update(chunk);
              if (!head) {
                yield chunk;
                continue;
              }
              head.push(chunk);
              headSize += chunk.length;
              if (headSize >= headBytes) {
                await inspect?.(Buffer.concat(head));
                yield* head;
                head = null;
              }
            }
            if (head) {
              await inspect?.(Buffer.concat(head));
              yield* head;
            }
          },
          out,
        );
        await mkdir(dirname(target), { recursive: true });
        await rename(tmp, target);
      } catch (err) {
        // The temp file may still be opening: wait until it is closed, then remove it.
        if (!out.closed) await new Promise((done) => out.once('close', done));
        await rm(tmp, { force: true });
        throw err;
      }
      return { key, size, sha256: hash.digest('hex') };
    },
    read: (key, range) => createReadStream(pathOf(key), range),
    async size(key) {
      try {
        return (await stat(pathOf(key))).size;
      } catch {
        return null;
      }
    },
    remove: (key) => rm(pathOf(key), { force: true }),
    async keysOlderThan(olderThanMs) {
      const keys: string[] = [];
      const dirs = await readdir(base).catch(() => [] as string[]);
      for (const dir of dirs.filter((d) => /^[0-9a-f]{2}$/.test(d))) {
        for (const name of await readdir(join(base, dir)).catch(() => [] as string[])) {
          const key = `${dir}/${name}`;
          if (!KEY.test(key)) continue;
          const info = await stat(join(base, key)).catch(() => null);
          if (info && Date.now() - info.mtimeMs > olderThanMs) keys.push(key);
        }
      }
      return keys;
    },
    async sweepTemp(olderThanMs) {
      const names = await readdir(base).catch(() => [] as string[]);
      let removed = 0;
      for (const name of names.filter((n) => n.startsWith('.tmp-'))) {
        const path = join(base, name);
        const info = await stat(path).catch(() => null);
        if (info && Date.now() - info.mtimeMs > olderThanMs) {
          await rm(path, { force: true });
          removed++;
        }
      }
      return removed;
    },
  };
}
