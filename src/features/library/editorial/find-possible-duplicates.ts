import type { DbOrTx } from '../../../core/db/client.ts';
import { filesWithHash, publicationFiles } from '../files/index.tsx';
import { publicationOf } from '../repository.ts';
import {
  type DuplicateReason,
  publicationsAmong,
  publicationsWithDoi,
  publicationsWithSimilarTitle,
  replaceDuplicates,
} from './repository.ts';

export interface PossibleDuplicate {
  otherId: string;
  reason: DuplicateReason;
}

/**
 * Looks for other publications (any status but rejected) that may be the same work: the same
 * DOI, the same file (SHA-256), or a near-identical title in any language. The findings
 * replace the item's earlier ones; run it in the transaction that saves the item.
 */
export async function findPossibleDuplicates(tx: DbOrTx, itemId: string): Promise<PossibleDuplicate[]> {
  const fields = await publicationOf(tx, itemId);
  const found: PossibleDuplicate[] = [];
  if (fields?.doi)
    for (const otherId of await publicationsWithDoi(tx, fields.doi, itemId))
      found.push({ otherId, reason: 'doi' });
  const hashes = new Set((await publicationFiles(tx, itemId)).map((f) => f.sha256));
  const sameBytes: string[] = [];
  for (const sha256 of hashes) for (const f of await filesWithHash(tx, sha256)) sameBytes.push(f.itemId);
  for (const otherId of await publicationsAmong(tx, sameBytes, itemId))
    found.push({ otherId, reason: 'file' });
  for (const otherId of await publicationsWithSimilarTitle(tx, itemId))
    found.push({ otherId, reason: 'title' });
  await replaceDuplicates(tx, itemId, found);
  return found;
}
