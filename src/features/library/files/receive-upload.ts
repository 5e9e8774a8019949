import type { Readable } from 'node:stream';
import type { MultipartFile } from '@fastify/multipart';
import { AppError } from '../../../core/errors.ts';
import type { Services } from '../../../core/services.ts';
import { FileTooLargeError, type StoredFile } from '../../../core/storage/index.ts';
import { cleanFilename } from './filename.ts';
import { confirmFormat, type FileRole, HEAD_BYTES, type HeadVerdict, sniffHead } from './sniff.ts';

/** An uploaded file, in storage, checked, not yet attached to anything. */
export interface StoredUpload {
  role: FileRole;
  storageKey: string;
  /** Cleaned display name, with the extension of its real format; never used as a path. */
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
}

type UploadServices = Pick<Services, 'storage' | 'config'>;

export const tooLarge = (maxBytes: number) =>
  new AppError('file_too_large', 413, 'libraryFiles.error.tooLarge', 'file', {
    max: Math.floor(maxBytes / 1_048_576) || 1,
  });

/**
 * Streams one uploaded file into storage — never holding it whole in memory — and checks it:
 * its type from its first bytes (refused before anything is written), its size against
 * UPLOAD_MAX_BYTES (refused as soon as it goes over, the partial file removed). A client that
 * goes away mid-upload leaves nothing behind. Errors name the field `file`.
 */
export async function receiveUpload(
  services: UploadServices,
  part: MultipartFile | null | undefined,
  opts: { role: FileRole; optional?: false },
): Promise<StoredUpload>;
/** With `optional`: null when no file was chosen. */
export async function receiveUpload(
  services: UploadServices,
  part: MultipartFile | null | undefined,
  opts: { role: FileRole; optional: true },
): Promise<StoredUpload | null>;
export async function receiveUpload(
  services: UploadServices,
  part: MultipartFile | null | undefined,
  opts: { role: FileRole; optional?: boolean },
): Promise<StoredUpload | null> {
  if (!part?.filename) {
    // Browsers send an empty, nameless part when no file was chosen.
    part?.file.resume();
    if (opts.optional) return null;
    throw new AppError('required', 400, 'libraryFiles.error.required', 'file');
  }
  const source = part.file;
  const onLimit = () => source.destroy(new FileTooLargeError('over UPLOAD_MAX_BYTES'));
  source.once('limit', onLimit);
  try {
    return await storeUpload(services, source, { role: opts.role, filename: part.filename });
  } catch (err) {
    if (err instanceof AppError) throw err;
    // The client went away or sent a broken body: nothing was kept.
    if (source.errored || String((err as { code?: unknown }).code ?? '').startsWith('FST_'))
      throw new AppError('upload_incomplete', 400, 'libraryFiles.error.incomplete', 'file');
    throw err;
  } finally {
    source.off('limit', onLimit);
  }
}

/**
 * The checks of receiveUpload for bytes from anywhere (an import, the demo seed): sniffed,
 * capped, stored under a generated key, the name cleaned.
 */
export async function storeUpload(
  services: UploadServices,
  source: Readable | Buffer,
  opts: { role: FileRole; filename: string },
): Promise<StoredUpload> {
  const { storage, config } = services;
  const truncated = () => !Buffer.isBuffer(source) && (source as { truncated?: boolean }).truncated === true;
  let verdict: HeadVerdict | null = null;
  let stored: StoredFile;
  try {
    stored = await storage.put(source, {
      maxBytes: config.UPLOAD_MAX_BYTES,
      headBytes: HEAD_BYTES,
      inspect: async (head) => {
        verdict = await sniffHead(head, opts.role);
      },
    });
  } catch (err) {
    if (err instanceof FileTooLargeError || truncated()) throw tooLarge(config.UPLOAD_MAX_BYTES);
    throw err;
  }
  try {
    // A stream cut at the limit by the multipart parser ends "normally": it is still too large.
    if (truncated()) throw tooLarge(config.UPLOAD_MAX_BYTES);
    const format = await confirmFormat(storage, stored.key, verdict!);
    return {
      role: opts.role,
      storageKey: stored.key,
      filename: cleanFilename(opts.filename, format.ext, opts.role),
      mediaType: format.mediaType,
      size: stored.size,
      sha256: stored.sha256,
    };
  } catch (err) {
    await storage.remove(stored.key);
    throw err;
  }
}

/** Removes an upload that will not be attached (the form failed after the upload). */
export async function discardUpload(
  services: Pick<Services, 'storage'>,
  stored: StoredUpload,
): Promise<void> {
  await services.storage.remove(stored.storageKey);
}
