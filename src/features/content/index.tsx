import { countViewLater } from './count-view.ts';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { Feature } from '../../app.ts';
import { parseInput } from '../../core/http/validate.ts';
import { sendPage } from '../../core/render/index.tsx';
import type { Services } from '../../core/services.ts';
import { getItem, listItemsCached } from './browse.ts';
import { CONTENT_TYPES, type ContentType } from './types.ts';
import { DetailPage } from './views/DetailPage.tsx';
import { ListPage } from './views/ListPage.tsx';

const listQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) });
const slugParam = z.object({ locale: z.string(), slug: z.string().regex(/^[a-z0-9-]{1,200}$/) });

/** Listing and detail pages for each public content type (library, news …). */
export function createContentPages(services: Services): Feature {
  const { db } = services;
  const html: FastifyPluginAsync = async (app) => {
    for (const [type, def] of Object.entries(CONTENT_TYPES) as [
      ContentType,
      (typeof CONTENT_TYPES)[ContentType],
    ][]) {
      if (!('ownList' in def && def.ownList))
        app.get(`/${def.path}`, async (req, reply) => {
          const { page } = parseInput(listQuery, req.query);
          const { items, total, pages } = await listItemsCached(services, type, req.ctx.locale, page);
          return sendPage(
            reply,
            req.ctx,
            <ListPage type={type} items={items} total={total} page={page} pages={pages} />,
          );
        });
      if (!('ownDetail' in def && def.ownDetail))
        app.get(`/${def.path}/:slug`, async (req, reply) => {
          const { slug } = parseInput(slugParam, req.params);
          const detail = await getItem(db, type, slug, req.ctx.locale);
          countViewLater(services, detail.item.id);
          return sendPage(reply, req.ctx, <DetailPage type={type} detail={detail} />);
        });
    }
  };
  return { html };
}
