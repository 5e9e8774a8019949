import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { publicationFile, publicationFileText } from '../tables.ts';
import { extractFileText } from './extract-text.ts';
import { fileById } from './repository.ts';
import { aPublication, makePdf } from './test-helpers.ts';

// The text-extraction job on its own: idempotent, bounded in time, never throwing for a bad file.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** A PDF waiting for extraction, as addPublicationFile leaves it before its job runs. */
async function pendingPdf(data: Buffer) {
  const itemId = await aPublication(t);
  const stored = await t.services.storage.put(data);
  const [row] = await t.services.db
    .insert(publicationFile)
    .values({
      itemId,
      storageKey: stored.key,
      filename: 'f.pdf',
      mediaType: 'application/pdf',
      size: stored.size,
      sha256: stored.sha256,
      textStatus: 'pending',
    })
    .returning();
  return row!;
}

describe('library.extract-text', () => {
  it('is safe to run twice: the second run leaves the result alone', async () => {
    const file = await pendingPdf(await makePdf([['Twice is once']]));
    expect(await extractFileText(t.services, file.id)).toBe('extracted');
    expect(await extractFileText(t.services, file.id)).toBe('skipped');
    const texts = await t.services.db
      .select()
      .from(publicationFileText)
      .where(eq(publicationFileText.fileId, file.id));
    expect(texts.map((x) => x.text)).toEqual(['Twice is once']);
    expect((await fileById(t.services.db, file.id))!.pageCount).toBe(1);
  });

  it('stops a reading that takes too long and marks the file failed', async () => {
    const file = await pendingPdf(await makePdf([['Slow'], ['Slower']]));
    expect(await extractFileText(t.services, file.id, { timeoutMs: 1 })).toBe('failed');
    expect(await fileById(t.services.db, file.id)).toMatchObject({
      textStatus: 'failed',
      textError: 'timeout',
    });
  });

  it('marks a file whose bytes are gone failed, and skips a file that no longer exists', async () => {
    const file = await pendingPdf(await makePdf([['Gone']]));
    await t.services.storage.remove(file.storageKey);
    expect(await extractFileText(t.services, file.id)).toBe('failed');
    expect(await fileById(t.services.db, file.id)).toMatchObject({
      textStatus: 'failed',
      textError: 'missing',
    });
    expect(await extractFileText(t.services, '00000000-0000-4000-8000-000000000000')).toBe('skipped');
  });
});
