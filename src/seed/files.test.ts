import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.ts';
import { clientAt } from '../test/factories.ts';
import { createPublication } from '../features/library/detail/test-fixtures.ts';
import { fileUrl, publicationFiles } from '../features/library/files/index.tsx';
import { publicationFileText } from '../features/library/tables.ts';
import { seedDemoFiles } from './files.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** The text read from a file, as search indexes it. */
const fileText = async (fileId: string) =>
  (
    await t.services.db
      .select({ text: publicationFileText.text })
      .from(publicationFileText)
      .where(eq(publicationFileText.fileId, fileId))
  )[0]?.text ?? null;

describe('demo files', () => {
  it('gives publications a real PDF whose text is read, indexed and downloadable', async () => {
    const fr = await createPublication(t.services.db, {
      slug: 'transferts-niger',
      originalLocale: 'fr',
      authors: ['Aïssata Maïga'],
      year: 2021,
      texts: {
        fr: {
          title: 'Transferts monétaires au Niger : leçons apprises',
          summary: 'Le programme a atteint 40 000 ménages.',
        },
      },
    });
    const en = await createPublication(t.services.db, {
      slug: 'pensions-lesotho',
      texts: {
        en: {
          title: 'Old-age pensions in Lesotho — Ştefan’s review',
          summary: 'Coverage is universal from age 70.',
        },
      },
    });
    const messages: string[] = [];
    expect(await seedDemoFiles(t.services, { progress: (m) => messages.push(m), count: 5 })).toBe(2);
    expect(messages).toEqual(['demo files 2/2']);

    const [file] = await publicationFiles(t.services.db, fr.id);
    expect(file).toMatchObject({
      filename: 'transferts-niger.pdf',
      mediaType: 'application/pdf',
      textStatus: 'extracted',
      pageCount: 2,
    });
    const text = await fileText(file!.id);
    expect(text).toContain('Transferts monétaires au Niger');
    expect(text).toContain('Le programme a atteint 40 000 ménages.');
    expect(text).toContain('entretiens avec le personnel du programme');
    const [other] = await publicationFiles(t.services.db, en.id);
    expect(await fileText(other!.id)).toContain('Stefan’s review');

    // Words only the PDF holds find the publication; the file downloads.
    const search = await clientAt(t).get('/fr/library?q=entretiens');
    expect(search.body).toContain('Transferts monétaires au Niger');
    const download = await clientAt(t).get(fileUrl(file!));
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');

    // A second run finds nothing left to do.
    expect(await seedDemoFiles(t.services, { progress: () => {}, count: 5 })).toBe(0);
  });
});
