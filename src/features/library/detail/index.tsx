import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { sendPage } from '../../../core/render/index.tsx';
import { countViewLater } from '../../content/count-view.ts';
import type { Services } from '../../../core/services.ts';
import { bibtex, ris } from './citation.ts';
import { getPublicationPage } from './get-publication.ts';
import { PublicationPage } from './views/PublicationPage.tsx';

/** Cache keys of publication pages; drop this prefix after changing a publication. */
export const DETAIL_CACHE_PREFIX = 'library:detail:';

/**
 * The publication page at /{locale}/library/{slug} and its citation downloads
 * (cite.bib, cite.ris). Anonymous readers share a short-lived cached copy of the page data.
 */
export function libraryDetail(services: Services): FastifyPluginAsync {
  const { db, cache, config } = services;
  const load = (req: FastifyRequest) => {
    const slug = String((req.params as { slug?: unknown }).slug ?? '');
    const { locale, user } = req.ctx;
    const read = () => getPublicationPage(db, slug, locale, config.publicUrl);
    return user ? read() : cache.get(`${DETAIL_CACHE_PREFIX}${locale}:${slug}`, config.CACHE_TTL_MS, read);
  };
  const attachment = (reply: FastifyReply, type: string, filename: string, body: string) =>
    reply
      .header('content-type', type)
      .header('content-disposition', `attachment; filename="${filename}"`)
      .header('cache-control', 'no-cache')
      .send(body);

  return async (app) => {
    app.get('/library/:slug', async (req, reply) => {
      const page = await load(req);
      countViewLater(services, page.item.id);
      return sendPage(reply, req.ctx, <PublicationPage page={page} />);
    });
    app.get('/library/:slug/cite.bib', async (req, reply) => {
      const page = await load(req);
      return attachment(
        reply,
        'application/x-bibtex; charset=utf-8',
        `${page.item.slug}.bib`,
        bibtex(page.citation),
      );
    });
    app.get('/library/:slug/cite.ris', async (req, reply) => {
      const page = await load(req);
      return attachment(
        reply,
        'application/x-research-info-systems; charset=utf-8',
        `${page.item.slug}.ris`,
        ris(page.citation),
      );
    });
  };
}
