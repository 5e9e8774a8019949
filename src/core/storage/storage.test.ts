import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { text } from 'node:stream/consumers';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalStorage, FileTooLargeError } from './index.ts';

const root = mkdtempSync(join(tmpdir(), 'spg-storage-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('local storage', () => {
  const storage = createLocalStorage(root);

  it('stores bytes under a generated key with size and SHA-256', async () => {
    const stored = await storage.put(Buffer.from('hello'), { extension: 'txt' });
    expect(stored.key).toMatch(/^[0-9a-f]{2}\/[0-9a-f-]{36}\.txt$/);
    expect(stored.size).toBe(5);
    expect(stored.sha256).toBe('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
    expect(await text(storage.read(stored.key))).toBe('hello');
    expect(await storage.size(stored.key)).toBe(5);
  });

  it('refuses files over the cap and leaves no partial file behind', async () => {
    const big = Readable.from([Buffer.alloc(600), Buffer.alloc(600)]);
    await expect(storage.put(big, { maxBytes: 1000 })).rejects.toBeInstanceOf(FileTooLargeError);
    expect(readdirSync(root).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
  });

  it('never turns a key into a path outside its folder', () => {
    expect(() => storage.read('../../etc/passwd')).toThrow('invalid storage key');
    expect(() => storage.read('ab/../../x')).toThrow('invalid storage key');
  });

  it('shows the first bytes to inspect() before writing, and keeps nothing it refuses', async () => {
    const seen: number[] = [];
    const source = Readable.from([Buffer.alloc(3000, 1), Buffer.alloc(3000, 2)]);
    const stored = await storage.put(source, {
      headBytes: 4000,
      inspect: (head) => void seen.push(head.length),
    });
    expect(seen).toEqual([6000]);
    expect(stored.size).toBe(6000);
    const refused = storage.put(Buffer.from('MZ'), {
      inspect: () => {
        throw new Error('not this type');
      },
    });
    await expect(refused).rejects.toThrow('not this type');
    expect(readdirSync(root).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
  });

  it('reads a byte range', async () => {
    const stored = await storage.put(Buffer.from('0123456789'));
    expect(await text(storage.read(stored.key, { start: 2, end: 4 }))).toBe('234');
  });

  it('sweeps temporary files older than asked, and only those', async () => {
    const old = join(root, '.tmp-old');
    const fresh = join(root, '.tmp-fresh');
    writeFileSync(old, 'x');
    writeFileSync(fresh, 'x');
    utimesSync(old, new Date(Date.now() - 2 * 86_400_000), new Date(Date.now() - 2 * 86_400_000));
    expect(await storage.sweepTemp(86_400_000)).toBe(1);
    expect(readdirSync(root).filter((f) => f.startsWith('.tmp-'))).toEqual(['.tmp-fresh']);
    rmSync(fresh);
  });

  it('ignores an unsafe extension', async () => {
    const stored = await storage.put(Buffer.from('x'), { extension: '../sh' });
    expect(stored.key).not.toContain('..');
  });
});
