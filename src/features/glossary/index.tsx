import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Feature } from '../../app.ts';
import { notFound, ValidationError } from '../../core/errors.ts';
import { requireAction } from '../../core/http/guards.ts';
import { parseInput } from '../../core/http/validate.ts';
import type { MessageKey } from '../../core/i18n/index.ts';
import { sendPage } from '../../core/render/index.tsx';
import type { Services } from '../../core/services.ts';
import { SEARCH_CACHE_PREFIX } from '../search/index.tsx';
import { browseGlossary } from './browse-glossary.ts';
import { createConcept } from './create-concept.ts';
import { deleteConcept } from './delete-concept.ts';
import { expandQuery } from './expand-query.ts';
import { entryFor, sortCards, toCard } from './presenter.ts';
import { conceptForEditing, readConcept } from './read-concept.ts';
import { conceptSummaries, multiWordForms } from './repository.ts';
import { GLOSSARY_KIND } from './save-concept.ts';
import {
  cleanLetter,
  cleanPage,
  cleanQuery,
  conceptFormSchema,
  emptySchema,
  idParams,
  slugParams,
} from './schemas.ts';
import { updateConcept } from './update-concept.ts';
import { AdminConceptsPage } from './views/AdminConceptsPage.tsx';
import { ConceptFormPage } from './views/ConceptFormPage.tsx';
import { ConceptPage } from './views/ConceptPage.tsx';
import { DeleteConceptPage } from './views/DeleteConceptPage.tsx';
import { GlossaryPage } from './views/GlossaryPage.tsx';
import { type FormValues, savedValues } from './views/parts.tsx';

// The glossary feature's public surface: its pages, and what start-up and search use.
export { CONCEPTS, type ConceptSeed } from './data/concepts.ts';
export { expandQuery } from './expand-query.ts';
export { loadGlossary } from './load-glossary.ts';
export { GLOSSARY_KIND, saveConcept } from './save-concept.ts';

const NOTICES = {
  created: 'glossary.notice.created',
  updated: 'glossary.notice.updated',
  deleted: 'glossary.notice.deleted',
} as const satisfies Record<string, MessageKey>;
type Done = keyof typeof NOTICES;
const doneQuery = z.object({ done: z.enum(Object.keys(NOTICES) as [Done, ...Done[]]).optional() }).catch({});

/** Only the text fields of a posted form, to show them again. */
function submitted(body: unknown): FormValues {
  const out: FormValues = {};
  if (body && typeof body === 'object')
    for (const [k, v] of Object.entries(body)) if (typeof v === 'string' && k !== '_csrf') out[k] = v;
  return out;
}

const CACHE_PREFIX = 'glossary:';

