import { LOCALES } from '../../../core/i18n/index.ts';
import type { FormOptions } from './form-options.ts';
import { licenceCode } from '../../content/licences.ts';
import type { PublicationForEdit } from './repository.ts';
import type { FormValues } from './views/controls.tsx';

/** A stored publication as the values of the editor's form. */
export function formValuesOf(p: PublicationForEdit, options: FormOptions): FormValues {
  const { item, fields } = p;
  const original = p.translations.find((t) => t.locale === item.originalLocale) ?? p.translations[0];
  // Only terms the form offers (active ones) fill it; saving keeps the others (updatePublication).
  const ids = (terms: { id: number }[]) => {
    const set = new Set(terms.map((o) => o.id));
    return p.termIds.filter((id) => set.has(id)).map(String);
  };
  const values: FormValues = {
    title: original?.title ?? '',
    summary: original?.summary ?? '',
    body: original?.body ?? '',
    originalLocale: item.originalLocale,
    authors: (fields?.authors ?? []).join('\n'),
    organisations: p.organisationIds,
    year: fields?.year ? String(fields.year) : '',
    issuedOn: fields?.issuedOn ?? '',
    documentType: ids(options.documentTypes)[0] ?? '',
    programmeAreas: ids(options.programmeAreas),
    topics: ids(options.topics),
    populationGroups: ids(options.populationGroups),
    countries: p.countries,
    languages: fields?.languages ?? [],
    doi: fields?.doi ?? '',
    isbn: fields?.isbn ?? '',
    url: fields?.url ?? '',
    licence: licenceCode(item.licence) ?? item.licence ?? '',
    pageCount: fields?.pageCount ? String(fields.pageCount) : '',
  };
  // Versions in other languages are not edited here, and saving keeps them.
  for (const l of LOCALES) {
    const t = p.translations.find((x) => x.locale === l && l !== item.originalLocale);
    if (!t) continue;
    values[`title_${l}`] = t.title;
    values[`summary_${l}`] = t.summary ?? '';
    values[`body_${l}`] = t.body ?? '';
    values[`provenance_${l}`] = t.provenance === 'machine' ? 'machine' : 'human';
  }
  return values;
}

const clip = (s: string) => s.slice(0, 60_000);

/** What was posted, to show again in a refused form: strings only, clipped, no token. */
export function echo(body: unknown): FormValues {
  if (!body || typeof body !== 'object') return {};
  const out: FormValues = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '_csrf') continue;
    if (typeof value === 'string') out[key] = clip(value);
    else if (Array.isArray(value))
      out[key] = value
        .filter((v): v is string => typeof v === 'string')
        .slice(0, 300)
        .map((v) => v.slice(0, 100));
  }
  return out;
}
