const MAX_LENGTH = 120;

/**
 * The name a file is offered under: the uploaded name without any folder part, control or
 * reserved characters, at most 120 characters, ending with the extension of the format the
 * bytes really are. Only ever shown and sent in headers — never used as a path.
 */
export function cleanFilename(uploaded: string | undefined, ext: string, fallback: string): string {
  let name = (uploaded ?? '').normalize('NFC');
  name = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  name = name
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/["*:<>?|%;]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Drop the extension it came with when it is any extension-like ending (".pdf", ".exe" …).
  let stem = name.replace(/\.[A-Za-z0-9]{1,8}$/, '').replace(/^[.\s]+|[.\s]+$/g, '');
  if (!stem) stem = fallback;
  const suffix = `.${ext}`;
  const chars = [...stem];
  if (chars.length + suffix.length > MAX_LENGTH)
    stem = chars
      .slice(0, MAX_LENGTH - suffix.length)
      .join('')
      .trim();
  return `${stem}${suffix}`;
}

/** Content-Disposition with an ASCII fallback and the exact name in RFC 5987 form. */
export function contentDisposition(type: 'attachment' | 'inline', filename: string): string {
  const ascii = filename
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
