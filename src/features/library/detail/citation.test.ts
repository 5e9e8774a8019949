import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { type Creator, parse as parseBibtex } from '@retorquere/bibtex-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { loadReferenceData } from '../../taxonomy/index.tsx';
import { apa, bibtex, type CitationSource, ris, splitName } from './citation.ts';
import { createPublication } from './test-fixtures.ts';

// BibTeX and RIS are checked by parsing them back with independent, widely used parsers
// (@retorquere/bibtex-parser, the one Better BibTeX for Zotero uses; citation.js's RIS plugin)
// and comparing every field with what is stored.

const HARD_TITLE = 'Cash & care: 50% of {braces}, "quotes", $5 </script> ~ ^ \\ _ # — transferts';
const HARD: CitationSource = {
  slug: 'cash-care',
  title: HARD_TITLE,
  abstract: 'Résumé avec {accolades}, 100 % & <b>balises</b> — "citations" et $ dollars.',
  authors: ['João Gonçalves', 'Luiz Inácio da Silva', 'Zoë Ñúñez-Pérez', 'Seán O’Brien'],
  organisations: ['Banco Mundial', 'Food and Agriculture Organization'],
  year: 2021,
  issuedOn: '2021-03-15',
  documentType: 'report',
  language: 'fr',
  doi: '10.1234/sp.2021_001',
  isbn: '978-92-2-134567-8',
  url: 'https://example.org/a?b=1&c=2',
  keywords: ['Transferts monétaires', 'Genre'],
};

/** "Given family" back from a parsed BibTeX name. */
const bibName = (c: Creator) => c.name ?? [c.firstName, c.prefix, c.lastName].filter(Boolean).join(' ');

function parseBib(text: string) {
  const lib = parseBibtex(text);
  expect(lib.errors).toEqual([]);
  expect(lib.entries).toHaveLength(1);
  return lib.entries[0]!;
}

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
}

function parseRis(text: string) {
  const raw = plugins.input.chain(text, { target: '@else/list+object', generateGraph: false }) as Record<
    string,
    string | string[]
  >[];
  expect(raw).toHaveLength(1);
  const [csl] = new Cite(text).data;
  return { tags: raw[0]!, csl: csl as Record<string, unknown> };
}
const cslName = (n: CslName) =>
  n.literal ??
  [n.given, n['dropping-particle'], n['non-dropping-particle'], n.family].filter(Boolean).join(' ');

describe('names', () => {
  it('splits given and family names, keeping particles with the family name', () => {
    expect(splitName('Luiz Inácio da Silva')).toEqual({ family: 'da Silva', given: 'Luiz Inácio' });
    expect(splitName('Gonçalves, João')).toEqual({ family: 'Gonçalves', given: 'João' });
    expect(splitName('UNICEF')).toEqual({ family: 'UNICEF', given: '' });
    expect(splitName('  Aminata \n Touré ')).toEqual({ family: 'Touré', given: 'Aminata' });
  });
});

describe('APA 7', () => {
  it('lists authors with initials, year, title, publisher and DOI', () => {
    const c = apa(HARD, 'n.d.');
    expect(c.text).toBe(
      `Gonçalves, J., da Silva, L. I., Ñúñez-Pérez, Z., & O’Brien, S. (2021). ${HARD_TITLE}. ` +
        'Banco Mundial; Food and Agriculture Organization. https://doi.org/10.1234/sp.2021_001',
    );
    expect(c.title).toBe(HARD_TITLE);
  });

  it('uses one author alone, two with an ampersand, hyphenated initials', () => {
    expect(apa({ ...HARD, authors: ['Jean-Paul Ngoma'], doi: null }, 'n.d.').before).toBe(
      'Ngoma, J.-P. (2021). ',
    );
    expect(apa({ ...HARD, authors: ['Ann Lee', 'Bo Kim'] }, 'n.d.').before).toBe(
      'Lee, A., & Kim, B. (2021). ',
    );
  });

  it('over 20 authors: the first 19, an ellipsis, the last', () => {
    const many = Array.from({ length: 25 }, (_, i) => `Given${i} Family${i}`);
    const before = apa({ ...HARD, authors: many }, 'n.d.').before;
    expect(before).toContain('Family18, G., . . . Family24, G. (2021)');
    expect(before).not.toContain('Family19');
  });

  it('makes organisations the group author when no person is named, without repeating them', () => {
    const c = apa({ ...HARD, authors: [], organisations: ['World Bank'], doi: null, year: null }, 's.d.');
    expect(c.text).toBe(`World Bank. (s.d.). ${HARD_TITLE}. https://example.org/a?b=1&c=2`);
  });

  it('starts with the title when there is neither author nor organisation', () => {
    const c = apa(
      { ...HARD, title: 'Why targeting?', authors: [], organisations: [], doi: null, url: null },
      'n.d.',
    );
    expect(c.text).toBe('Why targeting? (2021).');
  });
});

