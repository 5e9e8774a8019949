import { LOCALES } from '../../core/i18n/index.ts';
import { escapeHtml } from '../../core/render/escape.ts';
import { xmlText } from '../../core/render/xml.ts';

// Sitemaps are written as strings: xmlbuilder2 took about 0.8 s for a part of 10,000 URLs with
// their alternates (the event loop blocked all that time), strings take a few milliseconds.
// Every value passes through `attr`: characters XML forbids removed, then escaped.

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

const attr = (value: string) => escapeHtml(xmlText(value));

/** W3C Datetime to the second, as the sitemap protocol writes it. */
export const w3cDate = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The sitemap index: one <sitemap> per part. */
export function sitemapIndexXml(parts: { url: string; lastmod: Date | null }[]): string {
  const out = [`<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${SITEMAP_NS}">`];
  for (const p of parts)
    out.push(
      `<sitemap><loc>${attr(p.url)}</loc>${p.lastmod ? `<lastmod>${w3cDate(p.lastmod)}</lastmod>` : ''}</sitemap>`,
    );
  out.push('</sitemapindex>\n');
  return out.join('\n');
}

/**
 * One part: each page's English address as <loc>, the same page in every interface language
 * as an hreflang alternate, English as x-default, and its last change.
 */
export function urlsetXml(origin: string, pages: { path: string; lastmod: Date | null }[]): string {
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">`,
  ];
  for (const p of pages) {
    const href = (locale: string) => attr(`${origin}/${locale}${p.path}`);
    const alternates = LOCALES.map(
      (l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${href(l)}"/>`,
    ).join('');
    out.push(
      `<url><loc>${href('en')}</loc>${p.lastmod ? `<lastmod>${w3cDate(p.lastmod)}</lastmod>` : ''}${alternates}<xhtml:link rel="alternate" hreflang="x-default" href="${href('en')}"/></url>`,
    );
  }
  out.push('</urlset>\n');
  return out.join('\n');
}
