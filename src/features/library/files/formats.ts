/** What a stored file is: the extension we give it and the media type we serve it with. */
export interface FileFormat {
  ext: string;
  mediaType: string;
  /** The name readers recognise ("PDF", "Word" …), the same in every language. */
  label: string;
}

const format = (ext: string, mediaType: string, label: string): FileFormat => ({ ext, mediaType, label });

/** Documents we accept: PDF, office formats (OOXML, OpenDocument, legacy binary) and EPUB. */
export const DOCUMENT_FORMATS: readonly FileFormat[] = [
  format('pdf', 'application/pdf', 'PDF'),
  format('docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Word'),
  format('xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Excel'),
  format('pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', 'PowerPoint'),
  format('odt', 'application/vnd.oasis.opendocument.text', 'OpenDocument (ODT)'),
  format('ods', 'application/vnd.oasis.opendocument.spreadsheet', 'OpenDocument (ODS)'),
  format('odp', 'application/vnd.oasis.opendocument.presentation', 'OpenDocument (ODP)'),
  format('doc', 'application/msword', 'Word'),
  format('xls', 'application/vnd.ms-excel', 'Excel'),
  format('ppt', 'application/vnd.ms-powerpoint', 'PowerPoint'),
  format('epub', 'application/epub+zip', 'EPUB'),
];

/** Cover images: the formats every browser shows. */
export const COVER_FORMATS: readonly FileFormat[] = [
  format('jpg', 'image/jpeg', 'JPEG'),
  format('png', 'image/png', 'PNG'),
  format('webp', 'image/webp', 'WebP'),
];

const BY_EXT = new Map([...DOCUMENT_FORMATS, ...COVER_FORMATS].map((f) => [f.ext, f]));
const BY_TYPE = new Map([...DOCUMENT_FORMATS, ...COVER_FORMATS].map((f) => [f.mediaType, f]));

export const formatOfExt = (ext: string): FileFormat | undefined => BY_EXT.get(ext);

/** "PDF", "Word", "Excel", "PowerPoint", "OpenDocument (ODT)" … from a media type. */
export function fileTypeLabel(mediaType: string): string {
  return BY_TYPE.get(mediaType.toLowerCase())?.label ?? mediaType;
}

/** The `accept` attribute of an upload field for a role. */
export function acceptAttribute(role: 'document' | 'cover'): string {
  const list = role === 'cover' ? COVER_FORMATS : DOCUMENT_FORMATS;
  return [...list.map((f) => `.${f.ext}`), ...(role === 'cover' ? ['.jpeg'] : [])].join(',');
}
