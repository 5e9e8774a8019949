/**
 * Citations of a publication: APA 7 (shown on the page), BibTeX and RIS (downloads).
 * Pure functions over a CitationSource; nothing here reads the database.
 */

export interface CitationSource {
  /** The publication's slug: the BibTeX key falls back to it. */
  slug: string;
  /** Title and abstract in the original language: a citation names the document as written. */
  title: string;
  abstract: string | null;
  /** Personal authors, in order ("Given Family" or "Family, Given"). */
  authors: string[];
  /** Publishing organisations (institution, publisher). */
  organisations: string[];
  year: number | null;
  /** ISO date (YYYY-MM-DD) when the full date is known. */
  issuedOn: string | null;
  /** Slug of the document-type term (report, journal-article …). */
  documentType: string | null;
  /** ISO 639-1 code of the document's (first) language. */
  language: string | null;
  doi: string | null;
  isbn: string | null;
  /** The publication's own address, else its page on the gateway. */
  url: string | null;
  keywords: string[];
}

// Words that belong to the family name when they come before it ("Luiz da Silva").
const PARTICLES = new Set([
  'da',
  'das',
  'de',
  'del',
  'della',
  'der',
  'des',
  'di',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'van',
  'von',
  'den',
  'ter',
  'zu',
]);

/** "Given Family", or "Family, Given", split into its parts; a single word is a family name. */
export function splitName(name: string): { family: string; given: string } {
  const n = clean(name);
  const comma = n.indexOf(',');
  if (comma > 0) return { family: n.slice(0, comma).trim(), given: n.slice(comma + 1).trim() };
  const words = n.split(' ');
  if (words.length === 1) return { family: n, given: '' };
  let at = words.findIndex((w, i) => i > 0 && i < words.length - 1 && PARTICLES.has(w));
  if (at < 0) at = words.length - 1;
  return { family: words.slice(at).join(' '), given: words.slice(0, at).join(' ') };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const CONTROL = /[\u0000-\u001F\u007F\u2028\u2029]+/g;

/** One line of text: control characters and line breaks become spaces, runs of spaces one. */
export function clean(value: string): string {
  return value.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/** "10.1234/x" from "https://doi.org/10.1234/x", "doi:10.1234/x" or "10.1234/x". */
export function normaliseDoi(doi: string | null): string | null {
  if (!doi) return null;
  const d = clean(doi)
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '');
  return d || null;
}

const isHttpUrl = (u: string | null): u is string => !!u && /^https?:\/\/[^\s]+$/i.test(u);

// ---------------------------------------------------------------- APA 7

export interface ApaCitation {
  /** Text before the title, the title (set in italics), the text after it. */
  before: string;
  title: string;
  after: string;
  text: string;
}

function firstLetter(word: string): string {
  const [c] = Array.from(word.replace(/^[^\p{L}]+/u, ''));
  return c ? c.toLocaleUpperCase() : '';
}

/** "Jean-Paul Marie" → "J.-P. M." */
function initials(given: string): string {
  return given
    .split(' ')
    .filter(Boolean)
    .map((part) =>
      part
        .split('-')
        .map(firstLetter)
        .filter(Boolean)
        .map((c) => `${c}.`)
        .join('-'),
    )
    .filter(Boolean)
    .join(' ');
}

/** APA's author list: "A, & B"; "A, B, & C"; over 20, the first 19, an ellipsis and the last. */
function apaList(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length > 20) return `${names.slice(0, 19).join(', ')}, . . . ${names.at(-1)}`;
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

const endsSentence = (s: string) => /[.?!]$/.test(s);

/**
 * APA 7 reference of a report-like document. Without personal authors the organisations are
 * the (group) authors and are not repeated as publisher; without either, the title leads.
 * `noDate` is APA's "n.d." in the reader's language.
 */
export function apa(src: CitationSource, noDate: string): ApaCitation {
  const people = src.authors.map((a) => {
    const { family, given } = splitName(a);
    const i = initials(given);
    return i ? `${family}, ${i}` : family;
  });
  const orgs = src.organisations.map(clean).filter(Boolean);
  const groupAuthors = people.length === 0 && orgs.length > 0;
  const authorText = apaList(people.length ? people : orgs);
  const date = `(${src.year ?? noDate}).`;
  const title = clean(src.title);
  const titleEnd = endsSentence(title) ? '' : '.';
  const publisher = !groupAuthors && orgs.length ? ` ${orgs.join('; ')}.` : '';
  const doi = normaliseDoi(src.doi);
  const link = doi ? ` https://doi.org/${doi}` : isHttpUrl(src.url) ? ` ${src.url}` : '';
  const before = authorText ? `${authorText}${endsSentence(authorText) ? '' : '.'} ${date} ` : '';
  const after = authorText ? `${titleEnd}${publisher}${link}` : `${titleEnd} ${date}${publisher}${link}`;
  return { before, title, after, text: `${before}${title}${after}` };
}

// ---------------------------------------------------------------- BibTeX

const BIB_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '"': '{"}',
};

