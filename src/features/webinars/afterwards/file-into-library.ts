import { AppError, notFound } from '../../../core/errors.ts';
import type { SessionUser } from '../../../core/http/context.ts';
import { LOCALES } from '../../../core/i18n/index.ts';
import type { Services } from '../../../core/services.ts';
import { transition } from '../../editorial/workflow/transition.ts';
import { createPublication } from '../../library/editorial/create-publication.ts';
import type { PublicationInput } from '../../library/editorial/schemas.ts';
import { addPublicationFile } from '../../library/files/add-publication-file.ts';
import { storeUpload } from '../../library/files/receive-upload.ts';
import { termsBySlug } from '../../taxonomy/index.tsx';
import {
  deleteContentItem,
  filesOf,
  findWebinar,
  linkPublication,
  organisationIdsOf,
  peopleOf,
  webinarTexts,
} from '../repository.ts';
import { WEBINAR_CACHE_PREFIX } from '../schedule/save-webinar.ts';

type FilingServices = Parameters<typeof transition>[0] &
  Pick<Services, 'db' | 'storage' | 'config' | 'jobs' | 'logger' | 'cache'>;

/**
 * One action after the webinar: its slides and summary become a library publication
 * (document type "presentation", speakers as authors, the co-organisers, the recording as its
 * link), published, and linked from the webinar's page. The files are copied, so each side can
 * later remove its own. Filing twice is refused.
 */
export async function fileIntoLibrary(services: FilingServices, editor: SessionUser, webinarId: string) {
  const w = await findWebinar(services.db, webinarId);
  if (!w) throw notFound();
  if (w.webinar.publicationId) throw new AppError('already_filed', 409, 'webinars.error.alreadyFiled');
  const files = await filesOf(services.db, webinarId);
  const original = await webinarTexts(services.db, webinarId, w.originalLocale);
  if (files.length === 0 && !original.summary)
    throw new AppError('nothing_to_file', 409, 'webinars.error.nothingToFile', 'summary');
  const presentation = (await termsBySlug(services.db, 'document-type', ['presentation'])).get(
    'presentation',
  );
  if (!presentation) throw new Error('document type "presentation" is missing from the taxonomy');
  const translations = [];
  for (const locale of LOCALES) {
    if (locale === w.originalLocale) continue;
    const t = await webinarTexts(services.db, webinarId, locale);
    const summary = t.summary ?? t.body;
    // The library asks for a summary in every language version it holds.
    if (t.title && t.title !== original.title && summary)
      translations.push({ locale, title: t.title, summary, provenance: 'human' as const });
  }
  const speakers = (await peopleOf(services.db, [webinarId])).map((p) => p.name);
  const input: PublicationInput = {
    original: {
      locale: w.originalLocale,
      title: original.title,
      summary: original.summary ?? original.body ?? undefined,
      body: original.summary ? (original.body ?? undefined) : undefined,
      provenance: 'original',
    },
    translations,
    authors: speakers.length ? speakers : ['SP Gateway'],
    organisationIds: await organisationIdsOf(services.db, webinarId),
    year: w.webinar.startsAt.getUTCFullYear(),
    issuedOn: w.webinar.startsAt.toISOString().slice(0, 10),
    documentType: presentation.id,
    programmeAreas: [],
    topics: [],
    populationGroups: [],
    countries: [],
    languages: w.webinar.spokenLanguages.length ? w.webinar.spokenLanguages : [w.originalLocale],
    url: w.webinar.recordingUrl ?? `${services.config.publicUrl}/${w.originalLocale}/webinars/${w.slug}`,
    licence: 'cc-by-4.0',
  };
  const { id, slug } = await createPublication(services.db, editor.id, input);
  for (const file of files) {
    const copy = await storeUpload(services, services.storage.read(file.storageKey), {
      role: 'document',
      filename: file.filename,
    });
    await addPublicationFile(services, id, copy, undefined, { id: editor.id, name: editor.name });
  }
  // Linked only if no other filing (a double click) got there first; the loser's copy goes.
  const linked = await services.db.transaction((tx) => linkPublication(tx, webinarId, id));
  if (!linked) {
    await services.db.transaction((tx) => deleteContentItem(tx, id));
    throw new AppError('already_filed', 409, 'webinars.error.alreadyFiled');
  }
  await transition(services, { id: editor.id, name: editor.name, role: editor.role }, id, 'publish');
  services.cache.invalidate(WEBINAR_CACHE_PREFIX);
  return { id, slug };
}
