import { expect } from 'vitest';
import { decodeHtml } from '../features/library/editorial/test-helpers.ts';

/** The content of every <meta name|property=…> with that name, in document order. */
export function metas(html: string, name: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<meta ([^>]*)\/?>/g)) {
    const attrs = m[1]!;
    const key = /(?:name|property)="([^"]*)"/.exec(attrs)?.[1];
    const content = /content="([^"]*)"/.exec(attrs)?.[1];
    if (key === name && content !== undefined) out.push(decodeHtml(content));
  }
  return out;
}

/** The page's one JSON-LD block, parsed; it must carry the CSP nonce. */
export function jsonLdOf(html: string): Record<string, unknown> {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json"([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(blocks).toHaveLength(1);
  expect(blocks[0]![1]).toMatch(/nonce="[^"]+"/);
  return JSON.parse(blocks[0]![2]!);
}

/** The canonical link's address. */
export const canonicalOf = (html: string) =>
  /<link rel="canonical" href="([^"]*)"\/?>/.exec(html)?.[1] ?? null;
