import type { DbOrTx } from '../../core/db/client.ts';
import type { Locale } from '../../core/i18n/index.ts';
import { allOrganisations } from '../organisations/read.ts';
import { type TermOption, termOptions } from '../taxonomy/read.ts';

export interface ArticleFormOptions {
  topics: TermOption[];
  programmeAreas: TermOption[];
  organisations: { id: string; name: string; acronym: string | null }[];
}

/** The choices the news and blog forms offer, labelled in the reader's language. */
export async function articleFormOptions(db: DbOrTx, locale: Locale): Promise<ArticleFormOptions> {
  const [topics, programmeAreas, organisations] = await Promise.all([
    termOptions(db, 'topic', locale),
    termOptions(db, 'programme-area', locale),
    allOrganisations(db),
  ]);
  return { topics, programmeAreas, organisations };
}
