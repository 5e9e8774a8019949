import { z } from 'zod';
import type { EventFilters } from './repository.ts';
import { EVENT_KINDS } from './tables.ts';

const slug = z
  .string()
  .regex(/^[a-z0-9-]{1,80}$/)
  .optional()
  .catch(undefined);

/** The filters of every event view and feed, from the query string; nonsense is ignored, not refused. */
export const filterQuery = z.object({
  region: slug,
  theme: slug,
  kind: z.enum(EVENT_KINDS).optional().catch(undefined),
  online: z
    .string()
    .optional()
    .transform((v) => v === '1' || v === 'on')
    .catch(false),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
});

export function filtersOf(q: z.output<typeof filterQuery>): EventFilters {
  return { region: q.region, theme: q.theme, kind: q.kind, online: q.online || undefined };
}

/** The filters as a query string ("" when none), for links that keep them. */
export function filterSearch(f: EventFilters, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  if (f.region) p.set('region', f.region);
  if (f.theme) p.set('theme', f.theme);
  if (f.kind) p.set('kind', f.kind);
  if (f.online) p.set('online', '1');
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}
