import type { DbOrTx } from '../../../core/db/client.ts';
import { countryOptions } from '../../taxonomy/countries.ts';
import { type TermOption, termOptions, VOCABULARIES } from '../../taxonomy/index.tsx';
import { countryGroups } from '../../taxonomy/repository.ts';

/**
 * OAI-PMH sets: three top-level sets, one per classification axis, with one subset per active
 * term — `type:{document type}`, `theme:{programme area}`, `region:{region}`. setSpecs use the
 * term's slug alone (not its path in the tree), so they stay the same when editors move a
 * term; the tree is applied when selecting instead: `theme:cash-transfers` also holds items
 * classified under "conditional cash transfers". An item is in a region when it is classified
 * with the region or with a country of that region.
 */
export const SET_AXES = [
  { spec: 'type', vocabularyId: 'document-type' },
  { spec: 'theme', vocabularyId: 'programme-area' },
  { spec: 'region', vocabularyId: 'region' },
] as const;
type Axis = (typeof SET_AXES)[number]['spec'];

export interface OaiSet {
  spec: string;
  name: string;
}

/** What a set selects: items classified with one of `termIds`, or with one of `countries`. */
export interface SetSelection {
  termIds: number[];
  countries: string[];
}

export interface SetStructure {
  /** Every set in ListSets order: each axis, then its terms in tree order. */
  sets: OaiSet[];
  /** The selection a setSpec stands for; undefined for a set that does not exist. */
  select(spec: string): SetSelection | undefined;
  /** The setSpecs of an item with these terms and countries (sorted). */
  specsOf(termIds: number[], countries: string[]): string[];
}

/** The sets as the taxonomy defines them now (active terms; names in English, the original labels). */
export async function loadSets(db: DbOrTx): Promise<SetStructure> {
  const byAxis = new Map<Axis, TermOption[]>();
  for (const axis of SET_AXES) byAxis.set(axis.spec, await termOptions(db, axis.vocabularyId, 'en'));
  // Each country's region, read once here rather than joined in every page of a harvest.
  const regionOf = new Map<string, number>();
  for (const c of await countryGroups(
    db,
    countryOptions('en').map((o) => o.code),
  ))
    if (c.regionTermId !== null) regionOf.set(c.iso2, c.regionTermId);
  const countriesOf = (regionIds: number[]) =>
    [...regionOf].filter(([, region]) => regionIds.includes(region)).map(([iso2]) => iso2);
  const sets: OaiSet[] = [];
  const selections = new Map<string, SetSelection>();
  const specOfTerm = new Map<number, { axis: Axis; slug: string; parentId: number | null }>();
  for (const axis of SET_AXES) {
    const terms = byAxis.get(axis.spec) ?? [];
    if (terms.length === 0) continue;
    const vocabulary = VOCABULARIES.find((v) => v.id === axis.vocabularyId);
    sets.push({ spec: axis.spec, name: vocabulary?.labels.en ?? axis.vocabularyId });
    const all = terms.map((t) => t.id);
    selections.set(axis.spec, { termIds: all, countries: axis.spec === 'region' ? countriesOf(all) : [] });
    const children = new Map<number, number[]>();
    for (const t of terms)
      if (t.parentId !== null) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t.id]);
    for (const t of terms) {
      specOfTerm.set(t.id, { axis: axis.spec, slug: t.slug, parentId: t.parentId });
      sets.push({ spec: `${axis.spec}:${t.slug}`, name: t.label });
      const subtree = descendants(children, t.id);
      selections.set(`${axis.spec}:${t.slug}`, {
        termIds: subtree,
        countries: axis.spec === 'region' ? countriesOf(subtree) : [],
      });
    }
  }
  return {
    sets,
    select: (spec) => selections.get(spec),
    specsOf(termIds, countries) {
      const out = new Set<string>();
      const regions = countries.flatMap((c) => regionOf.get(c) ?? []);
      for (const id of [...termIds, ...regions]) {
        // A term's set and, in the tree, every set above it.
        for (let t = specOfTerm.get(id); t; t = t.parentId === null ? undefined : specOfTerm.get(t.parentId))
          out.add(`${t.axis}:${t.slug}`);
      }
      return [...out].sort();
    },
  };
}

/** The term and every term below it. */
function descendants(children: Map<number, number[]>, rootId: number): number[] {
  const out = [rootId];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]!) ?? []));
  return out;
}
