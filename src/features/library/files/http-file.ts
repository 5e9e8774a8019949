/** HTTP details of serving a stored file: byte ranges and validators (RFC 9110). */

export type RangeAnswer = { start: number; end: number } | 'unsatisfiable' | null;

/**
 * One byte range of a `Range` header ("bytes=0-99", "bytes=100-", "bytes=-500"), or null to
 * send the whole file (no header, another unit, several ranges, or nonsense).
 */
export function parseRange(header: string | undefined, size: number): RangeAnswer {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (m[2] !== '' && Number(m[2]) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}

/** If-Range: a range applies only while the client's validator is still the current one. */
export function rangeStillValid(header: string | undefined, etag: string, lastModified: Date): boolean {
  if (!header) return true;
  const value = header.trim();
  if (value.startsWith('"') || value.startsWith('W/')) return value === etag;
  const date = Date.parse(value);
  return Number.isFinite(date) && Math.floor(lastModified.getTime() / 1000) * 1000 === date;
}
