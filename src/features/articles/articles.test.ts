import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../core/db/client.ts';
import { searchDocument } from '../../core/search/tables.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { createMember, signIn } from '../../test/factories.ts';
import { canonicalOf, jsonLdOf, metas } from '../../test/metadata.ts';
import { contentImage, contentItem, contentTranslation } from '../content/tables.ts';
import { idFromLocation, termId } from '../library/editorial/test-helpers.ts';
import { postMultipart } from '../library/files/test-helpers.ts';
import { memberProfile } from '../members/tables.ts';
import { organisation } from '../organisations/tables.ts';
import { loadReferenceData } from '../taxonomy/index.tsx';
import { latestArticles } from './index.tsx';

// News and blog posts end to end: a member submits, an editor publishes through the workflow,
// readers find them in the lists (with facets), on their pages and in global search.

let t: TestApp;
let member: TestClient;
let editor: TestClient;
let orgId: string;
const db = () => t.services.db;

beforeAll(async () => {
  t = await startTestApp();
  await loadReferenceData(db());
  const [org] = await db()
    .insert(organisation)
    .values({
      slug: 'ipc-ig',
      name: 'International Policy Centre for Inclusive Growth',
      type: 'international',
    })
    .returning({ id: organisation.id });
  orgId = org!.id;
  const m = await createMember(t, { name: 'Awa Ndiaye' });
  const e = await createMember(t, { role: 'editor', name: 'Eva Editor' });
  member = await signIn(t, m.user.email, m.password);
  editor = await signIn(t, e.user.email, e.password);
});
afterAll(async () => {
  await t?.close();
});

async function form(overrides: Record<string, string | string[]> = {}) {
  return {
    title: 'Senegal extends its family cash transfer to 75,000 households',
    summary: 'The Programme national de bourses de sécurité familiale reaches three new regions.',
    body: '## What changes\n\nPayments of **25,000 CFA francs** every quarter.\n\n- Kolda\n- Sédhiou\n\n<script>alert(1)</script>\n\n[More](javascript:alert(2))\n\n<iframe src="https://evil.example"></iframe>',
    originalLocale: 'en',
    topics: [String(await termId(db(), 'topic', 'gender'))],
    programmeAreas: [],
    countries: ['SN'],
    organisations: [orgId],
    licence: 'cc-by-4.0',
    ...overrides,
  };
}

const count = async (table: 'content_item' | 'content_image') =>
  Number(
    (await queryRows<{ n: number }>(db(), sql.raw(`select count(*)::int as n from ${table}`)))[0]?.n ?? 0,
  );

function storedFiles(): string[] {
  const root = join(t.services.config.DATA_DIR, 'files');
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: string[] = [];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(root);
  return out;
}

async function publish(itemId: string) {
  const res = await editor.post(`/en/workflow/${itemId}/publish`, {});
  expect(res.statusCode).toBe(303);
}

/** A JPEG as a phone takes it: sideways (EXIF orientation 6), with a camera copyright and a GPS position. */
async function phoneJpeg(width = 2000, height = 1200) {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .jpeg()
    .withMetadata({
      orientation: 6,
      exif: {
        IFD0: { Copyright: 'Secret Camera Owner' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '14/1 41/1 0/1',
          GPSLongitudeRef: 'W',
          GPSLongitude: '17/1 26/1 0/1',
        },
      },
    })
    .toBuffer();
}

