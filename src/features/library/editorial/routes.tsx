import { SEARCH_CACHE_PREFIX } from '../../search/index.tsx';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, notFound, ValidationError } from '../../../core/errors.ts';
import { requireAction } from '../../../core/http/guards.ts';
import { uploadedFile } from '../../../core/http/multipart.ts';
import { formErrors, isFormRefusal } from '../../../core/http/forms.ts';
import { CONTROL_CHARS, parseInput } from '../../../core/http/validate.ts';
import type { MessageKey } from '../../../core/i18n/index.ts';
import { sendPage } from '../../../core/render/index.tsx';
import type { Services } from '../../../core/services.ts';
import { CONTENT_CACHE_PREFIX } from '../../content/browse.ts';
import { DETAIL_CACHE_PREFIX } from '../detail/index.tsx';
import { publicationFiles } from '../files/index.tsx';
import { ATTACHABLE, attachSubmissionFile, SUBMISSION_FILES_MAX } from './attach-submission-file.ts';
import { createPublication } from './create-publication.ts';
import { formOptions } from './form-options.ts';
import { echo, formValuesOf } from './presenter.ts';
import {
  duplicatesOf,
  listForEditors,
  publicationForEdit,
  submissionOf,
  submissionsOf,
} from './repository.ts';
import { savePublication } from './save-publication.ts';
import { REVISABLE } from './revise-submission.ts';
import { editorSchema, submitSchema, toPublicationInput } from './schemas.ts';
import { submitPublication } from './submit-publication.ts';
import { reviseSubmission } from './revise-submission.ts';
import { workflowState } from '../../editorial/index.tsx';
import { workflowNotice } from '../../editorial/views/notices.ts';
import { AdminListPage } from './views/AdminListPage.tsx';
import type { FormValues } from './views/controls.tsx';
import { EditPage } from './views/EditPage.tsx';
import { STATUSES } from './views/labels.ts';
import { SubmissionsPage } from './views/SubmissionsPage.tsx';
import { SubmitPage } from './views/SubmitPage.tsx';
import { SubmittedPage } from './views/SubmittedPage.tsx';

const ADMIN_PAGE = 50;
const SUBMISSIONS_PAGE = 50;

const pageQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });
const adminQuery = pageQuery.extend({
  status: z.enum(STATUSES).optional().catch(undefined),
  q: z
    .string()
    .optional()
    .transform((s) => (s ?? '').replace(CONTROL_CHARS, '').trim().slice(0, 200))
    .catch(''),
});
const itemParams = z.object({ locale: z.string(), itemId: z.uuid() });
const NOTICES = {
  created: 'libraryEditorial.notice.created',
  saved: 'libraryEditorial.notice.saved',
} as const satisfies Record<string, MessageKey>;
const doneQuery = z
  .object({ done: z.enum(Object.keys(NOTICES) as [keyof typeof NOTICES]).optional() })
  .catch({});

const SUBMISSION_NOTICES = {
  submitted: 'libraryEditorial.submitted.notice',
  direct: 'editorial.done.submitDirect',
  revised: 'libraryEditorial.revise.saved',
  file: 'libraryEditorial.files.added',
} as const satisfies Record<string, MessageKey>;
const submissionDone = z
  .object({ done: z.enum(Object.keys(SUBMISSION_NOTICES) as [keyof typeof SUBMISSION_NOTICES]).optional() })
  .catch({});

/** The version a form was opened at (optimistic locking). */
const versionField = z.coerce.number().int().min(0).max(2_147_483_647).optional();

/** A publication id from the URL; anything else is a page that does not exist. */
function itemIdOf(req: FastifyRequest): string {
  const parsed = itemParams.safeParse(req.params);
  if (!parsed.success) throw notFound();
  return parsed.data.itemId;
}

