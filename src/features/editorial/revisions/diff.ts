import { diffArrays, diffWords } from 'diff';
import type { Snapshot } from '../../../core/workflow/registry.ts';

export type Part = { text: string; change: 'same' | 'added' | 'removed' };
export interface FieldDiff {
  field: string;
  parts: Part[];
}

const asText = (v: Snapshot[string] | undefined): string =>
  v === null || v === undefined ? '' : Array.isArray(v) ? v.join('\n') : String(v);

/**
 * The fields that differ between two snapshots, each as a sequence of unchanged, removed and
 * added pieces: words for text, whole entries for lists (authors, countries …).
 */
export function diffSnapshots(a: Snapshot, b: Snapshot): FieldDiff[] {
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const out: FieldDiff[] = [];
  for (const field of fields) {
    const x = a[field];
    const y = b[field];
    if (asText(x) === asText(y)) continue;
    const parts: Part[] =
      Array.isArray(x) || Array.isArray(y)
        ? diffArrays(
            Array.isArray(x) ? x : x == null ? [] : [String(x)],
            Array.isArray(y) ? y : y == null ? [] : [String(y)],
          ).map((c) => ({
            text: c.value.join(', '),
            change: c.added ? 'added' : c.removed ? 'removed' : 'same',
          }))
        : wordDiff(asText(x), asText(y));
    out.push({ field, parts });
  }
  return out;
}

/**
 * Words removed and added; two long, very different texts are shown as replaced whole rather
 * than letting the comparison hold the server (jsdiff gives up after `timeout` ms).
 */
function wordDiff(a: string, b: string): Part[] {
  const changes = diffWords(a, b, { timeout: 100 });
  if (!changes)
    return [
      ...(a ? [{ text: a, change: 'removed' as const }] : []),
      ...(b ? [{ text: b, change: 'added' as const }] : []),
    ];
  return changes.map((c) => ({ text: c.value, change: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
}
