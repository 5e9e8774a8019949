import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { createMember, signIn } from '../../../test/factories.ts';
import { makePdf, postMultipart } from '../files/test-helpers.ts';
import { contentItem, contentTranslation } from '../../content/tables.ts';
import { loadReferenceData } from '../../taxonomy/index.tsx';
import { createPublication } from './test-fixtures.ts';
import { canonicalOf, jsonLdOf, metas } from '../../../test/metadata.ts';

let t: TestApp;
let fileIds: string[] = [];
const BASE = 'http://localhost:3000';

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    // Intl puts (narrow) no-break spaces between numbers and units.
    .replace(/[\u00a0\u202f]/g, ' ');

const TOPICS = [
  { vocabularyId: 'programme-area', slug: 'cash-transfers' },
  { vocabularyId: 'topic', slug: 'gender' },
  { vocabularyId: 'topic', slug: 'shock-responsive' },
  { vocabularyId: 'population-group', slug: 'women' },
];

beforeAll(async () => {
  t = await startTestApp();
  const db = t.services.db;
  await loadReferenceData(db);
  const main = await createPublication(db, {
    slug: 'transferts-sahel',
    originalLocale: 'fr',
    texts: {
      fr: {
        title: 'Transferts monétaires au Sahel : leçons & perspectives',
        summary: 'Premier paragraphe du résumé.\n\nDeuxième paragraphe.',
        body: 'Corps du texte en français.',
      },
      en: {
        title: 'Cash transfers in the Sahel: lessons and prospects',
        summary: 'English summary of the report.',
        provenance: 'human',
      },
      pt: {
        title: 'Transferências monetárias no Sahel',
        summary: 'Resumo traduzido.',
        provenance: 'machine',
      },
    },
    authors: ['Aminata Touré', 'Luiz Inácio da Silva', 'Jean-Paul Ngoma'],
    organisations: [{ name: 'World Bank' }, { name: 'United Nations Children’s Fund', acronym: 'UNICEF' }],
    year: 2021,
    issuedOn: '2021-03-15',
    languages: ['fr', 'en'],
    doi: 'https://doi.org/10.1234/sp.2021.001',
    isbn: '978-92-2-134567-8',
    url: 'https://example.org/report?x=1&y=2',
    pageCount: 24,
    licence: 'CC BY 4.0',
    terms: [{ vocabularyId: 'document-type', slug: 'report' }, ...TOPICS],
    countries: ['SN', 'ML'],
    files: [
      { filename: 'rapport sahel.pdf', mediaType: 'application/pdf', size: 1_234_567, pageCount: 24 },
      {
        filename: 'annexes.docx',
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        size: 45_300,
      },
      { role: 'cover', filename: 'cover.png', mediaType: 'image/png', size: 20_000 },
    ],
  });
  fileIds = main.fileIds;
  // Related: sharing four (cash transfers brings its parent, social assistance), two (twice: the
  // newer first) and one of the main item's terms; one shares none.
  await createPublication(db, {
    slug: 'three-shared',
    texts: { en: { title: 'Three shared terms' }, es: { title: 'Tres términos compartidos' } },
    year: 2019,
    terms: TOPICS.slice(0, 3),
  });
  await createPublication(db, {
    slug: 'two-shared-old',
    texts: { en: { title: 'Two shared, older' } },
    year: 2015,
    publishedAt: new Date('2015-06-01'),
    terms: TOPICS.slice(1, 3),
  });
  await createPublication(db, {
    slug: 'two-shared-new',
    texts: { en: { title: 'Two shared, newer' } },
    year: 2023,
    terms: TOPICS.slice(1, 3),
  });
  await createPublication(db, {
    slug: 'one-shared',
    originalLocale: 'pt',
    texts: { pt: { title: 'Um termo em comum' } },
    year: 2024,
    terms: TOPICS.slice(3),
  });
  await createPublication(db, {
    slug: 'scholarly',
    texts: { en: { title: 'A working paper' } },
    licence: 'cc-by-nc-sa-4.0',
    terms: [{ vocabularyId: 'document-type', slug: 'working-paper' }],
  });
  await createPublication(db, {
    slug: 'nothing-shared',
    texts: { en: { title: 'Nothing in common' } },
    terms: [{ vocabularyId: 'topic', slug: 'migration' }],
  });
  for (const status of ['draft', 'submitted', 'archived'] as const)
    await createPublication(db, {
      slug: `hidden-${status}`,
      status,
      texts: { en: { title: `Hidden ${status}` } },
      terms: TOPICS,
    });
  await createPublication(db, {
    slug: 'script-title',
    texts: { en: { title: 'Breaking </script><script>alert(1)</script> & <!-- out', summary: '</script>' } },
    authors: ['A B'],
  });
  await createPublication(db, { slug: 'bare', texts: { en: { title: 'A bare publication' } } });
});
afterAll(() => t?.close());

