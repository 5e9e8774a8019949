import type { Locale } from '../../../core/i18n/index.ts';

/** The stable download address of a file (served by library/files at the root, outside any locale). */
export function fileHref(file: { id: string; filename: string }): string {
  return `/files/${file.id}/${encodeURIComponent(file.filename)}`;
}

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.ms-powerpoint': 'PowerPoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.oasis.opendocument.presentation': 'ODP',
  'application/rtf': 'RTF',
  'text/csv': 'CSV',
  'text/plain': 'TXT',
  'application/epub+zip': 'EPUB',
  'application/zip': 'ZIP',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
};

/** "PDF", "Word" …: the format a reader recognises, from the media type, else the file's extension. */
export function typeLabel(file: { mediaType: string; filename: string }): string {
  const known = TYPE_LABELS[file.mediaType.toLowerCase()];
  if (known) return known;
  const ext = /\.([a-z0-9]{1,8})$/i.exec(file.filename)?.[1];
  return ext ? ext.toUpperCase() : file.mediaType;
}

const UNITS = [
  ['gigabyte', 1e9],
  ['megabyte', 1e6],
  ['kilobyte', 1e3],
] as const;
const sizeFormats = new Map<string, Intl.NumberFormat>();

/** "1.2 MB" / "1,2 Mo": decimal units, one decimal below 10, in the reader's locale. */
export function formatFileSize(locale: Locale, bytes: number): string {
  const [unit, factor] = UNITS.find(([, f]) => bytes >= f) ?? ['byte', 1];
  const value = bytes / factor;
  const digits = unit !== 'byte' && value < 10 ? 1 : 0;
  const key = `${locale}:${unit}:${digits}`;
  let format = sizeFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit,
      unitDisplay: unit === 'byte' ? 'long' : 'short',
      maximumFractionDigits: digits,
    });
    sizeFormats.set(key, format);
  }
  return format.format(value);
}

/** Machine-readable size for metadata ("1.2 MB"), the same in every language. */
export function plainFileSize(bytes: number): string {
  const [unit, factor] = [
    ['GB', 1e9],
    ['MB', 1e6],
    ['kB', 1e3],
  ].find(([, f]) => bytes >= Number(f)) ?? ['B', 1];
  const value = bytes / Number(factor);
  return `${unit === 'B' ? value : value.toFixed(value < 10 ? 1 : 0)} ${unit}`;
}
