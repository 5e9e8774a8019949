import type { Locale } from '../../../core/i18n/index.ts';

// Download addresses and format names come from the files part (fileUrl, fileTypeLabel);
// here, sizes as the reader reads them.

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

const PLAIN_UNITS: [string, number][] = [
  ['GB', 1e9],
  ['MB', 1e6],
  ['kB', 1e3],
];

/** Machine-readable size for metadata ("1.2 MB"), the same in every language. */
export function plainFileSize(bytes: number): string {
  const [unit, factor] = PLAIN_UNITS.find(([, f]) => bytes >= f) ?? ['B', 1];
  const value = bytes / factor;
  return unit === 'B' ? `${value} B` : `${value.toFixed(value < 10 ? 1 : 0)} ${unit}`;
}