describe('publication page', () => {
  it('shows the metadata in the reader’s language', async () => {
    const res = await t.app.inject('/en/library/transferts-sahel');
    expect(res.statusCode).toBe(200);
    const html = decode(res.body);
    expect(html).toContain('<h1>Cash transfers in the Sahel: lessons and prospects</h1>');
    expect(html).toContain('English summary of the report.');
    expect(html).not.toContain('lang-note');
    // The English version has no body: the French one is shown, marked as French.
    expect(html).toContain('<div lang="fr"><p>Corps du texte en français.</p></div>');
    // Authors in their order; organisations; the date in the reader's locale.
    expect(html).toContain('Aminata Touré; Luiz Inácio da Silva; Jean-Paul Ngoma');
    expect(html).toContain('United Nations Children’s Fund (UNICEF); World Bank');
    expect(html).toContain('March 15, 2021');
    // Document type and every classification axis, by vocabulary.
    expect(html).toMatch(/<dt>Document type<\/dt><dd>Report<\/dd>/);
    expect(html).toMatch(/<dt>Topic<\/dt><dd>[^<]*Gender/);
    expect(html).toMatch(/<dt>Population group<\/dt><dd>Women<\/dd>/);
    expect(html).toContain('Cash transfers');
    expect(html).toContain('Senegal');
    expect(html).toContain('Mali');
    expect(html).toMatch(/Languages of the document<\/dt><dd>French, English<\/dd>/);
    expect(html).toContain('<a href="https://doi.org/10.1234/sp.2021.001">10.1234/sp.2021.001</a>');
    expect(html).toContain('978-92-2-134567-8');
    expect(html).toContain('<a href="https://example.org/report?x=1&y=2" rel="noopener">');
    expect(html).toContain('<dd>CC BY 4.0 (attribution)</dd>');
  });

  it('formats the date per locale', async () => {
    expect(decode((await t.app.inject('/fr/library/transferts-sahel')).body)).toContain('15 mars 2021');
  });

  it('shows the original, marked with its language, when there is no translation', async () => {
    const res = await t.app.inject('/es/library/transferts-sahel');
    expect(res.statusCode).toBe(200);
    const html = decode(res.body);
    expect(html).toContain('<html lang="es"');
    expect(html).toContain('<h1 lang="fr">Transferts monétaires au Sahel : leçons & perspectives</h1>');
    expect(html).toContain('No disponible en su idioma: se muestra en francés.');
    expect(html).toMatch(
      /<div lang="fr"><p>Premier paragraphe du résumé.<\/p><p>Deuxième paragraphe.<\/p><\/div>/,
    );
    expect(html).toContain('<div lang="fr"><p>Corps du texte en français.</p></div>');
    // The languages it exists in, each linking to that language's page.
    expect(html).toContain('<a href="/en/library/transferts-sahel" hreflang="en" lang="en">English</a>');
    expect(html).toContain('<a href="/fr/library/transferts-sahel" hreflang="fr" lang="fr">français</a>');
    expect(html).toContain('<a href="/pt/library/transferts-sahel" hreflang="pt" lang="pt">português</a>');
  });

  it('says when the text is a machine translation', async () => {
    const html = decode((await t.app.inject('/pt/library/transferts-sahel')).body);
    expect(html).toContain('<h1>Transferências monetárias no Sahel</h1>');
    expect(html).toContain('Tradução automática (original em francês)');
  });

  it('lists the files with type, size and pages before the click, and the cover', async () => {
    const en = decode((await t.app.inject('/en/library/transferts-sahel')).body);
    expect(en).toContain(`href="/files/${fileIds[0]}/rapport%20sahel.pdf" type="application/pdf"`);
    expect(en).toContain('rapport sahel.pdf <span class="meta">(PDF, 1.2 MB, 24 pages)</span>');
    expect(en).toContain(`href="/files/${fileIds[1]}/annexes.docx"`);
    expect(en).toContain('(Word, 45 kB)');
    expect(en).toMatch(
      new RegExp(
        `<img src="/files/${fileIds[2]}/cover.png" alt="Cover of “Cash transfers in the Sahel: lessons and prospects”" width="160" height="226" loading="lazy"`,
      ),
    );
    const fr = decode((await t.app.inject('/fr/library/transferts-sahel')).body);
    expect(fr).toContain('(PDF de 1,2 Mo, 24 pages)');
    // The cover is not a download.
    expect(fr).not.toContain(`cover.png <span`);
  });

  it('links a file uploaded by an editor to its download', async () => {
    const { user, password } = await createMember(t, { role: 'editor' });
    const editor = await signIn(t, user.email, password);
    const { id } = await createPublication(t.services.db, {
      slug: 'with-upload',
      texts: { en: { title: 'With an upload' } },
    });
    const pdf = await makePdf([['Social protection floors'], ['Second page']]);
    const upload = await postMultipart(t, editor, `/en/admin/library/${id}/files`, [['role', 'document']], {
      filename: 'Rapport final.pdf',
      contentType: 'application/pdf',
      data: pdf,
    });
    expect(upload.statusCode).toBe(303);
    const html = decode((await t.app.inject('/pt/library/with-upload')).body);
    const link =
      /<a href="(\/files\/[^"]+)" type="application\/pdf">Rapport final\.pdf <span class="meta">\(([^)]+)\)/.exec(
        html,
      );
    expect(link?.[1]).toMatch(/^\/files\/[0-9a-f-]{36}\/Rapport%20final\.pdf$/);
    expect(link?.[2]).toMatch(/^PDF, [\d,]+ kB/);
    const download = await t.app.inject(link![1]!);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(pdf)).toBe(true);
  });

  it('lists related publications: most shared terms first, then newest; never itself or unpublished ones', async () => {
    const html = decode((await t.app.inject('/en/library/transferts-sahel')).body);
    const section = /<section aria-labelledby="related-h">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    const slugs = [...section.matchAll(/href="\/en\/library\/([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(slugs).toEqual(['three-shared', 'two-shared-new', 'two-shared-old', 'one-shared']);
    // Titles in the reader's language, else the original marked with its language.
    expect(section).toContain('<a href="/en/library/one-shared" lang="pt">Um termo em comum</a>');
    const es = decode((await t.app.inject('/es/library/transferts-sahel')).body);
    expect(es).toContain('<a href="/es/library/three-shared">Tres términos compartidos</a>');
  });

  it('offers plain share links carrying the encoded page address', async () => {
    const html = (await t.app.inject('/en/library/transferts-sahel')).body;
    const url = encodeURIComponent(`${BASE}/en/library/transferts-sahel`);
    const section = /<section aria-labelledby="share-h">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    const links = [...section.matchAll(/<a href="([^"]+)" rel="([^"]+)">([^<]+)<\/a>/g)];
    expect(links.map((l) => l[3])).toEqual([
      'By e-mail',
      'Share on LinkedIn',
      'Share on X',
      'Share on Facebook',
      'Share on WhatsApp',
    ]);
    for (const [, href, rel] of links) {
      expect(decode(href!)).toContain(url);
      expect(rel).toContain('noopener');
    }
    expect(decode(links[0]![1]!)).toMatch(/^mailto:\?subject=Cash%20transfers%20in%20the%20Sahel/);
    expect(section).not.toContain('<script');
  });

  it('shows the APA citation and links the BibTeX and RIS files', async () => {
    const html = decode((await t.app.inject('/en/library/transferts-sahel')).body);
    expect(html).toContain(
      'Touré, A., da Silva, L. I., & Ngoma, J.-P. (2021). <i lang="fr">Transferts monétaires au Sahel : leçons & perspectives</i>. United Nations Children’s Fund; World Bank. https://doi.org/10.1234/sp.2021.001',
    );
    expect(html).toContain('href="/en/library/transferts-sahel/cite.bib"');
    expect(html).toContain('href="/en/library/transferts-sahel/cite.ris"');
  });

  it('renders a publication with nothing but a title', async () => {
    const res = await t.app.inject('/fr/library/bare');
    expect(res.statusCode).toBe(200);
    const html = decode(res.body);
    expect(html).toContain('<h1 lang="en">A bare publication</h1>');
    expect(html).toContain('<i lang="en">A bare publication</i>. (s.d.).');
    expect(html).not.toContain('related-h');
    expect(html).not.toContain('download-h');
  });
});

