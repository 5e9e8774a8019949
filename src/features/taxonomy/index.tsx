import { reindexSearchAfterChanges } from './search-sync.ts';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import { z } from 'zod';
import type { Feature } from '../../app.ts';
import type { Db } from '../../core/db/client.ts';
import { AppError, type FieldError, ValidationError } from '../../core/errors.ts';
import { requireAction } from '../../core/http/guards.ts';
import { parseInput } from '../../core/http/validate.ts';
import type { MessageKey } from '../../core/i18n/index.ts';
import { sendPage } from '../../core/render/index.tsx';
import type { Services } from '../../core/services.ts';
import { addTerm } from './add-term.ts';
import { mergeTerms } from './merge-terms.ts';
import { moveTerm } from './move-term.ts';
import { renameTerm } from './rename-term.ts';
import { reactivateTerm, retireTerm } from './retire-term.ts';
import {
  addTermSchema,
  emptySchema,
  mergeTermSchema,
  moveTermSchema,
  renameTermSchema,
  termParams,
  vocabularyParams,
} from './schemas.ts';
import { termScreen, vocabulariesScreen, vocabularyScreen } from './screens.ts';
import type { FormValues } from './views/parts.tsx';
import { TermPage } from './views/TermPage.tsx';
import { VocabulariesPage } from './views/VocabulariesPage.tsx';
import { VocabularyPage } from './views/VocabularyPage.tsx';

// The taxonomy feature's public surface: its admin screens, and the reads other features use.
export { type Labels, type TermSeed, VOCABULARIES } from './data/vocabulary.ts';
export { loadReferenceData } from './reference-data.ts';
export {
  resolveTermIds,
  type TermOption,
  type TermRef,
  termOptions,
  termsBySlug,
  treeOrder,
} from './read.ts';

const NOTICES = {
  added: 'taxonomy.notice.added',
  renamed: 'taxonomy.notice.renamed',
  moved: 'taxonomy.notice.moved',
  merged: 'taxonomy.notice.merged',
  retired: 'taxonomy.notice.retired',
  reactivated: 'taxonomy.notice.reactivated',
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

/** Field errors of a refused change, or null when the error is not the user's to fix. */
function formErrors(err: unknown): { errors: FieldError[]; status: number } | null {
  if (err instanceof ValidationError) return { errors: err.errors, status: 400 };
  if (err instanceof AppError && err.status === 409)
    return { errors: [{ code: err.code, messageKey: err.messageKey }], status: 409 };
  return null;
}

type TermAction = (
  db: Db,
  actorId: string,
  vocabularyId: string,
  termId: number,
  body: unknown,
) => Promise<unknown>;

/** The forms of the term page: each parses its body, runs its use case, and names its notice. */
const TERM_ACTIONS: Record<string, { done: Done; run: TermAction }> = {
  labels: {
    done: 'renamed',
    run: (db, actor, vocab, id, body) => renameTerm(db, actor, vocab, id, parseInput(renameTermSchema, body)),
  },
  move: {
    done: 'moved',
    run: (db, actor, vocab, id, body) => moveTerm(db, actor, vocab, id, parseInput(moveTermSchema, body)),
  },
  merge: {
    done: 'merged',
    run: (db, actor, vocab, id, body) =>
      mergeTerms(db, actor, vocab, id, parseInput(mergeTermSchema, body).targetId),
  },
  retire: {
    done: 'retired',
    run: (db, actor, vocab, id, body) => {
      parseInput(emptySchema, body);
      return retireTerm(db, actor, vocab, id);
    },
  },
  reactivate: {
    done: 'reactivated',
    run: (db, actor, vocab, id, body) => {
      parseInput(emptySchema, body);
      return reactivateTerm(db, actor, vocab, id);
    },
  },
};

/** Editors' and admins' taxonomy screens under /{locale}/admin/taxonomy. */
export function createTaxonomy(services: Services): Feature {
  const { db } = services;
  reindexSearchAfterChanges(services);
  const notice = (req: FastifyRequest) => {
    const { done } = doneQuery.parse(req.query ?? {});
    return done ? req.ctx.t(NOTICES[done]) : undefined;
  };
  const page = (req: FastifyRequest, reply: FastifyReply, view: ComponentChildren, status = 200) =>
    sendPage(reply, req.ctx, view, status);

  const html: FastifyPluginAsync = async (app) => {
    app.get('/admin/taxonomy', async (req, reply) => {
      requireAction(req, 'taxonomy.edit');
      return page(
        req,
        reply,
        <VocabulariesPage vocabularies={await vocabulariesScreen(db, req.ctx.locale)} />,
      );
    });

    app.get('/admin/taxonomy/:vocabulary', async (req, reply) => {
      requireAction(req, 'taxonomy.edit');
      const { vocabulary } = parseInput(vocabularyParams, req.params);
      const screen = await vocabularyScreen(db, vocabulary, req.ctx.locale);
      return page(req, reply, <VocabularyPage screen={screen} notice={notice(req)} />);
    });

    app.post('/admin/taxonomy/:vocabulary/terms', async (req, reply) => {
      const actor = requireAction(req, 'taxonomy.edit');
      const { vocabulary } = parseInput(vocabularyParams, req.params);
      try {
        const created = await addTerm(db, actor.id, vocabulary, parseInput(addTermSchema, req.body));
        return reply.redirect(
          `/${req.ctx.locale}/admin/taxonomy/${vocabulary}?done=added#term-${created.id}`,
          303,
        );
      } catch (err) {
        const refused = formErrors(err);
        if (!refused) throw err;
        const screen = await vocabularyScreen(db, vocabulary, req.ctx.locale);
        return page(
          req,
          reply,
          <VocabularyPage screen={screen} values={submitted(req.body)} errors={refused.errors} />,
          refused.status,
        );
      }
    });

    app.get('/admin/taxonomy/:vocabulary/terms/:id', async (req, reply) => {
      requireAction(req, 'taxonomy.edit');
      const { vocabulary, id } = parseInput(termParams, req.params);
      const screen = await termScreen(db, vocabulary, id, req.ctx.locale);
      return page(req, reply, <TermPage screen={screen} notice={notice(req)} />);
    });

    for (const [path, action] of Object.entries(TERM_ACTIONS)) {
      app.post(`/admin/taxonomy/:vocabulary/terms/:id/${path}`, async (req, reply) => {
        const actor = requireAction(req, 'taxonomy.edit');
        const { vocabulary, id } = parseInput(termParams, req.params);
        try {
          await action.run(db, actor.id, vocabulary, id, req.body);
        } catch (err) {
          const refused = formErrors(err);
          if (!refused) throw err;
          const screen = await termScreen(db, vocabulary, id, req.ctx.locale);
          return page(
            req,
            reply,
            <TermPage screen={screen} values={submitted(req.body)} errors={refused.errors} />,
            refused.status,
          );
        }
        const where =
          action.done === 'merged'
            ? `/${req.ctx.locale}/admin/taxonomy/${vocabulary}?done=merged#term-${id}`
            : `/${req.ctx.locale}/admin/taxonomy/${vocabulary}/terms/${id}?done=${action.done}`;
        return reply.redirect(where, 303);
      });
    }
  };
  return { html };
}
