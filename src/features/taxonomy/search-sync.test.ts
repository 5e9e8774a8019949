import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchDocument } from '../../core/search/tables.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { createMember } from '../../test/factories.ts';
import { createPublication } from '../../test/publications.ts';
import { reindexArticle as reindexNews } from '../articles/index.tsx';
import { contentItem, contentTerm, contentTranslation } from '../content/tables.ts';
import { mergeTerms } from './merge-terms.ts';
import { moveTerm } from './move-term.ts';
import { loadReferenceData } from './index.tsx';
import { term } from './tables.ts';

let t: TestApp;
let actorId: string;

beforeAll(async () => {
  t = await startTestApp({ jobs: true });
  await loadReferenceData(t.services.db);
  actorId = (await createMember(t, { role: 'editor' })).user.id;
});
afterAll(async () => {
  await t?.close();
});

async function termId(vocabularyId: string, slug: string): Promise<number> {
  const [row] = await t.services.db
    .select({ id: term.id })
    .from(term)
    .where(and(eq(term.vocabularyId, vocabularyId), eq(term.slug, slug)));
  if (!row) throw new Error(`no term ${slug}`);
  return row.id;
}

async function indexedTerms(itemId: string): Promise<number[]> {
  const [row] = await t.services.db
    .select({ termIds: searchDocument.termIds })
    .from(searchDocument)
    .where(eq(searchDocument.refId, itemId));
  return row?.termIds ?? [];
}

/** Relays the events and waits for the subscriber's job to bring the index up to date. */
async function eventually(check: () => Promise<boolean>) {
  await t.services.events.relay();
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the search index was not updated');
}

describe('search documents follow the taxonomy', () => {
  it('are rebuilt when a term is merged into another', async () => {
    const id = await createPublication(t.services.db, {
      texts: { en: { title: 'Health insurance reform' } },
      terms: ['topic/health'],
    });
    const health = await termId('topic', 'health');
    const gender = await termId('topic', 'gender');
    // A news item on the same topic: every kind's documents follow, not only publications.
    const [news] = await t.services.db
      .insert(contentItem)
      .values({
        type: 'news',
        slug: 'health-news',
        status: 'published',
        originalLocale: 'en',
        publishedAt: new Date(),
      })
      .returning({ id: contentItem.id });
    if (!news) throw new Error('no news');
    await t.services.db
      .insert(contentTranslation)
      .values({ itemId: news.id, locale: 'en', title: 'Health news' });
    await t.services.db.insert(contentTerm).values({ itemId: news.id, termId: health });
    await reindexNews(t.services.db, news.id);
    expect(await indexedTerms(id)).toContain(health);
    expect(await indexedTerms(news.id)).toContain(health);
    await mergeTerms(t.services.db, actorId, 'topic', health, gender);
    await eventually(
      async () => (await indexedTerms(id)).includes(gender) && (await indexedTerms(news.id)).includes(gender),
    );
    expect(await indexedTerms(id)).not.toContain(health);
    expect(await indexedTerms(news.id)).not.toContain(health);
  });

  it('are rebuilt when a term moves under another parent', async () => {
    const id = await createPublication(t.services.db, {
      texts: { en: { title: 'School meals in Ghana' } },
      terms: ['programme-area/school-feeding'],
    });
    const socialAssistance = await termId('programme-area', 'social-assistance');
    const socialInsurance = await termId('programme-area', 'social-insurance');
    const schoolFeeding = await termId('programme-area', 'school-feeding');
    expect(await indexedTerms(id)).toContain(socialAssistance);
    await moveTerm(t.services.db, actorId, 'programme-area', schoolFeeding, {
      parentId: socialInsurance,
      position: 0,
    });
    await eventually(async () => (await indexedTerms(id)).includes(socialInsurance));
    expect(await indexedTerms(id)).not.toContain(socialAssistance);
  });
});
