const map: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For the few places that build markup as strings (e-mails, XML); JSX escapes by itself. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => map[c]!);
}