/** The glossary: public A–Z pages, editors' screens, its search kind and the query expander. */
export function createGlossary({ db, cache, config, search }: Services): Feature {
  search.register({ kind: GLOSSARY_KIND, path: 'glossary', label: 'glossary.kind' });
  search.setExpander(expandQuery, multiWordForms);

  const notice = (req: FastifyRequest) => {
    const { done } = doneQuery.parse(req.query ?? {});
    return done ? req.ctx.t(NOTICES[done]) : undefined;
  };
  const query = (req: FastifyRequest) => (req.query ?? {}) as Record<string, unknown>;
  // Concepts are found by search, and their synonyms widen every search: cached results go too.
  const changed = () => {
    cache.invalidate(CACHE_PREFIX);
    cache.invalidate(SEARCH_CACHE_PREFIX);
  };

  /** Renders the form again with its errors when the input is refused; rethrows anything else. */
  const refused = (
    req: FastifyRequest,
    reply: FastifyReply,
    err: unknown,
    concept?: { id: number; slug: string; label: string },
  ) => {
    if (!(err instanceof ValidationError)) throw err;
    const view = <ConceptFormPage concept={concept} values={submitted(req.body)} errors={err.errors} />;
    return sendPage(reply, req.ctx, view, 400);
  };

  const html: FastifyPluginAsync = async (app) => {
    app.get('/glossary', async (req, reply) => {
      const { locale } = req.ctx;
      const listing = await browseGlossary(db, locale, {
        q: cleanQuery(query(req).q),
        letter: cleanLetter(query(req).letter),
        page: cleanPage(query(req).page),
        all: req.ctx.user
          ? undefined
          : (load) => cache.get(`${CACHE_PREFIX}${locale}`, config.CACHE_TTL_MS, load),
      });
      return sendPage(reply, req.ctx, <GlossaryPage listing={listing} />);
    });

    app.get('/glossary/:slug', async (req, reply) => {
      const params = slugParams.safeParse(req.params);
      if (!params.success) throw notFound();
      const detail = await readConcept(db, params.data.slug, req.ctx.locale);
      return sendPage(reply, req.ctx, <ConceptPage detail={detail} />);
    });

    app.get('/admin/glossary', async (req, reply) => {
      requireAction(req, 'glossary.edit');
      const { locale } = req.ctx;
      const q = cleanQuery(query(req).q);
      const concepts = sortCards(
        (await conceptSummaries(db, locale, q || undefined)).map((r) => toCard(r, locale)),
        locale,
      );
      return sendPage(reply, req.ctx, <AdminConceptsPage concepts={concepts} q={q} notice={notice(req)} />);
    });

    app.get('/admin/glossary/new', async (req, reply) => {
      requireAction(req, 'glossary.edit');
      return sendPage(reply, req.ctx, <ConceptFormPage values={{}} />);
    });

    app.post('/admin/glossary', async (req, reply) => {
      const actor = requireAction(req, 'glossary.edit');
      try {
        const row = await createConcept(db, actor.id, parseInput(conceptFormSchema, req.body));
        changed();
        return reply.redirect(`/${req.ctx.locale}/admin/glossary/${row.id}?done=created`, 303);
      } catch (err) {
        return refused(req, reply, err);
      }
    });

    /** The concept id of the route; one that is not a number names nothing (404). */
    const conceptId = (req: FastifyRequest) => {
      const parsed = idParams.safeParse(req.params);
      if (!parsed.success) throw notFound();
      return parsed.data.id;
    };

    const editing = async (req: FastifyRequest) => {
      const id = conceptId(req);
      const saved = await conceptForEditing(db, id);
      const label = entryFor(saved.entries, req.ctx.locale)?.label ?? saved.concept.slug;
      return { saved, concept: { id, slug: saved.concept.slug, label } };
    };

    app.get('/admin/glossary/:id', async (req, reply) => {
      requireAction(req, 'glossary.edit');
      const { saved, concept } = await editing(req);
      const view = <ConceptFormPage concept={concept} values={savedValues(saved)} notice={notice(req)} />;
      return sendPage(reply, req.ctx, view);
    });

    app.post('/admin/glossary/:id', async (req, reply) => {
      const actor = requireAction(req, 'glossary.edit');
      const { concept } = await editing(req);
      try {
        await updateConcept(db, actor.id, concept.id, parseInput(conceptFormSchema, req.body));
        changed();
        return reply.redirect(`/${req.ctx.locale}/admin/glossary/${concept.id}?done=updated`, 303);
      } catch (err) {
        return refused(req, reply, err, concept);
      }
    });

    app.get('/admin/glossary/:id/delete', async (req, reply) => {
      requireAction(req, 'glossary.edit');
      const { concept } = await editing(req);
      return sendPage(reply, req.ctx, <DeleteConceptPage concept={concept} />);
    });

    app.post('/admin/glossary/:id/delete', async (req, reply) => {
      const actor = requireAction(req, 'glossary.edit');
      const id = conceptId(req);
      parseInput(emptySchema, req.body);
      await deleteConcept(db, actor.id, id);
      changed();
      return reply.redirect(`/${req.ctx.locale}/admin/glossary?done=deleted`, 303);
    });
  };
  return { html };
}
