import type { DbOrTx } from '../../../core/db/client.ts';
import { filesOfItem, filesWithSha, type PublicationFileRow } from './repository.ts';

/** The stable download address of a file: /files/{id}/{name}; the name is only for the reader. */
export function fileUrl(file: { id: string; filename: string }): string {
  return `/files/${file.id}/${encodeURIComponent(file.filename)}`;
}

export interface PublicationFileView {
  id: string;
  role: 'document' | 'cover';
  filename: string;
  mediaType: string;
  size: number;
  pageCount: number | null;
  textStatus: 'pending' | 'extracted' | 'failed' | 'none';
  /** Why extraction failed: 'unreadable' | 'password' | 'timeout' | 'missing'. */
  textError: string | null;
  sha256: string;
  createdAt: Date;
  url: string;
}

export function presentFile(row: PublicationFileRow): PublicationFileView {
  return {
    id: row.id,
    role: row.role,
    filename: row.filename,
    mediaType: row.mediaType,
    size: row.size,
    pageCount: row.pageCount,
    textStatus: row.textStatus,
    textError: row.textError,
    sha256: row.sha256,
    createdAt: row.createdAt,
    url: fileUrl(row),
  };
}

/** A publication's files, documents first, in upload order. */
export async function publicationFiles(db: DbOrTx, itemId: string): Promise<PublicationFileView[]> {
  return (await filesOfItem(db, itemId)).map(presentFile);
}

/** Files with these exact bytes, on any publication (duplicate detection). */
export async function filesWithHash(
  db: DbOrTx,
  sha256: string,
): Promise<{ fileId: string; itemId: string; filename: string }[]> {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return [];
  return filesWithSha(db, sha256);
}
