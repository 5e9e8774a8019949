import type { FacetGroup } from '../../core/search/engine.ts';
import type { Locale } from '../../core/i18n/index.ts';
import { languageName } from '../../core/i18n/index.ts';
import { isLanguageCode } from '../../core/i18n/languages.ts';
import type { Services } from '../../core/services.ts';
import { allOrganisations } from '../organisations/read.ts';
import { countryName, isCountryCode } from '../taxonomy/countries.ts';
import { type TermOption, termOptions } from '../taxonomy/read.ts';
import { type FacetId, type SearchParams, TERM_FACETS, type TermFacet } from './params.ts';

/** Terms of every facet vocabulary in the reader's language, read once per cache period. */
export function facetTerms(services: Pick<Services, 'db' | 'cache' | 'config'>, locale: Locale) {
  return services.cache.get(`search:terms:${locale}`, services.config.CACHE_TTL_MS, async () => {
    const lists = await Promise.all(TERM_FACETS.map((v) => termOptions(services.db, v, locale)));
    return new Map<TermFacet, TermOption[]>(TERM_FACETS.map((v, i) => [v, lists[i] ?? []]));
  });
}

/** Organisations by id and by slug, read once per cache period (facet labels and URL values). */
function facetOrganisations(services: Pick<Services, 'db' | 'cache' | 'config'>) {
  return services.cache.get('search:organisations', services.config.CACHE_TTL_MS, async () => {
    const all = await allOrganisations(services.db);
    return { byId: new Map(all.map((o) => [o.id, o])), bySlug: new Map(all.map((o) => [o.slug, o])) };
  });
}

export interface ResolvedFilters {
  groups: (FacetGroup & { id: FacetId })[];
  /** Values in the URL that match nothing: ignored, and the page says so. */
  ignored: { facet: FacetId; value: string }[];
}

/** Turns the URL's facet values into the ids the index holds; unknown values are set aside. */
export async function resolveFilters(
  services: Pick<Services, 'db' | 'cache' | 'config'>,
  params: SearchParams,
  locale: Locale,
  kinds: string[],
  withTypeFacet: boolean,
): Promise<ResolvedFilters> {
  const terms = await facetTerms(services, locale);
  const ignored: ResolvedFilters['ignored'] = [];
  const groups: ResolvedFilters['groups'] = [];
  if (withTypeFacet) {
    const selected = params.type.filter((k) => kinds.includes(k));
    for (const v of params.type) if (!kinds.includes(v)) ignored.push({ facet: 'type', value: v });
    groups.push({ id: 'type', column: 'kind', selected });
  }
  for (const vocab of TERM_FACETS) {
    const options = terms.get(vocab) ?? [];
    const bySlug = new Map(options.map((o) => [o.slug, o.id]));
    const selected: string[] = [];
    for (const slug of params[vocab]) {
      const id = bySlug.get(slug);
      if (id === undefined) ignored.push({ facet: vocab, value: slug });
      else selected.push(String(id));
    }
    groups.push({ id: vocab, column: 'term_ids', selected, universe: options.map((o) => String(o.id)) });
  }
  const countries = params.country.map((c) => c.toUpperCase());
  groups.push({ id: 'country', column: 'countries', selected: countries.filter(isCountryCode) });
  for (const c of countries) if (!isCountryCode(c)) ignored.push({ facet: 'country', value: c });
  const languages = params.language.map((l) => l.toLowerCase());
  groups.push({
    id: 'language',
    column: 'languages',
    selected: languages.filter(isLanguageCode),
  });
  for (const l of languages) if (!isLanguageCode(l)) ignored.push({ facet: 'language', value: l });
  const { bySlug } = await facetOrganisations(services);
  const orgIds = new Map(
    params.organisation.flatMap((s) => {
      const o = bySlug.get(s);
      return o ? [[s, o.id] as const] : [];
    }),
  );
  for (const s of params.organisation) if (!orgIds.has(s)) ignored.push({ facet: 'organisation', value: s });
  groups.push({ id: 'organisation', column: 'organisation_ids', selected: [...orgIds.values()] });
  return { groups, ignored };
}

const collators = new Map<string, Intl.Collator>();
/** Building a collator costs more than sorting a facet: one per locale, kept. */
function collatorFor(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale);
    collators.set(locale, c);
  }
  return c;
}

export interface FacetValueView {
  /** The value as it appears in the URL (slug, ISO code, kind). */
  param: string;
  label: string;
  count: number;
  selected: boolean;
  lang?: string;
}

export interface FacetView {
  id: FacetId;
  values: FacetValueView[];
}

/** Facet values with labels in the reader's language, most frequent first; selected ones always shown. */
export async function facetViews(
  services: Pick<Services, 'db' | 'cache' | 'config'>,
  locale: Locale,
  groups: ResolvedFilters['groups'],
  counts: Map<string, Map<string, number>>,
  kindLabel: (kind: string) => string,
): Promise<FacetView[]> {
  const terms = await facetTerms(services, locale);
  const orgs = (await facetOrganisations(services)).byId;
  return groups.map((g) => {
    const c = counts.get(g.id) ?? new Map<string, number>();
    const ids = [...new Set([...c.keys(), ...g.selected])];
    const values: FacetValueView[] = [];
    for (const id of ids) {
      const count = c.get(id) ?? 0;
      const selected = g.selected.includes(id);
      let param = id;
      let label = id;
      let lang: string | undefined;
      if (g.column === 'term_ids') {
        const term = terms.get(g.id as TermFacet)?.find((o) => String(o.id) === id);
        if (!term) continue;
        param = term.slug;
        label = term.label;
      } else if (g.id === 'country') {
        label = countryName(id, locale);
      } else if (g.id === 'language') {
        label = languageName(id, locale);
      } else if (g.id === 'organisation') {
        const org = orgs.get(id);
        if (!org) continue;
        param = org.slug;
        label = org.acronym ? `${org.name} (${org.acronym})` : org.name;
      } else if (g.id === 'type') {
        label = kindLabel(id);
      }
      if (count > 0 || selected) values.push({ param, label, count, selected, lang });
    }
    values.sort((a, b) => b.count - a.count || collatorFor(locale).compare(a.label, b.label));
    return { id: g.id, values };
  });
}