/** Text for a brace-delimited BibTeX field: every TeX special character escaped, UTF-8 kept. */
export function bibEscape(value: string): string {
  return clean(value).replace(/[\\{}$%&#_~^<>"]/g, (c) => BIB_ESCAPES[c]!);
}

/** DOI and URL are verbatim fields: no TeX escapes, but braces and backslashes percent-encoded. */
function bibVerbatim(value: string): string {
  return clean(value)
    .replace(/\s/g, '%20')
    .replace(/[{}\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A name protected from BibTeX's name parsing where it would split it wrongly. */
function bibName(name: string): string {
  const { family, given } = splitName(name);
  const protectAnd = (s: string) => s.replace(/\band\b/gi, (w) => `{${w}}`);
  if (!given) return `{${bibEscape(family)}}`;
  const firstWord = family.split(' ')[0] ?? '';
  const fam =
    family.includes(' ') && !PARTICLES.has(firstWord) ? `{${bibEscape(family)}}` : bibEscape(family);
  return `${protectAnd(fam)}, ${protectAnd(bibEscape(given))}`;
}

const BIB_TYPES: Record<string, 'techreport' | 'article' | 'book' | 'phdthesis'> = {
  report: 'techreport',
  evaluation: 'techreport',
  'working-paper': 'techreport',
  'research-paper': 'techreport',
  'policy-brief': 'techreport',
  'case-study': 'techreport',
  'fact-sheet': 'techreport',
  'project-document': 'techreport',
  'journal-article': 'article',
  'book-chapter': 'book',
  'manual-toolkit': 'book',
  thesis: 'phdthesis',
};

export function bibType(documentType: string | null): string {
  return (documentType && BIB_TYPES[documentType]) || 'misc';
}

/** Whether the organisations are the institution that issued a report (Google Scholar, BibTeX, RIS). */
export function isReport(documentType: string | null): boolean {
  return bibType(documentType) === 'techreport';
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** "silva2020cash": first author's family name, year, first word of the title. */
export function bibKey(src: CitationSource): string {
  const who = src.authors[0] ? splitName(src.authors[0]).family : (src.organisations[0] ?? '');
  const word = clean(src.title)
    .split(' ')
    .map(ascii)
    .find((w) => w.length > 3);
  const key = `${ascii(who).slice(0, 20)}${src.year ?? ''}${(word ?? '').slice(0, 15)}`;
  return /[a-z]/.test(key) ? key : ascii(src.slug).slice(0, 40) || 'publication';
}

/** One BibTeX entry (UTF-8). Without personal authors the organisations are corporate authors. */
export function bibtex(src: CitationSource): string {
  const type = bibType(src.documentType);
  const orgs = src.organisations.map(clean).filter(Boolean);
  const authors = src.authors.length ? src.authors.map(bibName) : orgs.map((o) => `{${bibEscape(o)}}`);
  const orgList = orgs.map((o) => `{${bibEscape(o)}}`).join(' and ');
  const orgField = type === 'techreport' ? 'institution' : type === 'phdthesis' ? 'school' : 'publisher';
  const doi = normaliseDoi(src.doi);
  const fields: [string, string | null][] = [
    ['author', authors.length ? authors.join(' and ') : null],
    ['title', `{${bibEscape(src.title)}}`],
    ['year', src.year ? String(src.year) : null],
    ['date', src.issuedOn ?? (src.year ? String(src.year) : null)],
    [orgField, orgList || null],
    ['doi', doi ? bibVerbatim(doi) : null],
    ['isbn', src.isbn ? bibEscape(src.isbn) : null],
    ['url', isHttpUrl(src.url) ? bibVerbatim(src.url) : null],
    ['language', src.language ? bibEscape(src.language) : null],
    ['abstract', src.abstract ? bibEscape(src.abstract) : null],
    ['keywords', src.keywords.length ? src.keywords.map(bibEscape).join(', ') : null],
  ];
  const body = fields
    .filter((f): f is [string, string] => f[1] !== null && f[1] !== '')
    .map(([k, v]) => `  ${k} = {${v}}`)
    .join(',\n');
  return `@${type}{${bibKey(src)},\n${body}\n}\n`;
}

// ---------------------------------------------------------------- RIS

const RIS_TYPES: Record<string, string> = {
  techreport: 'RPRT',
  article: 'JOUR',
  book: 'BOOK',
  phdthesis: 'THES',
  misc: 'GEN',
};

/** One RIS record: "TAG  - value" lines ending in CRLF, from TY to ER. */
export function ris(src: CitationSource): string {
  const orgs = src.organisations.map(clean).filter(Boolean);
  const people = src.authors.map((a) => {
    const { family, given } = splitName(a);
    return given ? `${family}, ${given}` : family;
  });
  const doi = normaliseDoi(src.doi);
  const lines: [string, string | null | undefined][] = [
    ['TY', RIS_TYPES[bibType(src.documentType)]],
    ...(people.length ? people : orgs).map((a): [string, string] => ['AU', a]),
    ['TI', src.title],
    ['PY', src.year ? String(src.year) : null],
    ['DA', src.issuedOn ? `${src.issuedOn.replace(/-/g, '/')}/` : src.year ? `${src.year}///` : null],
    ['PB', orgs.length ? orgs.join('; ') : null],
    ['DO', doi],
    ['SN', src.isbn],
    ['UR', isHttpUrl(src.url) ? src.url : null],
    ['LA', src.language],
    ['AB', src.abstract],
    ...src.keywords.map((k): [string, string] => ['KW', k]),
  ];
  const out = lines
    .map(([tag, value]) => [tag, value ? clean(value) : ''] as const)
    .filter(([, value]) => value !== '')
    .map(([tag, value]) => `${tag}  - ${value}`);
  return `${[...out, 'ER  - '].join('\r\n')}\r\n`;
}
