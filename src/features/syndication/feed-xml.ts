import { create } from 'xmlbuilder2';
import { escapeHtml } from '../../core/render/escape.ts';
import type { FeedDoc } from './build-feed.ts';

// Written with xmlbuilder2 rather than the `feed` package: `feed` 6 marks Atom titles and
// summaries as HTML (a title with "<" in it would lose words), cannot declare the Dublin Core
// namespace that RSS needs for a licence per item, and writes only a feed-wide <rights>.
// xmlbuilder2 escapes every text and attribute; texts come here through xmlText already.

const ATOM = 'http://www.w3.org/2005/Atom';
const DC = 'http://purl.org/dc/elements/1.1/';
/** The RSS 2.0 module for a Creative Commons licence per item (the deed's URL). */
const CC = 'http://backend.userland.com/creativeCommonsRssModule';

/** Atom 1.0 (RFC 4287), one licence per entry: <rights> and a license link (RFC 4946). */
export function atomXml(doc: FeedDoc, siteName: string, siteUrl: string): string {
  const feed = create({ version: '1.0', encoding: 'UTF-8' }).ele(ATOM, 'feed', { 'xml:lang': doc.locale });
  feed.ele('id').txt(doc.selfUrl.atom);
  feed.ele('title', { type: 'text' }).txt(doc.title);
  feed.ele('subtitle', { type: 'text' }).txt(doc.description);
  feed.ele('updated').txt(doc.updated.toISOString());
  feed.ele('link', { rel: 'self', type: 'application/atom+xml', href: doc.selfUrl.atom });
  feed.ele('link', { rel: 'alternate', type: 'text/html', href: doc.htmlUrl });
  // Entries without authors of their own take the feed's, as Atom requires one.
  feed.ele('author').ele('name').txt(siteName).up().ele('uri').txt(siteUrl);
  feed.ele('generator', { uri: siteUrl }).txt(siteName);
  for (const e of doc.entries) {
    const entry = feed.ele('entry', e.lang !== doc.locale ? { 'xml:lang': e.lang } : {});
    entry.ele('id').txt(e.id);
    entry.ele('title', { type: 'text' }).txt(e.title);
    entry.ele('link', { rel: 'alternate', type: 'text/html', href: e.url });
    if (e.licenceUrl) entry.ele('link', { rel: 'license', href: e.licenceUrl });
    if (e.published) entry.ele('published').txt(e.published.toISOString());
    entry.ele('updated').txt(e.updated.toISOString());
    for (const name of e.authors) entry.ele('author').ele('name').txt(name);
    for (const c of e.categories)
      entry.ele('category', { term: c.term, label: c.label, ...(c.scheme ? { scheme: c.scheme } : {}) });
    if (e.summary) entry.ele('summary', { type: 'text' }).txt(e.summary);
    entry.ele('rights', { type: 'text' }).txt(e.rights);
  }
  return feed.end();
}

/** RSS 2.0 with Dublin Core (authors, language, licence) and the Creative Commons module. */
export function rssXml(doc: FeedDoc, siteName: string): string {
  const rss = create({ version: '1.0', encoding: 'UTF-8' }).ele('rss', {
    version: '2.0',
    'xmlns:atom': ATOM,
    'xmlns:dc': DC,
    'xmlns:creativeCommons': CC,
  });
  const channel = rss.ele('channel');
  channel.ele('title').txt(doc.title);
  channel.ele('link').txt(doc.htmlUrl);
  channel.ele('description').txt(doc.description);
  channel.ele('language').txt(doc.locale);
  channel.ele('lastBuildDate').txt(doc.updated.toUTCString());
  channel.ele('generator').txt(siteName);
  channel.ele('atom:link', { rel: 'self', type: 'application/rss+xml', href: doc.selfUrl.rss });
  for (const e of doc.entries) {
    const item = channel.ele('item');
    item.ele('title').txt(e.title);
    item.ele('link').txt(e.url);
    item.ele('guid', { isPermaLink: 'false' }).txt(e.id);
    if (e.published) item.ele('pubDate').txt(e.published.toUTCString());
    // RSS reads <description> as HTML: the plain summary is escaped once more for it.
    if (e.summary) item.ele('description').txt(escapeHtml(e.summary));
    for (const name of e.authors) item.ele('dc:creator').txt(name);
    for (const c of e.categories) item.ele('category', c.scheme ? { domain: c.scheme } : {}).txt(c.label);
    if (e.lang !== doc.locale) item.ele('dc:language').txt(e.lang);
    item.ele('dc:rights').txt(e.rights);
    if (e.licenceUrl) item.ele('creativeCommons:license').txt(e.licenceUrl);
  }
  return rss.end();
}