describe('machine-readable metadata', () => {
  it('carries schema.org JSON-LD with the required fields', async () => {
    const ld = jsonLdOf((await t.app.inject('/en/library/transferts-sahel')).body);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Report');
    expect(ld.name).toBe('Transferts monétaires au Sahel : leçons & perspectives');
    expect(ld.url).toBe(`${BASE}/en/library/transferts-sahel`);
    expect(ld.datePublished).toBe('2021-03-15');
    expect(ld.inLanguage).toEqual(['fr', 'en']);
    expect(ld.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(ld.identifier).toEqual({
      '@type': 'PropertyValue',
      propertyID: 'DOI',
      value: '10.1234/sp.2021.001',
      url: 'https://doi.org/10.1234/sp.2021.001',
    });
    expect(ld.isbn).toBe('978-92-2-134567-8');
    expect((ld.author as { '@type': string; name: string }[]).map((a) => [a['@type'], a.name])).toEqual([
      ['Person', 'Aminata Touré'],
      ['Person', 'Luiz Inácio da Silva'],
      ['Person', 'Jean-Paul Ngoma'],
    ]);
    // Organisations carry no order of their own: alphabetical.
    expect((ld.publisher as { name: string }[]).map((o) => o.name)).toEqual([
      'United Nations Children’s Fund',
      'World Bank',
    ]);
    expect(ld.abstract).toBe('Premier paragraphe du résumé.\n\nDeuxième paragraphe.');
    expect((ld.about as { name: string }[]).map((a) => a.name)).toContain('Gender');
    expect(ld.encoding).toEqual([
      {
        '@type': 'MediaObject',
        name: 'rapport sahel.pdf',
        contentUrl: `${BASE}/files/${fileIds[0]}/rapport%20sahel.pdf`,
        encodingFormat: 'application/pdf',
        contentSize: '1.2 MB',
      },
      expect.objectContaining({ encodingFormat: expect.stringContaining('wordprocessingml') }),
    ]);
  });

  it('leaves out licence and identifier when the publication has none', async () => {
    const ld = jsonLdOf((await t.app.inject('/en/library/bare')).body);
    expect(ld).not.toHaveProperty('license');
    expect(ld).not.toHaveProperty('identifier');
    expect(ld.inLanguage).toBe('en');
  });

  it('keeps a title containing </script> inside the JSON-LD', async () => {
    const res = await t.app.inject('/en/library/script-title');
    expect(res.statusCode).toBe(200);
    const ld = jsonLdOf(res.body);
    expect(ld.name).toBe('Breaking </script><script>alert(1)</script> & <!-- out');
    expect(ld.abstract).toBe('</script>');
    // The only script elements are the JSON-LD and the app's own module.
    expect(res.body.match(/<script/g)).toHaveLength(2);
    expect(res.body).not.toContain('<script>alert');
  });

  it('has Google Scholar citation_* tags, authors in order', async () => {
    const html = (await t.app.inject('/en/library/transferts-sahel')).body;
    expect(metas(html, 'citation_title')).toEqual(['Transferts monétaires au Sahel : leçons & perspectives']);
    expect(metas(html, 'citation_author')).toEqual([
      'Aminata Touré',
      'Luiz Inácio da Silva',
      'Jean-Paul Ngoma',
    ]);
    expect(metas(html, 'citation_publication_date')).toEqual(['2021/03/15']);
    expect(metas(html, 'citation_pdf_url')).toEqual([`${BASE}/files/${fileIds[0]}/rapport%20sahel.pdf`]);
    expect(metas(html, 'citation_doi')).toEqual(['10.1234/sp.2021.001']);
    expect(metas(html, 'citation_isbn')).toEqual(['978-92-2-134567-8']);
    expect(metas(html, 'citation_language')).toEqual(['fr', 'en']);
    expect(metas(html, 'citation_technical_report_institution')).toEqual([
      'United Nations Children’s Fund; World Bank',
    ]);
    expect(metas(html, 'citation_abstract_html_url')).toEqual([`${BASE}/en/library/transferts-sahel`]);
  });

  it('has Open Graph tags and a canonical link', async () => {
    const html = (await t.app.inject('/en/library/transferts-sahel')).body;
    expect(metas(html, 'og:title')).toEqual(['Cash transfers in the Sahel: lessons and prospects']);
    expect(metas(html, 'og:description')).toEqual(['English summary of the report.']);
    expect(metas(html, 'og:type')).toEqual(['article']);
    expect(metas(html, 'og:image')).toEqual([`${BASE}/files/${fileIds[2]}/cover.png`]);
    expect(metas(html, 'og:url')).toEqual([`${BASE}/en/library/transferts-sahel`]);
    expect(metas(html, 'og:site_name')).toEqual(['SP Gateway']);
    expect(metas(html, 'og:locale')).toEqual(['en_GB']);
    // The other languages the publication is written in (French original, Portuguese translation).
    expect(metas(html, 'og:locale:alternate')).toEqual(['fr_FR', 'pt_BR']);
    // The cover's size is unknown: the small card.
    expect(metas(html, 'twitter:card')).toEqual(['summary']);
    expect(metas(html, 'article:published_time')).toHaveLength(1);
    expect(canonicalOf(html)).toBe(`${BASE}/en/library/transferts-sahel`);
  });

  it('dates the record: datePublished from the publication, dateModified from the last change', async () => {
    const ld = jsonLdOf((await t.app.inject('/fr/library/transferts-sahel')).body);
    expect(ld['@id']).toBe(`${BASE}/fr/library/transferts-sahel`);
    expect(ld.datePublished).toBe('2021-03-15');
    expect(new Date(String(ld.dateModified)).getTime()).not.toBeNaN();
    expect(ld.headline).toBe(ld.name);
  });

  it('keeps the page, metadata included, within the first round trip: ≤ 14 KB compressed', async () => {
    for (const locale of ['en', 'fr', 'es', 'pt']) {
      const res = await t.app.inject(`/${locale}/library/transferts-sahel`);
      expect(gzipSync(res.body).length, locale).toBeLessThanOrEqual(14 * 1024);
    }
  });

  it('types a scholarly document as ScholarlyArticle', async () => {
    const ld = jsonLdOf((await t.app.inject('/en/library/scholarly')).body);
    expect(ld['@type']).toBe('ScholarlyArticle');
    expect(ld.license).toBe('https://creativecommons.org/licenses/by-nc-sa/4.0/');
  });
});

describe('not found', () => {
  it('answers 404 for draft, submitted and archived publications', async () => {
    for (const status of ['draft', 'submitted', 'archived'])
      expect((await t.app.inject(`/en/library/hidden-${status}`)).statusCode, status).toBe(404);
  });

  it('answers 404 to staff too: the public page shows published items only', async () => {
    const { user, password } = await createMember(t, { role: 'editor' });
    const editor = await signIn(t, user.email, password);
    expect((await editor.get('/en/library/hidden-draft')).statusCode).toBe(404);
  });

  it('answers 404 for an unknown slug and for slugs with bad characters, never 500', async () => {
    for (const slug of [
      'no-such-publication',
      'Transferts-Sahel',
      '%E2%80%AE',
      "x'%20or%201=1--",
      '..%2F..%2Fetc%2Fpasswd',
      '%00',
      'a%2Fb',
    ]) {
      const res = await t.app.inject(`/en/library/${slug}`);
      expect(res.statusCode, slug).toBe(404);
    }
    // The router answers these itself: a malformed escape, and longer than any slug.
    expect((await t.app.inject('/en/library/%FF')).statusCode).toBe(400);
    expect((await t.app.inject(`/en/library/${'a'.repeat(201)}`)).statusCode).toBe(414);
  });

  it('answers 404 for the slug of another content type', async () => {
    const [news] = await t.services.db
      .insert(contentItem)
      .values({
        type: 'news',
        slug: 'a-news-item',
        status: 'published',
        originalLocale: 'en',
        publishedAt: new Date(),
      })
      .returning({ id: contentItem.id });
    await t.services.db
      .insert(contentTranslation)
      .values({ itemId: news!.id, locale: 'en', title: 'A news item' });
    expect((await t.app.inject('/en/news/a-news-item')).statusCode).toBe(200);
    expect((await t.app.inject('/en/library/a-news-item')).statusCode).toBe(404);
    expect((await t.app.inject('/en/library/a-news-item/cite.bib')).statusCode).toBe(404);
  });
});
