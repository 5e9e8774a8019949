import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
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

  it('ignores an unsafe extension', async () => {
    const stored = await storage.put(Buffer.from('x'), { extension: '../sh' });
    expect(stored.key).not.toContain('..');
  });
});
