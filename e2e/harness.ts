import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../src/test/app.ts';
import { startSmtp } from '../src/test/smtp.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export interface Harness {
  t: TestApp;
  base: string;
  browser: Browser;
  smtp: Awaited<ReturnType<typeof startSmtp>>;
  close(): Promise<void>;
}

/** The real server on a loopback port (demo data loaded, SMTP on loopback) and a headless Chromium. */
export async function startHarness(opts: { seed?: boolean } = {}): Promise<Harness> {
  const smtp = await startSmtp();
  const t = await startTestApp({ jobs: true, env: { SMTP_URL: smtp.url } });
  if (opts.seed !== false) {
    const { seedIfEmpty } = await import('../src/seed/index.ts');
    await seedIfEmpty(t.services, { progress: () => {} });
  }
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address() as { port: number };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    t,
    base: `http://127.0.0.1:${address.port}`,
    browser,
    smtp,
    async close() {
      await browser.close();
      await t.close();
      await smtp.close();
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) in the page and returns its violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
    };
    const result = await w.axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
}

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  fonts: number;
  other: number;
}

/**
 * Loads a URL in a fresh context (empty cache) and adds up what crossed the wire,
 * compressed, by kind. The budget excludes content images.
 */
export async function weigh(context: BrowserContext, url: string): Promise<PageWeight & { status: number }> {
  const page = await context.newPage();
  const weight: PageWeight = { html: 0, css: 0, js: 0, fonts: 0, other: 0 };
  const pending: Promise<void>[] = [];
  const onFinished = (request: import('playwright-core').Request) => {
    pending.push(
      request.sizes().then((s) => {
        const kind = request.resourceType();
        const size = s.responseBodySize;
        if (kind === 'document') weight.html += size;
        else if (kind === 'stylesheet') weight.css += size;
        else if (kind === 'script') weight.js += size;
        else if (kind === 'font') weight.fonts += size;
        else if (kind !== 'image') weight.other += size;
      }),
    );
  };
  page.on('requestfinished', onFinished);
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  // Stop listening before closing: a request finishing during close must not reject later.
  page.off('requestfinished', onFinished);
  await Promise.all(pending);
  await page.close();
  return { ...weight, status: response?.status() ?? 0 };
}
