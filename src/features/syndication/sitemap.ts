import type { Services } from '../../core/services.ts';
import {
  type ListPart,
  listParts,
  listRows,
  type PublicList,
  publishedList,
} from '../content/public-repository.ts';
import { CONTENT_TYPES } from '../content/types.ts';
import { publicCommunityList, publicThreadList } from '../communities/repository.ts';
import { conceptList } from '../glossary/repository.ts';
import { organisationList } from '../organisations/repository.ts';
import { STATIC_PAGES } from '../pages/index.tsx';
import { sitemapIndexXml, urlsetXml } from './sitemap-xml.ts';
import { type Representation, representation, withGzip } from './http.ts';

/** URLs per sitemap part (the protocol allows 50,000 and 50 MB; 10,000 keep a part near 7 MB). */
export const SITEMAP_PART_SIZE = 10_000;

export const SITEMAP_CACHE_PREFIX = 'syndication:sitemap:';

/** The static pages change with a new version of the software, that is, a restart. */
const STARTED = new Date();

/** A set of public pages with its own parts: /sitemaps/{name}-{n}.xml. */
interface SitemapSource {
  name: string;
  list: PublicList;
  /** The page's path after /{locale}, from its key. */
  path: (key: string) => string;
}

const segments = (key: string) => key.split('/').map(encodeURIComponent).join('/');

/**
 * What the sitemap lists: every public content type of the registry, organisations, glossary
 * concepts, public communities and their threads. Never member profiles (people choose to be
 * found on the site; a sitemap would hand the whole directory to every crawler), nor anything
 * unpublished, private or hidden — each list asks its owner's rules.
 */
const SOURCES: SitemapSource[] = [
  ...Object.entries(CONTENT_TYPES).map(([type, def]) => ({
    name: def.path,
    list: publishedList(type),
    path: (key: string) => `/${def.path}/${segments(key)}`,
  })),
  { name: 'organisations', list: organisationList, path: (key) => `/organisations/${segments(key)}` },
  { name: 'glossary', list: conceptList, path: (key) => `/glossary/${segments(key)}` },
  { name: 'communities', list: publicCommunityList, path: (key) => `/communities/${segments(key)}` },
  { name: 'threads', list: publicThreadList, path: (key) => `/communities/${segments(key)}` },
];

/** The pages that are not records: home, the listings, indexes and the site's own pages. */
const STATIC_PATHS = [
  '/',
  ...Object.values(CONTENT_TYPES).map((d) => `/${d.path}`),
  '/events/past',
  '/webinars/past',
  '/communities',
  '/organisations',
  '/glossary',
  ...Object.keys(STATIC_PAGES).map((id) => `/${id}`),
];

/** Names are lower-case words and hyphens; the part number follows the last hyphen. */
const PART_FILE = /^([a-z]+(?:-[a-z]+)*)-([1-9]\d{0,5})\.xml$/;

const partsOf = (services: Services, source: SitemapSource): Promise<ListPart[]> =>
  services.cache.get(`${SITEMAP_CACHE_PREFIX}parts:${source.name}`, services.config.CACHE_TTL_MS, () =>
    listParts(services.db, source.list, SITEMAP_PART_SIZE),
  );

/** The newest date of a document, or — when some of it records none — the time it was built. */
function newest(dates: (Date | null)[]): Date {
  if (dates.length === 0 || dates.some((d) => d === null)) return new Date();
  return new Date(Math.max(...dates.map((d) => (d as Date).getTime())));
}

/** /sitemap.xml: the static part, then every part of every source that has pages. */
export function sitemapIndex(services: Services): Promise<Representation> {
  return services.cache.get(`${SITEMAP_CACHE_PREFIX}index`, services.config.CACHE_TTL_MS, async () => {
    const origin = services.config.publicUrl;
    const all = await Promise.all(SOURCES.map((s) => partsOf(services, s)));
    const parts = [
      { url: `${origin}/sitemaps/pages-1.xml`, lastmod: null },
      ...SOURCES.flatMap((s, i) =>
        (all[i] ?? []).map((p, n) => ({
          url: `${origin}/sitemaps/${s.name}-${n + 1}.xml`,
          lastmod: p.lastmod,
        })),
      ),
    ];
    return representation(sitemapIndexXml(parts), newest(all.flat().map((p) => p.lastmod)));
  });
}

/** One part by its file name ("library-2.xml"), or null when there is no such part. */
export async function sitemapPart(services: Services, file: string): Promise<Representation | null> {
  const m = PART_FILE.exec(file);
  if (!m) return null;
  const name = m[1] as string;
  const n = Number(m[2]);
  const origin = services.config.publicUrl;
  if (name === 'pages')
    return n === 1
      ? representation(
          urlsetXml(
            origin,
            STATIC_PATHS.map((path) => ({ path, lastmod: null })),
          ),
          STARTED,
        )
      : null;
  const source = SOURCES.find((s) => s.name === name);
  if (!source) return null;
  const parts = await partsOf(services, source);
  const part = parts[n - 1];
  // A source with no pages yet still answers its first part, empty.
  if (!part && !(n === 1 && parts.length === 0)) return null;
  return services.cache.get(
    `${SITEMAP_CACHE_PREFIX}part:${name}-${n}`,
    services.config.CACHE_TTL_MS,
    async () => {
      const rows = part
        ? await listRows(services.db, source.list, {
            from: part.from,
            to: parts[n]?.from ?? null,
            limit: SITEMAP_PART_SIZE,
          })
        : [];
      const pages = rows.map((r) => ({ path: source.path(r.key), lastmod: r.lastmod }));
      return withGzip(representation(urlsetXml(origin, pages), newest(rows.map((r) => r.lastmod))));
    },
  );
}
