/** Longest slug made from a title (a suffix may follow). */
export const SLUG_MAX = 80;

/**
 * An ASCII slug from a title: accents dropped, lower case, words joined by hyphens, cut at a
 * word boundary. Titles with no Latin letters or digits give "" (the caller falls back).
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= SLUG_MAX) return slug;
  const cut = slug.slice(0, SLUG_MAX);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 40 ? cut.slice(0, boundary) : cut).replace(/-+$/, '');
}

/** Paths under /{locale}/library that are pages, not publications: never used as slugs. */
export const RESERVED_SLUGS = new Set(['submit', 'submissions', 'search', 'feed', 'new']);

/** base, base-2, base-3 … skipping reserved and taken slugs. */
export function nextSlug(base: string, taken: ReadonlySet<string>): string {
  const root = base || 'publication';
  if (!taken.has(root) && !RESERVED_SLUGS.has(root)) return root;
  for (let n = 2; ; n++) {
    const candidate = `${root}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
