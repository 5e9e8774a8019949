import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { FastifyInstance } from 'fastify';
import { srcDir } from '../paths.ts';
import { preferredEncoding } from './encoding.ts';

interface Asset {
  name: string;
  type: string;
  body: Buffer;
  br: Buffer;
  gzip: Buffer;
}

const byLogical = new Map<string, Asset>();
const byName = new Map<string, Asset>();
const root = `${srcDir}/`;

/**
 * Bundles the stylesheet and the progressive-enhancement script in memory at start-up
 * (esbuild takes tens of milliseconds), names them by content hash and keeps compressed
 * copies, so every page references immutable, cache-forever URLs without a build step.
 */
export async function buildAssets(): Promise<void> {
  if (byLogical.size) return;
  const result = await build({
    entryPoints: { app: `${root}client/main.ts`, 'app-css': `${root}ui/app.css` },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    target: ['es2020', 'chrome90', 'firefox90', 'safari14'],
    outdir: '/assets',
    logLevel: 'silent',
  });
  for (const file of result.outputFiles) {
    const isCss = file.path.endsWith('.css');
    const logical = isCss ? 'app.css' : 'app.js';
    const body = Buffer.from(file.contents);
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
    const name = logical.replace('.', `.${hash}.`);
    const asset: Asset = {
      name,
      type: isCss ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
      body,
      br: brotliCompressSync(body),
      gzip: gzipSync(body, { level: 9 }),
    };
    byLogical.set(logical, asset);
    byName.set(name, asset);
  }
}

export function assetUrl(logical: 'app.css' | 'app.js'): string {
  const asset = byLogical.get(logical);
  if (!asset) throw new Error('assets not built; call buildAssets() first');
  return `/assets/${asset.name}`;
}

export function assetRoutes(app: FastifyInstance) {
  app.get<{ Params: { name: string } }>('/assets/:name', { compress: false }, (req, reply) => {
    const asset = byName.get(req.params.name);
    if (!asset) return reply.callNotFound();
    const encoding = preferredEncoding(req.headers['accept-encoding']);
    reply
      .header('content-type', asset.type)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('vary', 'Accept-Encoding');
    return encoding
      ? reply.header('content-encoding', encoding).send(asset[encoding])
      : reply.send(asset.body);
  });
}
