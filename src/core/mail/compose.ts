import { escapeHtml } from '../render/escape.ts';

export interface MailContent {
  subject: string;
  /** Paragraphs of plain text. */
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string;
}

/** One layout for every e-mail: plain text plus a light HTML twin with the same words. */
export function composeMail(locale: string, c: MailContent): { subject: string; text: string; html: string } {
  const text = [
    ...c.paragraphs,
    ...(c.action ? [`${c.action.label}:\n${c.action.url}`] : []),
    '--',
    c.footer,
  ].join('\n\n');
  const paras = c.paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join('\n');
  const button = c.action
    ? `<p style="margin:0 0 16px"><a href="${escapeHtml(c.action.url)}" style="display:inline-block;padding:10px 16px;background:#0b5394;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(c.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#555">${escapeHtml(c.action.url)}</p>`
    : '';
  const html = `<!doctype html>
<html lang="${escapeHtml(locale)}"><head><meta charset="utf-8"><title>${escapeHtml(c.subject)}</title></head>
<body style="font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.5;color:#1a1a1a;max-width:600px;margin:0 auto;padding:16px">
${paras}
${button}
<hr style="border:0;border-top:1px solid #ddd;margin:24px 0">
<p style="font-size:13px;color:#555">${escapeHtml(c.footer)}</p>
</body></html>`;
  return { subject: c.subject, text, html };
}
