import type { Locale } from '../../core/i18n/index.ts';
import type { Services } from '../../core/services.ts';
import { listInterestTerms } from '../accounts/repository.ts';
import { termOptions } from '../taxonomy/read.ts';
import { fieldsFor, visibleTo, type Viewer } from './privacy.ts';
import { organisationsWithMembers, searchDirectory } from './repository.ts';
import type { DirectoryQuery } from './schemas.ts';

/** Members per directory page. */
export const DIRECTORY_PAGE = 24;

/**
 * The directory as this viewer may see it: visitors the members listed publicly, signed-in
 * members those listed for members too; hidden members never. Each card shows only what the
 * member shows, and each filter only matches what they show.
 */
export async function memberDirectory(db: Services['db'], viewer: Viewer, q: DirectoryQuery) {
  const { rows, total } = await searchDirectory(
    db,
    visibleTo(viewer),
    {
      q: q.q || undefined,
      country: q.country,
      regionTermId: q.region,
      sector: q.sector || undefined,
      expertiseTermId: q.expertise,
      language: q.language,
      organisationId: q.organisation,
    },
    { limit: DIRECTORY_PAGE, offset: (q.page - 1) * DIRECTORY_PAGE },
  );
  return { rows: rows.map((m) => ({ ...m, fields: fieldsFor(viewer, m) })), total };
}

/** What the directory's filters offer. */
export async function directoryOptions(db: Services['db'], viewer: Viewer, locale: Locale) {
  const [regions, expertise, organisations] = await Promise.all([
    termOptions(db, 'region', locale),
    listInterestTerms(db, locale),
    organisationsWithMembers(db, visibleTo(viewer)),
  ]);
  return { regions: regions.map((r) => ({ id: r.id, label: r.label })), expertise, organisations };
}