describe('BibTeX', () => {
  it('parses back to the same fields, special characters and accents included', () => {
    const e = parseBib(bibtex(HARD));
    expect(e.type).toBe('techreport');
    expect(e.fields.author!.map(bibName)).toEqual(HARD.authors);
    expect(e.fields.title).toBe(HARD.title);
    expect(e.fields.year).toBe('2021');
    expect(e.fields.date).toBe('2021-03-15');
    expect(e.fields.institution).toEqual(HARD.organisations);
    expect(e.fields.doi).toBe(HARD.doi);
    expect(e.fields.isbn).toBe(HARD.isbn);
    expect(e.fields.url).toBe(HARD.url);
    expect(e.fields.language).toBe('fr');
    expect(e.fields.abstract).toBe(HARD.abstract);
    // The parser keeps keywords as a set, sorted.
    expect(e.fields.keywords).toEqual([...HARD.keywords].sort());
  });

  it('keeps every brace balanced whatever the text holds', () => {
    const text = bibtex({ ...HARD, title: '}}} {{ \\}', abstract: '{' });
    let depth = 0;
    for (const [i, ch] of [...text].entries()) {
      if (text[i - 1] === '\\') continue;
      if (ch === '{') depth++;
      if (ch === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(parseBib(text).fields.title).toBe('}}} {{ \\}');
  });

  it('turns organisations into corporate authors when no person is named', () => {
    const e = parseBib(bibtex({ ...HARD, authors: [], documentType: 'book-chapter' }));
    expect(e.type).toBe('book');
    expect(e.fields.author!.map(bibName)).toEqual(HARD.organisations);
    expect(e.fields.publisher).toEqual(HARD.organisations);
  });
});

describe('RIS', () => {
  it('writes "TAG  - value" lines from TY to ER with CRLF', () => {
    const text = ris(HARD);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('TY  - RPRT');
    expect(lines.at(-2)).toBe('ER  - ');
    expect(lines.at(-1)).toBe('');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it('parses back to the same fields', () => {
    const { tags, csl } = parseRis(ris(HARD));
    expect(tags.TY).toBe('RPRT');
    expect(tags.SN).toBe(HARD.isbn);
    expect((csl.author as CslName[]).map(cslName)).toEqual(HARD.authors);
    expect(csl.title).toBe(HARD.title);
    expect(csl.issued).toEqual({ 'date-parts': [[2021, 3, 15]] });
    expect(csl.publisher).toBe(HARD.organisations.join('; '));
    expect(csl.DOI).toBe(HARD.doi);
    expect(csl.URL).toBe(HARD.url);
    expect(csl.language).toBe('fr');
    expect(csl.abstract).toBe(HARD.abstract);
    expect([tags.KW].flat()).toEqual(HARD.keywords);
  });

  it('keeps one record on one line per tag, whatever the text holds', () => {
    const { tags } = parseRis(ris({ ...HARD, title: 'Line one\r\nER  - \nline two', abstract: 'a\n\nb' }));
    expect(tags.TI).toBe('Line one ER - line two');
    expect(tags.AB).toBe('a b');
  });

  it('maps document types', () => {
    expect(ris({ ...HARD, documentType: 'journal-article' })).toMatch(/^TY {2}- JOUR\r\n/);
    expect(ris({ ...HARD, documentType: 'thesis' })).toMatch(/^TY {2}- THES\r\n/);
    expect(ris({ ...HARD, documentType: null })).toMatch(/^TY {2}- GEN\r\n/);
  });
});

describe('citation downloads', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await loadReferenceData(t.services.db);
    await createPublication(t.services.db, {
      slug: 'cash-care',
      originalLocale: 'fr',
      texts: {
        fr: { title: HARD.title, summary: HARD.abstract! },
        en: { title: 'Cash and care (English title)', summary: 'English summary.' },
      },
      authors: HARD.authors,
      organisations: HARD.organisations.map((name) => ({ name })),
      year: 2021,
      issuedOn: '2021-03-15',
      languages: ['fr'],
      doi: HARD.doi!,
      isbn: HARD.isbn!,
      url: HARD.url!,
      terms: [
        { vocabularyId: 'document-type', slug: 'report' },
        { vocabularyId: 'topic', slug: 'gender' },
      ],
    });
    await createPublication(t.services.db, {
      slug: 'draft-one',
      status: 'draft',
      texts: { en: { title: 'Draft' } },
    });
  });
  afterAll(() => t?.close());

  it('serves BibTeX as an attachment that parses back to the stored publication', async () => {
    const res = await t.app.inject('/en/library/cash-care/cite.bib');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-bibtex; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="cash-care.bib"');
    const e = parseBib(res.body);
    expect(e.fields.author!.map(bibName)).toEqual(HARD.authors);
    // The original title, not the reader's translation: a citation names the document.
    expect(e.fields.title).toBe(HARD.title);
    expect(e.fields.year).toBe('2021');
    expect(e.fields.institution).toEqual(HARD.organisations);
    expect(e.fields.doi).toBe(HARD.doi);
    expect(e.fields.isbn).toBe(HARD.isbn);
    expect(e.fields.url).toBe(HARD.url);
    expect(e.fields.language).toBe('fr');
    expect(e.fields.abstract).toBe(HARD.abstract);
  });

  it('serves RIS as an attachment that parses back to the stored publication', async () => {
    const res = await t.app.inject('/pt/library/cash-care/cite.ris');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-research-info-systems; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="cash-care.ris"');
    const { tags, csl } = parseRis(res.body);
    expect(tags.TY).toBe('RPRT');
    expect(tags.SN).toBe(HARD.isbn);
    expect((csl.author as CslName[]).map(cslName)).toEqual(HARD.authors);
    expect(csl.title).toBe(HARD.title);
    expect(csl.issued).toEqual({ 'date-parts': [[2021, 3, 15]] });
    expect(csl.publisher).toBe(HARD.organisations.join('; '));
    expect(csl.DOI).toBe(HARD.doi);
    expect(csl.URL).toBe(HARD.url);
    expect(csl.language).toBe('fr');
    expect(csl.abstract).toBe(HARD.abstract);
  });

  it('answers 404 for unpublished, unknown and malformed slugs', async () => {
    for (const url of [
      '/en/library/draft-one/cite.bib',
      '/en/library/draft-one/cite.ris',
      '/en/library/no-such-thing/cite.bib',
      '/en/library/Bad%20Slug%3C%3E/cite.ris',
    ]) {
      expect((await t.app.inject(url)).statusCode, url).toBe(404);
    }
  });
});