describe('the submission journey', () => {
  let itemId: string;
  let slug: string;

  it('a member submits a news item: stored as submitted, not public, not searchable', async () => {
    expect((await member.get('/en/news/submit')).statusCode).toBe(200);
    const res = await member.post('/en/news/submit', await form());
    expect(res.statusCode).toBe(303);
    itemId = idFromLocation(res.headers.location);
    expect(res.headers.location).toBe(`/en/news/submissions/${itemId}?done=submitted`);
    const [item] = await db().select().from(contentItem).where(eq(contentItem.id, itemId));
    expect(item).toMatchObject({
      type: 'news',
      status: 'submitted',
      originalLocale: 'en',
      licence: 'cc-by-4.0',
    });
    slug = item!.slug;
    expect(slug).toBe('senegal-extends-its-family-cash-transfer-to-75-000-households');

    const own = await member.get(`/en/news/submissions/${itemId}`);
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('Senegal extends its family cash transfer');
    expect(own.body).toContain('Waiting for review');

    expect((await t.app.inject(`/en/news/${slug}`)).statusCode).toBe(404);
    expect((await t.app.inject('/en/news')).body).not.toContain('Senegal extends');
    expect((await t.app.inject('/en/search?q=Sédhiou')).body).not.toContain('Senegal extends');
    const docs = await db().select().from(searchDocument).where(eq(searchDocument.refId, itemId));
    expect(docs).toHaveLength(0);
  });

  it('appears in the review queue, and another member cannot see it', async () => {
    const queue = await editor.get('/en/admin/review');
    expect(queue.statusCode).toBe(200);
    expect(queue.body).toContain('Senegal extends its family cash transfer');
    const other = await createMember(t);
    const stranger = await signIn(t, other.user.email, other.password);
    expect((await stranger.get(`/en/news/submissions/${itemId}`)).statusCode).toBe(404);
  });

  it('an editor publishes it: list, page (sanitised Markdown, JSON-LD) and global search show it', async () => {
    await publish(itemId);
    const list = await t.app.inject('/en/news');
    expect(list.body).toContain('<a href="/en/blog">Read the blog</a>');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`/en/news/${slug}`);

    const page = await t.app.inject(`/en/news/${slug}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h2>What changes</h2>');
    expect(page.body).toContain('<strong>25,000 CFA francs</strong>');
    expect(page.body).toContain('<li>Sédhiou</li>');
    expect(page.body).not.toMatch(/alert\(|javascript:|evil\.example|<iframe/);
    expect(page.body).toContain('<p><a rel="nofollow noopener ugc">More</a></p>');
    expect(page.body).toContain('By Awa Ndiaye');
    expect(page.body).toContain('International Policy Centre for Inclusive Growth');
    expect(page.body).toContain('Gender');
    expect(page.body).toContain('Senegal');
    const url = `http://localhost:3000/en/news/${slug}`;
    const ld = jsonLdOf(page.body);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': url,
      url,
      headline: 'Senegal extends its family cash transfer to 75,000 households',
      description: 'The Programme national de bourses de sécurité familiale reaches three new regions.',
      inLanguage: 'en',
      author: [{ '@type': 'Person', name: 'Awa Ndiaye' }],
      publisher: [{ '@type': 'Organization', name: 'International Policy Centre for Inclusive Growth' }],
      license: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(Date.parse(String(ld.datePublished))).toBeLessThanOrEqual(Date.parse(String(ld.dateModified)));
    expect(ld).not.toHaveProperty('image');
    expect(metas(page.body, 'og:type')).toEqual(['article']);
    expect(metas(page.body, 'og:title')).toEqual([
      'Senegal extends its family cash transfer to 75,000 households',
    ]);
    expect(metas(page.body, 'og:url')).toEqual([url]);
    expect(metas(page.body, 'og:locale')).toEqual(['en_GB']);
    expect(metas(page.body, 'og:locale:alternate')).toEqual([]);
    expect(metas(page.body, 'twitter:card')).toEqual(['summary']);
    expect(metas(page.body, 'article:published_time')).toEqual([String(ld.datePublished)]);
    expect(canonicalOf(page.body)).toBe(url);

    const search = await t.app.inject('/en/search?q=Sédhiou');
    expect(search.body).toContain(`/en/news/${slug}`);
    const latest = await latestArticles(t.services, 'en', 5);
    expect(latest[0]).toMatchObject({
      slug,
      title: expect.stringContaining('Senegal'),
      href: `/en/news/${slug}`,
    });
  });

  it('is listed in the editors’ console with its workflow panel', async () => {
    const list = await editor.get('/en/admin/news');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`/en/admin/news/${itemId}/edit`);
    const edit = await editor.get(`/en/admin/news/${itemId}/edit`);
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toContain('class="workflow"');
    expect(edit.body).toContain('href="/en/admin/blog"');
  });
});

