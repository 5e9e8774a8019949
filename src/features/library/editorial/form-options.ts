import type { DbOrTx } from '../../../core/db/client.ts';
import type { Locale } from '../../../core/i18n/index.ts';
import { type TermOption, termOptions } from '../../taxonomy/index.tsx';
import { allOrganisations } from '../../organisations/read.ts';

export interface FormOptions {
  documentTypes: TermOption[];
  programmeAreas: TermOption[];
  topics: TermOption[];
  populationGroups: TermOption[];
  organisations: { id: string; name: string; acronym: string | null }[];
}

/** The choices a publication form offers, labelled in the reader's language. */
export async function formOptions(db: DbOrTx, locale: Locale): Promise<FormOptions> {
  const [documentTypes, programmeAreas, topics, populationGroups, organisations] = await Promise.all([
    termOptions(db, 'document-type', locale),
    termOptions(db, 'programme-area', locale),
    termOptions(db, 'topic', locale),
    termOptions(db, 'population-group', locale),
    allOrganisations(db),
  ]);
  return { documentTypes, programmeAreas, topics, populationGroups, organisations };
}
