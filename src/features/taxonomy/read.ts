import type { DbOrTx } from '../../core/db/client.ts';
import type { Locale } from '../../core/i18n/index.ts';
import { type TermRow, termsByIds, termsBySlugs, termsOfVocabulary } from './repository.ts';

export interface TermOption {
  id: number;
  slug: string;
  label: string;
  /** 0 for top-level terms, 1 for their children … */
  depth: number;
  parentId: number | null;
}

interface TreeInput {
  id: number;
  parentId: number | null;
  position: number;
  label: string;
}

/**
 * Orders terms as a tree walk: each term followed by its children, siblings by position then by
 * label in the reader's alphabet. A term whose parent is not in the list shows at the top level.
 */
export function treeOrder<T extends TreeInput>(terms: T[], locale: string): (T & { depth: number })[] {
  const collator = new Intl.Collator(locale);
  const present = new Set(terms.map((t) => t.id));
  const children = new Map<number | null, T[]>();
  for (const t of terms) {
    const parent = t.parentId !== null && present.has(t.parentId) ? t.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), t]);
  }
  for (const list of children.values())
    list.sort((a, b) => a.position - b.position || collator.compare(a.label, b.label) || a.id - b.id);
  const out: (T & { depth: number })[] = [];
  const seen = new Set<number>();
  const walk = (parent: number | null, depth: number) => {
    for (const t of children.get(parent) ?? []) {
      if (seen.has(t.id)) continue;
      seen.add(t.id);
      out.push({ ...t, depth });
      walk(t.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** Active terms of a vocabulary for pickers and facets: labels in the reader's language (English as fallback), tree order. */
export async function termOptions(db: DbOrTx, vocabularyId: string, locale: Locale): Promise<TermOption[]> {
  const rows = await termsOfVocabulary(db, vocabularyId, locale, { activeOnly: true });
  return treeOrder(rows, locale).map((r) => ({
    id: r.id,
    slug: r.slug,
    label: r.label,
    depth: r.depth,
    parentId: r.parentId,
  }));
}

export interface TermRef {
  id: number;
  slug: string;
  vocabularyId: string;
  status: TermRow['status'];
}

/**
 * Terms of a vocabulary by slug, with merged terms resolved to the term they were merged into:
 * old links and imported data keep working after editors merge. Unknown slugs are absent.
 */
export async function termsBySlug(
  db: DbOrTx,
  vocabularyId: string,
  slugs: string[],
): Promise<Map<string, TermRef>> {
  const rows = await termsBySlugs(db, vocabularyId, [...new Set(slugs)]);
  const targets = new Map(
    (
      await termsByIds(
        db,
        rows.flatMap((r) => (r.mergedIntoId ? [r.mergedIntoId] : [])),
      )
    ).map((t) => [t.id, t]),
  );
  const out = new Map<string, TermRef>();
  for (const r of rows) {
    const t = (r.mergedIntoId && targets.get(r.mergedIntoId)) || r;
    out.set(r.slug, { id: t.id, slug: t.slug, vocabularyId: t.vocabularyId, status: t.status });
  }
  return out;
}

/** Replaces merged term ids by their targets (for links stored before a merge). */
export async function resolveTermIds(db: DbOrTx, ids: number[]): Promise<number[]> {
  const rows = await termsByIds(db, [...new Set(ids)]);
  const resolved = new Map(rows.map((r) => [r.id, r.mergedIntoId ?? r.id]));
  return [...new Set(ids.filter((id) => resolved.has(id)).map((id) => resolved.get(id)!))];
}

export { termIdsWithAncestors } from './repository.ts';
export { countriesWithGroups, listVocabularies } from './repository.ts';