describe('a member who chose to be hidden', () => {
  it('is named neither in the byline nor in the metadata of what they wrote', async () => {
    const m = await createMember(t, { name: 'Zed Hiddenwriter' });
    await db().insert(memberProfile).values({ userId: m.user.id, directoryVisibility: 'hidden' });
    const writer = await signIn(t, m.user.email, m.password);
    const res = await writer.post('/en/blog/submit', await form({ title: 'Notes from a quiet contributor' }));
    expect(res.statusCode).toBe(303);
    const itemId = idFromLocation(res.headers.location);
    await publish(itemId);
    const [item] = await db().select().from(contentItem).where(eq(contentItem.id, itemId));
    const page = await t.app.inject(`/en/blog/${item!.slug}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('Hiddenwriter');
    // The organisations stand as authors instead.
    expect(jsonLdOf(page.body).author).toEqual([
      { '@type': 'Organization', name: 'International Policy Centre for Inclusive Growth' },
    ]);
  });
});

describe('changes asked for, revised, resubmitted', () => {
  it('the member revises only while it is theirs; a stale editor form is refused', async () => {
    const res = await member.post('/en/news/submit', await form({ title: 'Draft title with a typo' }));
    const itemId = idFromLocation(res.headers.location);
    const list = await member.get('/en/news/submissions');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`/en/news/submissions/${itemId}`);
    // Waiting for review: the text is the team's now.
    expect((await member.get(`/en/news/submissions/${itemId}/edit`)).statusCode).toBe(409);

    expect((await editor.post(`/en/workflow/${itemId}/claim`, {})).statusCode).toBe(303);
    const asked = await editor.post(`/en/workflow/${itemId}/request_changes`, {
      message: 'Please correct the title.',
    });
    expect(asked.statusCode).toBe(303);

    const edit = await member.get(`/en/news/submissions/${itemId}/edit`);
    expect(edit.statusCode).toBe(200);
    const version = /name="version" value="(\d+)"/.exec(edit.body)![1]!;
    const revised = await member.post(`/en/news/submissions/${itemId}/edit`, {
      ...(await form({ title: 'Corrected title' })),
      version,
    });
    expect(revised.statusCode).toBe(303);
    const [tr] = await db().select().from(contentTranslation).where(eq(contentTranslation.itemId, itemId));
    expect(tr?.title).toBe('Corrected title');
    expect((await member.post(`/en/workflow/${itemId}/submit`, {})).statusCode).toBe(303);
    const [item] = await db().select().from(contentItem).where(eq(contentItem.id, itemId));
    expect(item?.status).toBe('submitted');

    // An editor's form opened at an older version changes nothing.
    const stale = await editor.post(`/en/admin/news/${itemId}/edit`, {
      ...(await form({ title: 'Overwritten' })),
      version: version,
    });
    expect(stale.statusCode).toBe(409);
    const [still] = await db().select().from(contentTranslation).where(eq(contentTranslation.itemId, itemId));
    expect(still?.title).toBe('Corrected title');
    const history = await editor.get(`/en/admin/history/${itemId}`);
    expect(history.statusCode).toBe(200);
    expect(history.body).toContain('Corrected title');
  });
});

describe('lead images', () => {
  it('re-encodes an upload into upright WebP variants without EXIF or GPS, shown with width, height and lazy loading', async () => {
    const res = await member.post(
      '/en/blog/submit',
      await form({ title: 'Photographs from the field', countries: ['KE'] }),
    );
    expect(res.statusCode).toBe(303);
    const itemId = idFromLocation(res.headers.location);
    const jpeg = await phoneJpeg();
    expect((await sharp(jpeg).metadata()).exif?.toString('latin1')).toContain('Secret Camera Owner');

    const up = await postMultipart(
      t,
      member,
      `/en/blog/submissions/${itemId}/image`,
      [['alt', 'A health worker weighs a child']],
      {
        filename: 'IMG_0001.JPG',
        contentType: 'image/jpeg',
        data: jpeg,
      },
    );
    expect(up.statusCode).toBe(303);
    const [image] = await db().select().from(contentImage).where(eq(contentImage.itemId, itemId));
    // Orientation 6 turns 2000×1200 upright to 1200×2000; never enlarged past 1200.
    expect(image).toMatchObject({ alt: 'A health worker weighs a child', width: 1200, height: 2000 });
    expect(image!.variants.map((v) => v.width)).toEqual([480, 960, 1200]);
    for (const v of image!.variants) {
      const bytes = readFileSync(join(t.services.config.DATA_DIR, 'files', v.key));
      const meta = await sharp(bytes).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.width).toBe(v.width);
      expect(meta.exif).toBeUndefined();
      expect(bytes.toString('latin1')).not.toContain('Secret Camera Owner');
    }

    await publish(itemId);
    const [item] = await db().select().from(contentItem).where(eq(contentItem.id, itemId));
    const page = await t.app.inject(`/en/blog/${item!.slug}`);
    expect(page.statusCode).toBe(200);
    const img = /<img class="lead-image"[^>]*>/.exec(page.body)?.[0] ?? '';
    expect(img).toContain('width="1200"');
    expect(img).toContain('height="2000"');
    expect(img).toContain('loading="lazy"');
    expect(img).toContain('decoding="async"');
    expect(img).toContain('alt="A health worker weighs a child"');
    expect(img).toMatch(
      /srcset="\/files\/images\/[0-9a-f]{2}\/[0-9a-f-]{36}\.webp 480w, [^"]+ 960w, [^"]+ 1200w"/,
    );
    // Cards and schema.org point to the largest variant, with its size.
    const largest = `http://localhost:3000/files/images/${image!.variants[2]!.key}`;
    expect(jsonLdOf(page.body)).toMatchObject({
      '@type': 'BlogPosting',
      image: { '@type': 'ImageObject', url: largest, width: 1200, height: 2000 },
    });
    expect(metas(page.body, 'og:image')).toEqual([largest]);
    expect(metas(page.body, 'og:image:width')).toEqual(['1200']);
    expect(metas(page.body, 'og:image:height')).toEqual(['2000']);
    expect(metas(page.body, 'og:image:alt')).toEqual(['A health worker weighs a child']);
    expect(metas(page.body, 'twitter:card')).toEqual(['summary_large_image']);

    const served = await t.app.inject(`/files/images/${image!.variants[0]!.key}`);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(served.headers['cache-control']).toContain('immutable');
    expect(
      (await t.app.inject('/files/images/ab/00000000-0000-0000-0000-000000000000.webp')).statusCode,
    ).toBe(404);

    // Replacing the image removes the old variants' files.
    const before = image!.variants.map((v) => join(t.services.config.DATA_DIR, 'files', v.key));
    const again = await postMultipart(
      t,
      editor,
      `/en/admin/blog/${itemId}/image`,
      [['alt', 'A new picture']],
      {
        filename: 'small.png',
        contentType: 'image/png',
        data: await sharp({ create: { width: 600, height: 300, channels: 3, background: '#336699' } })
          .png()
          .toBuffer(),
      },
    );
    expect(again.statusCode).toBe(303);
    const [replaced] = await db().select().from(contentImage).where(eq(contentImage.itemId, itemId));
    expect(replaced!.variants.map((v) => v.width)).toEqual([480, 600]);
    const files = storedFiles();
    for (const p of before) expect(files).not.toContain(p);

    // Removing it removes its files too.
    const removed = await editor.post(`/en/admin/blog/${itemId}/image/remove`, {});
    expect(removed.statusCode).toBe(303);
    expect(await db().select().from(contentImage).where(eq(contentImage.itemId, itemId))).toHaveLength(0);
    const left = storedFiles();
    for (const v of replaced!.variants)
      expect(left).not.toContain(join(t.services.config.DATA_DIR, 'files', v.key));
  });
});

describe('bad input is refused with a translated message naming the field, and nothing is stored', () => {
  it('missing title', async () => {
    const before = await count('content_item');
    const res = await member.post('/fr/news/submit', await form({ title: '  ' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Titre : Ce champ est obligatoire.');
    expect(await count('content_item')).toBe(before);
  });

  it('oversized body', async () => {
    const before = await count('content_item');
    const res = await member.post('/es/blog/submit', await form({ body: 'x'.repeat(50_001) }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/Texto: Escriba como máximo|Texto: [^<]*50[.,\s]?000/);
    expect(await count('content_item')).toBe(before);
  });

  it('unknown topic, unknown field', async () => {
    const before = await count('content_item');
    const res = await member.post('/en/news/submit', await form({ topics: ['999999'], extra: 'x' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('The field “extra” is not accepted here.');
    expect(await count('content_item')).toBe(before);
  });

  it('image bytes that are not an image, and an image without its text alternative', async () => {
    const res = await member.post('/en/news/submit', await form({ title: 'A story waiting for its image' }));
    const itemId = idFromLocation(res.headers.location);
    const files = storedFiles().length;
    const images = await count('content_image');

    const fake = await postMultipart(
      t,
      member,
      `/pt/news/submissions/${itemId}/image`,
      [['alt', 'Uma foto']],
      {
        filename: 'photo.jpg',
        contentType: 'image/jpeg',
        data: Buffer.from('%PDF-1.7\nnot an image at all\n%%EOF'),
      },
    );
    expect(fake.statusCode).toBe(415);
    expect(fake.body).toContain('Imagem: A imagem deve ser um arquivo JPEG, PNG ou WebP.');

    const truncated = await postMultipart(
      t,
      member,
      `/en/news/submissions/${itemId}/image`,
      [['alt', 'Broken']],
      {
        filename: 'broken.jpg',
        contentType: 'image/jpeg',
        data: (await phoneJpeg(400, 300)).subarray(0, 200),
      },
    );
    expect(truncated.statusCode).toBe(415);
    expect(truncated.body).toContain('Image: This image could not be read.');

    const noAlt = await postMultipart(t, member, `/fr/news/submissions/${itemId}/image`, [['alt', ' ']], {
      filename: 'photo.jpg',
      contentType: 'image/jpeg',
      data: await phoneJpeg(400, 300),
    });
    expect(noAlt.statusCode).toBe(400);
    expect(noAlt.body).toContain('Texte de remplacement de l’image : Ce champ est obligatoire.');

    expect(storedFiles().length).toBe(files);
    expect(await count('content_image')).toBe(images);
    const [item] = await db().select().from(contentItem).where(eq(contentItem.id, itemId));
    expect(item!.version).toBe(2);
  });

  it('a member cannot reach the editors’ screens; a visitor is sent to sign in', async () => {
    expect((await member.get('/en/admin/news')).statusCode).toBe(403);
    const anon = await t.app.inject('/en/blog/submit');
    expect(anon.statusCode).toBe(303);
    expect(anon.headers.location).toContain('/en/sign-in');
  });
});

describe('list facets', () => {
  it('filter blog posts by country and topic', async () => {
    const make = async (title: string, countries: string[], topic: string) => {
      const res = await editor.post('/en/admin/blog/new', {
        ...(await form({ title, countries, topics: [String(await termId(db(), 'topic', topic))] })),
      });
      expect(res.statusCode).toBe(303);
      const id = idFromLocation(res.headers.location);
      await publish(id);
      const [row] = await db().select().from(contentItem).where(eq(contentItem.id, id));
      return row!.slug;
    };
    const brazil = await make('Bolsa Família after twenty years', ['BR'], 'gender');
    const nepal = await make('Child grants in the mountains of Nepal', ['NP'], 'disability-inclusion');

    const all = await t.app.inject('/en/blog');
    expect(all.body).toContain(`/en/blog/${brazil}`);
    expect(all.body).toContain(`/en/blog/${nepal}`);
    expect(all.body).toContain('name="country"');

    const byCountry = await t.app.inject('/en/blog?country=NP');
    expect(byCountry.body).toContain(`/en/blog/${nepal}`);
    expect(byCountry.body).not.toContain(`/en/blog/${brazil}`);

    const byTopic = await t.app.inject('/en/blog?topic=gender');
    expect(byTopic.body).toContain(`/en/blog/${brazil}`);
    expect(byTopic.body).not.toContain(`/en/blog/${nepal}`);

    // News are not blog posts.
    expect((await t.app.inject('/en/news?country=NP')).body).not.toContain(nepal);
    const [doc] = await db()
      .select()
      .from(searchDocument)
      .where(and(eq(searchDocument.kind, 'blog'), eq(searchDocument.slug, nepal)));
    expect(doc).toBeTruthy();
    const [tr] = await db()
      .select()
      .from(contentTranslation)
      .where(eq(contentTranslation.title, 'Child grants in the mountains of Nepal'));
    expect(tr?.body).toContain('## What changes');
  });
});
