import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { createPublication } from '../../../test/publications.ts';
import { addPublicationFile, storeUpload } from '../files/index.tsx';
import { makePdf } from '../files/test-helpers.ts';
import { publicationDuplicate } from '../tables.ts';

// The same document attached from the editors' files screen to a second publication is
// flagged as a possible duplicate, through the publication.fileAdded event.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ jobs: true });
});
afterAll(async () => {
  await t?.close();
});

describe('possible duplicates after a file is added', () => {
  it('flags the same bytes on two publications', async () => {
    const pdf = await makePdf([['Social pensions in Lesotho']]);
    const first = await createPublication(t.services.db, {
      texts: { en: { title: 'Old-age pension in Lesotho' } },
    });
    const second = await createPublication(t.services.db, {
      texts: { en: { title: 'Lesotho: a pension study' } },
    });
    for (const id of [first, second]) {
      const stored = await storeUpload(t.services, pdf, { role: 'document', filename: 'lesotho.pdf' });
      await addPublicationFile(t.services, id, stored);
    }
    await t.services.events.relay();
    let rows: (typeof publicationDuplicate.$inferSelect)[] = [];
    for (let i = 0; i < 100 && rows.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      rows = await t.services.db
        .select()
        .from(publicationDuplicate)
        .where(and(eq(publicationDuplicate.itemId, second), eq(publicationDuplicate.reason, 'file')));
    }
    expect(rows.map((r) => r.otherId)).toEqual([first]);
  });
});
