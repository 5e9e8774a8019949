import type { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { AppError } from '../../../core/errors.ts';
import type { Storage } from '../../../core/storage/index.ts';
import type { ImageVariant } from '../../content/tables.ts';

/** Widths of the responsive variants; an image is never enlarged to reach one. */
export const IMAGE_WIDTHS = [480, 960, 1440] as const;
/** Largest image accepted. */
export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;
/** Largest picture decoded (pixels): a small file cannot claim a huge canvas (decompression bomb). */
const MAX_PIXELS = 64_000_000;
const ACCEPTED = new Set(['jpg', 'png', 'webp']);

export const imageTooLarge = (maxBytes: number) =>
  new AppError('file_too_large', 413, 'articles.error.imageTooLarge', 'file', {
    max: Math.floor(maxBytes / 1_048_576) || 1,
  });
const unsupported = () => new AppError('unsupported_type', 415, 'articles.error.imageType', 'file');

/** Reads an uploaded image into memory, refusing it as soon as it goes over `maxBytes`. */
export async function readImage(source: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      source.destroy();
      throw imageTooLarge(maxBytes);
    }
    chunks.push(chunk as Buffer);
  }
  if ((source as { truncated?: boolean }).truncated) throw imageTooLarge(maxBytes);
  return Buffer.concat(chunks);
}

export interface ProcessedImage {
  width: number;
  height: number;
  variants: ImageVariant[];
}

/**
 * Checks an image from its bytes (JPEG, PNG or WebP only), then re-encodes it as WebP at each
 * width of IMAGE_WIDTHS it reaches (and at its own width when that is smaller than the
 * largest), turned upright by its EXIF orientation. Re-encoding keeps no metadata: EXIF, GPS
 * position, camera details and colour profiles are gone from every stored copy. Each variant
 * is stored under a generated key; if anything fails, what was stored is removed.
 */
export async function processImage(storage: Storage, bytes: Buffer): Promise<ProcessedImage> {
  const { width, height } = await inspectImage(bytes);
  const widths = [...new Set([...IMAGE_WIDTHS.filter((w) => w <= width), Math.min(width, IMAGE_WIDTHS[2])])]
    .filter((w) => w > 0)
    .sort((a, b) => a - b);
  const variants: ImageVariant[] = [];
  try {
    for (const w of widths) {
      const { data, info } = await sharp(bytes, { limitInputPixels: MAX_PIXELS })
        .rotate()
        .resize({ width: w, withoutEnlargement: true })
        .webp({ quality: 78 })
        .toBuffer({ resolveWithObject: true });
      const stored = await storage.put(data, { extension: 'webp' });
      variants.push({ width: info.width, height: info.height, key: stored.key, mediaType: 'image/webp' });
    }
  } catch (err) {
    await removeVariants(storage, variants);
    if (err instanceof AppError) throw err;
    throw new AppError('unreadable_image', 415, 'articles.error.imageUnreadable', 'file');
  }
  return { width, height, variants };
}

/**
 * Checks an image from its bytes (JPEG, PNG or WebP only, not empty, not a decompression bomb)
 * and gives its upright size. Errors name the field `file`.
 */
export async function inspectImage(bytes: Buffer): Promise<{ width: number; height: number }> {
  if (bytes.length === 0) throw new AppError('empty_file', 400, 'articles.error.imageEmpty', 'file');
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !ACCEPTED.has(type.ext)) throw unsupported();
  try {
    const meta = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
    if (!meta.width || !meta.height) throw unsupported();
    // Orientations 5–8 turn the picture by a quarter: width and height swap once upright.
    const turned = (meta.orientation ?? 1) >= 5;
    return { width: turned ? meta.height : meta.width, height: turned ? meta.width : meta.height };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('unreadable_image', 415, 'articles.error.imageUnreadable', 'file');
  }
}

/**
 * One picture at a fixed size (a member's photo, cropped square; an organisation's logo, fitted
 * inside a box): checked like any image, turned upright, re-encoded as WebP — keeping no
 * metadata (EXIF, GPS) — and stored. Returns the storage key.
 */
export async function fittedImage(
  storage: Storage,
  bytes: Buffer,
  box: { width: number; height: number; fit: 'cover' | 'inside' },
): Promise<string> {
  await inspectImage(bytes);
  let data: Buffer;
  try {
    data = await sharp(bytes, { limitInputPixels: MAX_PIXELS })
      .rotate()
      .resize({ ...box, withoutEnlargement: box.fit === 'inside' })
      .webp({ quality: 80 })
      .toBuffer();
  } catch {
    throw new AppError('unreadable_image', 415, 'articles.error.imageUnreadable', 'file');
  }
  return (await storage.put(data, { extension: 'webp' })).key;
}

export async function removeVariants(storage: Storage, variants: readonly ImageVariant[]): Promise<void> {
  for (const v of variants) await storage.remove(v.key).catch(() => undefined);
}
