import type { Services } from '../../../core/services.ts';
import { reindexPublication } from '../search/reindex.ts';
import { type ExtractOptions, extractPdfText, type PdfText, PdfTextError } from './pdf-text.ts';
import { fileById, fillPageCount, finishExtraction, saveFileText } from './repository.ts';

export const EXTRACT_TEXT_JOB = 'library.extract-text';

/**
 * The outbox's guarantee for extraction: the job is sent right after the commit that adds a
 * file, but a crash in between would leave the file pending for ever; the 'publication.fileAdded'
 * event, recorded in that commit, sends it again while the file is still pending (the job is
 * idempotent).
 */
export function extractAfterFileAdded({ db, events, jobs }: Pick<Services, 'db' | 'events' | 'jobs'>) {
  events.subscribe('publication.fileAdded', 'library.extract-after-file', async (event) => {
    const { fileId } = event.payload as { fileId?: unknown };
    if (typeof fileId !== 'string') return;
    const file = await fileById(db, fileId);
    if (file?.textStatus === 'pending') await jobs.send(EXTRACT_TEXT_JOB, { fileId });
  });
}

type ExtractServices = Pick<Services, 'db' | 'storage' | 'logger'>;

/**
 * The job 'library.extract-text': reads a pending PDF's text and page count, stores the text,
 * sets the page count (and the publication's, when it has none) and reindexes the publication,
 * in one transaction. Idempotent: a file that is gone or no longer pending is left alone. A
 * file that cannot be read is marked 'failed' with the reason — the publication stays
 * publishable and the job succeeds, so the worker goes on with the next one.
 */
export async function extractFileText(
  services: ExtractServices,
  fileId: string,
  opts: ExtractOptions = {},
): Promise<'extracted' | 'failed' | 'skipped'> {
  const { db, storage, logger } = services;
  const file = await fileById(db, fileId);
  if (file?.textStatus !== 'pending') return 'skipped';
  let result: PdfText;
  try {
    result = await extractPdfText(await readAll(storage, file.storageKey), opts);
  } catch (err) {
    const reason = err instanceof PdfTextError ? err.reason : isMissing(err) ? 'missing' : null;
    if (!reason) throw err;
    logger.warn({ fileId, reason, detail: (err as Error).message }, 'PDF text extraction failed');
    await finishExtraction(db, fileId, { status: 'failed', error: reason });
    return 'failed';
  }
  const done = await db.transaction(async (tx) => {
    const row = await finishExtraction(tx, fileId, { status: 'extracted', pageCount: result.pages });
    if (!row) return false;
    await saveFileText(tx, fileId, result.text);
    if (row.role === 'document' && result.pages > 0) await fillPageCount(tx, row.itemId, result.pages);
    await reindexPublication(tx, row.itemId);
    return true;
  });
  return done ? 'extracted' : 'skipped';
}

async function readAll(storage: ExtractServices['storage'], key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of storage.read(key)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const isMissing = (err: unknown) => (err as { code?: string }).code === 'ENOENT';
