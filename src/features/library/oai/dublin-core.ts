import { translator } from '../../../core/i18n/index.ts';
import { licenceDeedUrl, licenceLabel } from '../../content/licences.ts';
import { itemPath } from '../../content/types.ts';
import { countryName } from '../../taxonomy/countries.ts';
import { normaliseDoi } from '../detail/citation.ts';
import type { RecordMetadataRow } from './repository.ts';

/** One unqualified Dublin Core element: name without prefix, value, language of the value. */
export interface DcElement {
  name: DcName;
  value: string;
  lang?: string;
}

type DcName =
  | 'title'
  | 'creator'
  | 'subject'
  | 'description'
  | 'publisher'
  | 'contributor'
  | 'date'
  | 'type'
  | 'format'
  | 'identifier'
  | 'source'
  | 'language'
  | 'relation'
  | 'coverage'
  | 'rights';

/** Vocabularies that become dc:subject (document types are dc:type, regions dc:coverage). */
const SUBJECT_VOCABULARIES = new Set(['programme-area', 'topic', 'population-group']);

export interface RecordTerm {
  vocabularyId: string;
  label: string;
}

const en = translator('en');

/**
 * A publication as oai_dc, in the schema's element order. Titles and summaries in every
 * language the item has, each marked with xml:lang (the original first); classification labels
 * in English, the taxonomy's original language.
 */
export function dublinCore(
  row: RecordMetadataRow,
  terms: RecordTerm[],
  organisations: string[],
  publicUrl: string,
): DcElement[] {
  const out: DcElement[] = [];
  const add = (name: DcName, value: string | null | undefined, lang?: string) => {
    const v = value?.trim();
    if (v) out.push(lang ? { name, value: v, lang } : { name, value: v });
  };
  for (const t of row.translations) add('title', t.title, t.locale);
  for (const a of row.authors ?? []) add('creator', a);
  for (const t of terms) if (SUBJECT_VOCABULARIES.has(t.vocabularyId)) add('subject', t.label, 'en');
  for (const t of row.translations) add('description', t.summary, t.locale);
  for (const o of organisations) add('publisher', o);
  add('date', row.issuedOn ?? (row.year ? String(row.year) : row.publishedAt));
  for (const t of terms) if (t.vocabularyId === 'document-type') add('type', t.label, 'en');
  add('type', 'Text');
  for (const f of row.formats) add('format', f);
  add('identifier', `${publicUrl}${itemPath('en', 'publication', row.slug)}`);
  const doi = normaliseDoi(row.doi);
  if (doi) add('identifier', `https://doi.org/${doi}`);
  if (row.isbn) add('identifier', `urn:isbn:${row.isbn.replace(/[^0-9Xx]/g, '')}`);
  const languages = row.languages?.length ? row.languages : [row.originalLocale];
  for (const l of languages) add('language', l);
  if (row.url && /^https?:\/\/\S+$/i.test(row.url)) add('relation', row.url);
  for (const c of row.countries) add('coverage', countryName(c, 'en'));
  for (const t of terms) if (t.vocabularyId === 'region') add('coverage', t.label, 'en');
  if (row.licence) {
    add('rights', licenceLabel(en, row.licence));
    add('rights', licenceDeedUrl(row.licence));
  } else add('rights', 'No licence stated');
  return out;
}
