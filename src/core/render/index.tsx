import type { FastifyReply } from 'fastify';
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { RequestContext } from '../http/context.ts';
import { Ctx } from './context.ts';

/** Renders a page component to a full HTML document and sends it. */
export function sendPage(reply: FastifyReply, ctx: RequestContext, page: ComponentChildren, status = 200) {
  const render = () => `<!doctype html>${renderToString(<Ctx.Provider value={ctx}>{page}</Ctx.Provider>)}`;
  let html = render();
  // The error summary comes before the fields it names: once a first pass has collected
  // their labels, a second pass (only on pages showing errors) lets it name each field.
  if (ctx.fieldLabels.size > 0 && html.includes('id="error-summary"')) html = render();
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', ctx.user ? 'private, no-store' : 'no-cache')
    .header('vary', 'Cookie')
    .send(html);
}
