import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { clientAt } from '../../../test/factories.ts';
import { canonicalOf, metas } from '../../../test/metadata.ts';
import { community, type Visibility } from '../tables.ts';

// A public community's page carries an Open Graph card; a private one's carries none (it is
// not indexed either), and a hidden one has no page at all.

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  for (const visibility of ['public', 'private', 'hidden'] as Visibility[])
    await t.services.db.insert(community).values({
      slug: `${visibility}-circle`,
      name: `The ${visibility} circle`,
      description: `Talk of **${visibility}** cash transfers, with [a link](https://example.org).`,
      locale: 'en',
      languages: ['fr', 'ar'],
      visibility,
    });
});
afterAll(async () => {
  await t?.close();
});

describe('a community page for machines', () => {
  it('a public community has a card: plain-text description, its languages as alternates', async () => {
    const url = 'http://localhost:3000/es/communities/public-circle';
    const res = await clientAt(t).get('/es/communities/public-circle');
    expect(res.statusCode).toBe(200);
    expect(metas(res.body, 'og:type')).toEqual(['website']);
    expect(metas(res.body, 'og:title')).toEqual(['The public circle']);
    expect(metas(res.body, 'og:description')).toEqual(['Talk of public cash transfers, with a link.']);
    expect(metas(res.body, 'og:url')).toEqual([url]);
    expect(metas(res.body, 'og:locale')).toEqual(['es_ES']);
    // Of its languages (en, fr, ar), those the site has.
    expect(metas(res.body, 'og:locale:alternate')).toEqual(['en_GB', 'fr_FR']);
    expect(metas(res.body, 'twitter:card')).toEqual(['summary']);
    expect(canonicalOf(res.body)).toBe(url);
  });

  it('a private community announces nothing; a hidden one does not exist', async () => {
    const res = await clientAt(t).get('/en/communities/private-circle');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<meta name="robots" content="noindex"/>');
    expect(res.body).not.toMatch(/property="og:|rel="canonical"|application\/ld\+json/);
    expect((await clientAt(t).get('/en/communities/hidden-circle')).statusCode).toBe(404);
  });
});