/** Members' submission pages and the editors' publication screens. */
export function editorialRoutes(services: Services): FastifyPluginAsync {
  const { db, cache } = services;
  // Public listings are cached briefly; a change to what is published shows at once.
  const publicChanged = () => {
    cache.invalidate(CONTENT_CACHE_PREFIX);
    cache.invalidate(DETAIL_CACHE_PREFIX);
    cache.invalidate(SEARCH_CACHE_PREFIX);
  };

  const editScreen = async (req: FastifyRequest, itemId: string, values?: FormValues) => {
    const [current, options, duplicates, workflow] = await Promise.all([
      publicationForEdit(db, itemId),
      formOptions(db, req.ctx.locale),
      duplicatesOf(db, itemId, req.ctx.locale),
      workflowState(db, itemId),
    ]);
    if (!current || !workflow) throw notFound();
    const original =
      current.translations.find((t) => t.locale === current.item.originalLocale) ?? current.translations[0];
    return {
      item: {
        id: current.item.id,
        slug: current.item.slug,
        status: current.item.status,
        title: original?.title ?? current.item.slug,
        version: current.item.version,
      },
      workflow,
      values: values ?? formValuesOf(current, options),
      options,
      duplicates,
    };
  };

  return async (app) => {
    // ---- members ----

    app.get('/library/submit', async (req, reply) => {
      requireAction(req, 'publication.submit');
      return sendPage(reply, req.ctx, <SubmitPage options={await formOptions(db, req.ctx.locale)} />);
    });

    app.post(
      '/library/submit',
      { config: { rateLimit: { max: 30, timeWindow: 3_600_000 } } },
      async (req, reply) => {
        const member = requireAction(req, 'publication.submit');
        try {
          const input = toPublicationInput(parseInput(submitSchema, req.body));
          const { id, direct } = await submitPublication(services, member, input);
          const done = direct ? 'direct' : 'submitted';
          return reply.redirect(`/${req.ctx.locale}/library/submissions/${id}?done=${done}`, 303);
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          const options = await formOptions(db, req.ctx.locale);
          return sendPage(
            reply,
            req.ctx,
            <SubmitPage values={echo(req.body)} errors={formErrors(err)} options={options} />,
            err.status,
          );
        }
      },
    );

    app.get('/library/submissions', async (req, reply) => {
      const member = requireAction(req, 'publication.submit');
      const { page } = pageQuery.parse(req.query ?? {});
      const { rows, total } = await submissionsOf(db, member.id, {
        locale: req.ctx.locale,
        limit: SUBMISSIONS_PAGE,
        offset: (page - 1) * SUBMISSIONS_PAGE,
      });
      const pages = Math.max(1, Math.ceil(total / SUBMISSIONS_PAGE));
      return sendPage(
        reply,
        req.ctx,
        <SubmissionsPage rows={rows} total={total} page={page} pages={pages} />,
      );
    });

    /** A member's submission: status, possible duplicates, files and, while pending, the upload form. */
    const submissionScreen = async (req: FastifyRequest, memberId: string, itemId: string) => {
      const submission = await submissionOf(db, itemId, memberId, req.ctx.locale);
      if (!submission) throw notFound();
      // A member learns of published duplicates only: unpublished items are not theirs to know of.
      const [duplicates, files, workflow] = await Promise.all([
        duplicatesOf(db, itemId, req.ctx.locale).then((rows) => rows.filter((d) => d.status === 'published')),
        publicationFiles(db, itemId),
        workflowState(db, itemId),
      ]);
      const documents = files.filter((f) => f.role === 'document').length;
      const upload =
        ATTACHABLE.includes(submission.status) && documents < SUBMISSION_FILES_MAX
          ? { maxMegabytes: Math.floor(services.config.UPLOAD_MAX_BYTES / 1_048_576) || 1 }
          : undefined;
      return { submission, duplicates, files, upload, workflow: workflow ?? undefined };
    };

    app.get('/library/submissions/:itemId', async (req, reply) => {
      const member = requireAction(req, 'publication.submit');
      const screen = await submissionScreen(req, member.id, itemIdOf(req));
      const { done } = submissionDone.parse(req.query ?? {});
      const notice = done ? req.ctx.t(SUBMISSION_NOTICES[done]) : workflowNotice(req.ctx.t, req.query);
      return sendPage(reply, req.ctx, <SubmittedPage {...screen} notice={notice} />);
    });

    // The submitter revises a draft, or after the editors asked for changes.
    const reviseScreen = async (req: FastifyRequest, memberId: string, itemId: string) => {
      const [current, options] = await Promise.all([
        publicationForEdit(db, itemId),
        formOptions(db, req.ctx.locale),
      ]);
      if (!current || current.item.authorId !== memberId) throw notFound();
      if (!(REVISABLE as readonly string[]).includes(current.item.status))
        throw new AppError('not_revisable', 409, 'libraryEditorial.revise.locked');
      return { current, options };
    };

    app.get('/library/submissions/:itemId/edit', async (req, reply) => {
      const member = requireAction(req, 'publication.submit');
      const itemId = itemIdOf(req);
      const { current, options } = await reviseScreen(req, member.id, itemId);
      const values = formValuesOf(current, options);
      return sendPage(
        reply,
        req.ctx,
        <SubmitPage
          values={values}
          options={options}
          revise={{ id: itemId, version: current.item.version }}
        />,
      );
    });

    app.post('/library/submissions/:itemId/edit', async (req, reply) => {
      const member = requireAction(req, 'publication.submit');
      const itemId = itemIdOf(req);
      try {
        const { version, ...fields } = parseInput(submitSchema.extend({ version: versionField }), req.body);
        await reviseSubmission(db, member.id, itemId, toPublicationInput(fields), version);
      } catch (err) {
        if (!(err instanceof AppError) || !(err instanceof ValidationError || err.code === 'stale_version'))
          throw err;
        const { current, options } = await reviseScreen(req, member.id, itemId);
        return sendPage(
          reply,
          req.ctx,
          <SubmitPage
            values={echo(req.body)}
            errors={formErrors(err)}
            options={options}
            revise={{ id: itemId, version: current.item.version }}
          />,
          err.status,
        );
      }
      return reply.redirect(`/${req.ctx.locale}/library/submissions/${itemId}?done=revised`, 303);
    });

    app.post(
      '/library/submissions/:itemId/file',
      { config: { rateLimit: { max: 30, timeWindow: 3_600_000 } } },
      async (req, reply) => {
        const member = requireAction(req, 'publication.submit');
        const itemId = itemIdOf(req);
        try {
          // Only the CSRF token precedes the file; anything else is refused before a byte is read.
          parseInput(z.strictObject({}), req.body);
          await attachSubmissionFile(services, member.id, itemId, uploadedFile(req));
        } catch (err) {
          if (!isFormRefusal(err)) throw err;
          const errors = formErrors(err);
          const screen = await submissionScreen(req, member.id, itemId);
          return sendPage(reply, req.ctx, <SubmittedPage {...screen} errors={errors} />, err.status);
        }
        return reply.redirect(`/${req.ctx.locale}/library/submissions/${itemId}?done=file`, 303);
      },
    );

    // ---- editors ----

    app.get('/admin/library', async (req, reply) => {
      requireAction(req, 'publication.edit');
      const { page, status, q } = adminQuery.parse(req.query ?? {});
      const { rows, total } = await listForEditors(db, {
        locale: req.ctx.locale,
        status,
        q: q || undefined,
        limit: ADMIN_PAGE,
        offset: (page - 1) * ADMIN_PAGE,
      });
      const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE));
      return sendPage(
        reply,
        req.ctx,
        <AdminListPage rows={rows} total={total} page={page} pages={pages} status={status} q={q} />,
      );
    });

    app.get('/admin/library/new', async (req, reply) => {
      requireAction(req, 'publication.edit');
      const options = await formOptions(db, req.ctx.locale);
      return sendPage(reply, req.ctx, <EditPage values={{}} options={options} />);
    });

    app.post('/admin/library/new', async (req, reply) => {
      const editor = requireAction(req, 'publication.edit');
      try {
        const input = toPublicationInput(parseInput(editorSchema, req.body));
        const { id } = await createPublication(db, editor.id, input);
        return reply.redirect(`/${req.ctx.locale}/admin/library/${id}/edit?done=created`, 303);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        const options = await formOptions(db, req.ctx.locale);
        return sendPage(
          reply,
          req.ctx,
          <EditPage values={echo(req.body)} errors={err.errors} options={options} />,
          400,
        );
      }
    });

    app.get('/admin/library/:itemId/edit', async (req, reply) => {
      requireAction(req, 'publication.edit');
      const screen = await editScreen(req, itemIdOf(req));
      const { done } = doneQuery.parse(req.query ?? {});
      return sendPage(
        reply,
        req.ctx,
        <EditPage
          {...screen}
          notice={done ? req.ctx.t(NOTICES[done]) : workflowNotice(req.ctx.t, req.query)}
        />,
      );
    });

    app.post('/admin/library/:itemId/edit', async (req, reply) => {
      const editor = requireAction(req, 'publication.edit');
      const itemId = itemIdOf(req);
      try {
        const { version, ...fields } = parseInput(editorSchema.extend({ version: versionField }), req.body);
        await savePublication(db, editor, itemId, toPublicationInput(fields), version);
      } catch (err) {
        if (!(err instanceof AppError) || !(err instanceof ValidationError || err.code === 'stale_version'))
          throw err;
        // A stale form keeps what the editor typed and says why nothing was saved.
        const screen = await editScreen(req, itemId, echo(req.body));
        return sendPage(reply, req.ctx, <EditPage {...screen} errors={formErrors(err)} />, err.status);
      }
      publicChanged();
      return reply.redirect(`/${req.ctx.locale}/admin/library/${itemId}/edit?done=saved`, 303);
    });
  };
}
