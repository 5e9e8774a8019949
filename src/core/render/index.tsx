import type { FastifyReply } from 'fastify';
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { RequestContext } from '../http/context.ts';
import { Ctx } from './context.ts';

/** Renders a page component to a full HTML document and sends it. */
export function sendPage(reply: FastifyReply, ctx: RequestContext, page: ComponentChildren, status = 200) {
  const html = `<!doctype html>${renderToString(<Ctx.Provider value={ctx}>{page}</Ctx.Provider>)}`;
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', ctx.user ? 'private, no-store' : 'no-cache')
    .header('vary', 'Cookie')
    .send(html);
}
