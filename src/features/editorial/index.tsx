import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Feature } from '../../app.ts';
import { audit } from '../../core/audit/index.ts';
import { AppError, type FieldError, notFound, ValidationError } from '../../core/errors.ts';
import { requireAction, requireUser } from '../../core/http/guards.ts';
import { formErrors, isFormRefusal } from '../../core/http/forms.ts';
import { CONTROL_CHARS, parseInput, text } from '../../core/http/validate.ts';
import { LOCALES } from '../../core/i18n/index.ts';
import { can } from '../../core/policies/index.ts';
import { sendPage } from '../../core/render/index.tsx';
import type { Services } from '../../core/services.ts';
import { ErrorPage } from '../../ui/ErrorPage.tsx';
import { parseLocalDateTime } from './local-time.ts';
import { closeSpotCheck, editors, itemsByIds, listQueue, openSpotChecks } from './review/repository.ts';
import { changeAffiliation, setMemberRight, setOrganisationRights } from './rights/manage-rights.ts';
import { membersForRights, organisationsForRights } from './rights/repository.ts';
import { diffSnapshots } from './revisions/diff.ts';
import { itemHeading, revisionsOf } from './revisions/repository.ts';
import { restoreRevision } from './revisions/restore-revision.ts';
import { missingCounts, missingTranslations, translationsOf } from './translations/repository.ts';
import { removeTranslation, saveTranslation } from './translations/save-translation.ts';
import { CHECK_LINKS_JOB, checkLinks } from './quality/check-links.ts';
import { brokenLinks, incompleteItems, suspectedDuplicates } from './quality/repository.ts';
import { featureItem, moveFeaturedItem, unfeatureItem } from './featured/manage-featured.ts';
import { featuredFor } from './featured/repository.ts';
import { DecidePage } from './views/DecidePage.tsx';
import { FeaturedPage } from './views/FeaturedPage.tsx';
import { QualityPage } from './views/QualityPage.tsx';
import { TranslationReportPage } from './views/TranslationReportPage.tsx';
import { TranslationsPage } from './views/TranslationsPage.tsx';
import { HistoryPage } from './views/HistoryPage.tsx';
import { MEMBER_LEVELS, ORGANISATION_LEVELS, RightsPage } from './views/RightsPage.tsx';
import { AGE_OPTIONS, BULK_ACTIONS, QueuePage } from './views/QueuePage.tsx';
import { PUBLISH_DUE_JOB, publishDue } from './workflow/publish-due.ts';
import { lockItem } from './workflow/repository.ts';
import { check, RULES, WORKFLOW_ACTIONS, type WorkflowAction } from './workflow/rules.ts';
import { MESSAGE_MAX, transition } from './workflow/transition.ts';

export { featuredForHome } from './featured/read-featured.ts';
export { WorkflowPanel } from './views/WorkflowPanel.tsx';
export { workflowState } from './workflow/repository.ts';

const QUEUE_PAGE = 50;
/** Largest PostgreSQL integer: ids and numbers in URLs beyond it are not found, not errors. */
const PG_INT_MAX = 2_147_483_647;
/** The version a form was opened at (optimistic locking). */
const versionField = z.coerce.number().int().min(0).max(PG_INT_MAX).optional();
const featuredQuery = z.object({ locale: z.enum(LOCALES).catch('en').default('en') });
const featureBody = z.strictObject({
  type: z.string().min(1).max(40),
  slug: z.string().trim().min(1).max(200),
  expiresOn: z.union([z.literal(''), z.iso.date()]).optional(),
});
/** Types that are not under the workflow but can be featured (webinars are the team's own). */
const FEATURABLE_EXTRA = [{ type: 'webinar', label: 'webinars.kindOne' as const }];
const itemParam = z.object({ locale: z.string(), itemId: z.uuid() });
const translationParams = itemParam.extend({ lang: z.string().regex(/^[a-z]{2,3}$/) });
const translationBody = z.strictObject({
  version: versionField,
  title: text({ min: 1, max: 500 }),
  summary: text({ max: 5000, multiline: true }).optional(),
  body: text({ max: 50_000, multiline: true }).optional(),
  provenance: z.enum(['human', 'machine']).optional(),
  needsReview: z.literal('1').optional(),
});
const reportQuery = z.object({
  locale: z.enum(LOCALES).catch('fr').default('fr'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
const historyQuery = z.object({
  from: z.coerce.number().int().min(1).max(PG_INT_MAX).optional().catch(undefined),
  to: z.coerce.number().int().min(1).max(PG_INT_MAX).optional().catch(undefined),
  done: z.string().optional().catch(undefined),
});
const rightsQuery = z.object({ q: z.string().trim().max(200).optional().default('').catch('') });
const userParam = z.object({ locale: z.string(), id: z.string().min(1).max(64) });
const BULK_MAX = 100;

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const queueQuery = z.object({
  type: z.string().max(40).optional().catch(undefined),
  language: z.string().max(12).optional().catch(undefined),
  status: z.preprocess(emptyToUndefined, z.enum(['submitted', 'in_review']).optional()).catch(undefined),
  minDays: z
    .preprocess(
      emptyToUndefined,
      z.coerce
        .number()
        .int()
        .pipe(z.union(AGE_OPTIONS.map((d) => z.literal(d))))
        .optional(),
    )
    .catch(undefined),
  assignee: z.string().max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  done: z.enum(['claim', 'spot']).optional().catch(undefined),
});
const itemAction = z.object({
  locale: z.string(),
  itemId: z.uuid(),
  action: z.enum(WORKFLOW_ACTIONS as [WorkflowAction, ...WorkflowAction[]]),
});
// Line breaks and tabs stay (a message has paragraphs); other control characters go.
const ALL_CONTROL_CHARS = new RegExp(CONTROL_CHARS.source, 'g');
const message = z
  .string()
  .transform((s) => s.replace(ALL_CONTROL_CHARS, ''))
  .optional();
const decisionBody = z.strictObject({
  version: versionField,
  message,
  scheduledFor: z.string().max(40).optional(),
  confirm: z.literal('1').optional(),
});
const bulkBody = z.strictObject({
  ids: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid())),
  action: z.enum(BULK_ACTIONS),
  message,
  confirm: z.literal('1').optional(),
});

/** One workflow for every registered content type: the decision routes and the review queue. */
export function createEditorial(services: Services): Feature {
  const { db, workflow } = services;
  // Daily at 03:17 UTC: a quiet hour for most of the platform's readers.
  services.jobs.register(CHECK_LINKS_JOB, async () => void (await checkLinks(services)), {
    cron: '17 3 * * *',
  });
  services.jobs.register(PUBLISH_DUE_JOB, async () => void (await publishDue(services)), {
    cron: '* * * * *',
  });

  const editPath = (locale: string, type: string, id: string) =>
    workflow.get(type)?.editPath(locale as never, id) ?? `/${locale}/admin/review`;

  const refusedPage = (req: FastifyRequest, reply: FastifyReply, err: AppError, back: string) =>
    sendPage(
      reply,
      req.ctx,
      <ErrorPage
        status={err.status}
        title="editorial.refused.title"
        body={err.messageKey}
        values={err.values as Record<string, string>}
        back={{ href: back, label: 'editorial.refused.back' }}
      />,
      err.status,
    );

  const html: FastifyPluginAsync = async (app) => {
    // ---- one item: the decision page (message, date) and the decision itself ----

    const loadForDecision = async (req: FastifyRequest) => {
      const { itemId, action } = parseInput(itemAction, req.params);
      const signedIn = requireUser(req);
      const item = await lockItem(db, itemId);
      if (!item || !workflow.get(item.type)) throw notFound();
      // Anything but the submitter acting on their own item is a staff action (two-factor required).
      const user =
        RULES[action].by === 'editor' || item.ownerId !== signedIn.id
          ? requireAction(req, 'content.review')
          : signedIn;
      const def = workflow.get(item.type)!;
      const back = can(user, 'content.review')
        ? def.editPath(req.ctx.locale, item.id)
        : def.submissionPath(req.ctx.locale, item.id);
      return { user, item, action, back, def };
    };

    /** The page that asks for a decision's message or date (again, with errors, when refused). */
    const decidePage = (
      item: { id: string; title: string; version: number },
      action: WorkflowAction,
      req: FastifyRequest,
      back: string,
      values?: { message?: string; scheduledFor?: string },
      errors?: FieldError[],
    ) => (
      <DecidePage
        action={action}
        items={[{ id: item.id, title: item.title }]}
        postTo={req.url.split('?')[0]!}
        back={back}
        version={item.version}
        values={values}
        errors={errors}
      />
    );

    app.get('/workflow/:itemId/:action', async (req, reply) => {
      const { user, item, action, back } = await loadForDecision(req);
      const refusal = check(action, item, user);
      if (refusal) {
        const err = new AppError(
          refusal,
          409,
          refusal === 'forbidden' ? 'editorial.error.forbidden' : 'editorial.error.invalidTransition',
          undefined,
          { name: item.claimerName ?? '' },
        );
        return refusedPage(req, reply, err, back);
      }
      return sendPage(reply, req.ctx, decidePage(item, action, req, back));
    });

    app.post('/workflow/:itemId/:action', async (req, reply) => {
      const { user, item, action, back } = await loadForDecision(req);
      const fromQueue = (req.query as { back?: string }).back === 'queue';
      let values: { message?: string; scheduledFor?: string } = {};
      try {
        const body = parseInput(decisionBody, req.body);
        values = { message: body.message, scheduledFor: body.scheduledFor };
        let scheduledFor: Date | undefined;
        if (action === 'schedule') {
          const parsed = body.scheduledFor
            ? parseLocalDateTime(body.scheduledFor, user.timeZone || 'UTC')
            : null;
          if (!parsed)
            throw new AppError('schedule_invalid', 400, 'editorial.error.scheduleInvalid', 'scheduledFor');
          scheduledFor = parsed;
        }
        await transition(services, user, item.id, action, {
          message: body.message,
          scheduledFor,
          expectedVersion: body.version,
        });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        // A problem with what was typed: the form again, with what was typed.
        if (isFormRefusal(err))
          return sendPage(reply, req.ctx, decidePage(item, action, req, back, values, formErrors(err)), 400);
        return refusedPage(req, reply, err, fromQueue ? `/${req.ctx.locale}/admin/review` : back);
      }
      const target = fromQueue ? `/${req.ctx.locale}/admin/review?done=claim` : `${back}?wf=${action}`;
      return reply.redirect(target, 303);
    });

    // ---- the review queue ----

    app.get('/admin/review', async (req, reply) => {
      requireAction(req, 'content.review');
      const q = queueQuery.parse(req.query ?? {});
      return sendPage(
        reply,
        req.ctx,
        await queueScreen(
          req,
          q,
          q.done
            ? req.ctx.t(q.done === 'claim' ? 'editorial.done.claim' : 'editorial.spot.closed')
            : undefined,
        ),
      );
    });

    const queueScreen = async (
      req: FastifyRequest,
      q: z.output<typeof queueQuery>,
      notice?: string,
      errors?: FieldError[],
    ) => {
      const user = req.ctx.user!;
      const types = workflow.types();
      const filters = {
        type: types.some((x) => x.type === q.type) ? q.type : undefined,
        language: q.language || undefined,
        status: q.status,
        minDays: q.minDays,
        assignee: q.assignee === 'me' ? user.id : q.assignee || undefined,
      };
      const [{ rows, total }, team, spotChecks] = await Promise.all([
        listQueue(db, {
          ...filters,
          types: types.map((x) => x.type),
          limit: QUEUE_PAGE,
          offset: (q.page - 1) * QUEUE_PAGE,
        }),
        editors(db),
        openSpotChecks(db, 50),
      ]);
      return (
        <QueuePage
          rows={rows}
          total={total}
          page={q.page}
          pages={Math.max(1, Math.ceil(total / QUEUE_PAGE))}
          filters={filters}
          types={types.map((x) => ({ type: x.type, label: x.label }))}
          languages={[...LOCALES]}
          editors={team}
          spotChecks={spotChecks}
          editPath={(type, id) => editPath(req.ctx.locale, type, id)}
          notice={notice}
          errors={errors}
          now={new Date()}
        />
      );
    };

    // Bulk publish or reject: the first post shows what will happen, the second does it.
    app.post('/admin/review/bulk', async (req, reply) => {
      const editor = requireAction(req, 'content.review');
      const base = `/${req.ctx.locale}/admin/review`;
      let body: z.output<typeof bulkBody>;
      try {
        body = parseInput(bulkBody, req.body);
        if (body.ids.length === 0)
          throw new AppError('no_selection', 400, 'editorial.error.noSelection', 'ids');
        if (body.ids.length > BULK_MAX)
          throw new AppError('too_many', 400, 'editorial.error.tooMany', 'ids', { max: BULK_MAX });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        return sendPage(
          reply,
          req.ctx,
          await queueScreen(req, queueQuery.parse({}), undefined, formErrors(err)),
          400,
        );
      }
      const items = (await itemsByIds(db, [...new Set(body.ids)])).map((i) => ({ id: i.id, title: i.title }));
      const confirmPage = (errors?: FieldError[]) =>
        sendPage(
          reply,
          req.ctx,
          <DecidePage
            action={body.action}
            items={items}
            postTo={`${base}/bulk`}
            back={base}
            values={{ message: body.message }}
            errors={errors}
          />,
          errors ? 400 : 200,
        );
      if (!body.confirm) return confirmPage();
      if (RULES[body.action].message === 'required' && !body.message?.trim())
        return confirmPage([
          { field: 'message', code: 'message_required', messageKey: 'editorial.error.messageRequired' },
        ]);
      if ((body.message?.length ?? 0) > MESSAGE_MAX)
        return confirmPage([
          {
            field: 'message',
            code: 'message_too_long',
            messageKey: 'editorial.error.messageTooLong',
            values: { max: MESSAGE_MAX },
          },
        ]);
      let done = 0;
      const refused: FieldError[] = [];
      for (const item of items) {
        try {
          await transition(services, editor, item.id, body.action, { message: body.message });
          done++;
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          refused.push({
            code: err.code,
            messageKey: 'editorial.queue.bulkRefused',
            values: { title: item.title, reason: req.ctx.t(err.messageKey, err.values) },
          });
        }
      }
      const notice = req.ctx.t('editorial.queue.bulkDone', { done, refused: refused.length });
      return sendPage(reply, req.ctx, await queueScreen(req, queueQuery.parse({}), notice, refused));
    });

    // ---- revisions: compare any two, restore one ----

    app.get('/admin/history/:itemId', async (req, reply) => {
      requireAction(req, 'content.review');
      const { itemId } = parseInput(z.object({ locale: z.string(), itemId: z.uuid() }), req.params);
      const heading = await itemHeading(db, itemId);
      const def = heading && workflow.get(heading.type);
      if (!heading || !def) throw notFound();
      const revisions = await revisionsOf(db, itemId);
      const q = historyQuery.parse(req.query ?? {});
      const numbers = revisions.map((r) => r.number);
      // By default the newest change: the previous revision against the newest.
      const to = q.to && numbers.includes(q.to) ? q.to : numbers[0];
      const from = q.from && numbers.includes(q.from) ? q.from : (numbers[1] ?? numbers[0]);
      const a = revisions.find((r) => r.number === from);
      const b = revisions.find((r) => r.number === to);
      return sendPage(
        reply,
        req.ctx,
        <HistoryPage
          itemId={itemId}
          title={heading.title}
          version={heading.version}
          editPath={def.editPath(req.ctx.locale, itemId)}
          revisions={revisions}
          compared={
            a && b && from !== undefined && to !== undefined
              ? { from, to, diff: diffSnapshots(a.snapshot, b.snapshot) }
              : undefined
          }
          notice={q.done ? req.ctx.t('editorial.history.restored') : undefined}
        />,
      );
    });

    app.post('/admin/history/:itemId/:number/restore', async (req, reply) => {
      const editor = requireAction(req, 'content.review');
      const { itemId, number } = parseInput(
        z.object({
          locale: z.string(),
          itemId: z.uuid(),
          number: z.coerce.number().int().min(1).max(PG_INT_MAX),
        }),
        req.params,
      );
      const { version } = parseInput(z.strictObject({ version: versionField }), req.body);
      try {
        await restoreRevision(services, editor, itemId, number, version);
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'stale_version') throw err;
        return refusedPage(req, reply, err, `/${req.ctx.locale}/admin/history/${itemId}`);
      }
      return reply.redirect(`/${req.ctx.locale}/admin/history/${itemId}?done=1`, 303);
    });

    // ---- translations: the report, and one item's language versions ----

    app.get('/admin/translations', async (req, reply) => {
      requireAction(req, 'content.review');
      const q = reportQuery.parse(req.query ?? {});
      const types = workflow.types();
      const typeIds = types.map((x) => x.type);
      const [{ rows, total }, counts] = await Promise.all([
        missingTranslations(db, {
          types: typeIds,
          locale: q.locale,
          limit: QUEUE_PAGE,
          offset: (q.page - 1) * QUEUE_PAGE,
        }),
        missingCounts(db, typeIds, LOCALES),
      ]);
      return sendPage(
        reply,
        req.ctx,
        <TranslationReportPage
          locale={q.locale}
          counts={counts}
          rows={rows}
          total={total}
          page={q.page}
          pages={Math.max(1, Math.ceil(total / QUEUE_PAGE))}
          types={types.map((x) => ({ type: x.type, label: x.label }))}
        />,
      );
    });

    const translationsScreen = async (
      req: FastifyRequest,
      itemId: string,
      extra: {
        editing?: { locale: string; values: Record<string, string | undefined>; errors: FieldError[] };
        notice?: string;
      } = {},
    ) => {
      const heading = await itemHeading(db, itemId);
      const def = heading && workflow.get(heading.type);
      if (!heading || !def) throw notFound();
      return (
        <TranslationsPage
          itemId={itemId}
          title={heading.title}
          version={heading.version}
          editPath={def.editPath(req.ctx.locale, itemId)}
          translations={await translationsOf(db, itemId)}
          {...extra}
        />
      );
    };

    app.get('/admin/translations/:itemId', async (req, reply) => {
      requireAction(req, 'content.review');
      const { itemId } = parseInput(itemParam, req.params);
      const done = (req.query as { done?: string }).done;
      const notice =
        done === 'saved'
          ? req.ctx.t('editorial.translations.saved')
          : done === 'removed'
            ? req.ctx.t('editorial.translations.removed')
            : undefined;
      return sendPage(reply, req.ctx, await translationsScreen(req, itemId, { notice }));
    });

    app.post('/admin/translations/:itemId/:lang', async (req, reply) => {
      const editor = requireAction(req, 'content.review');
      const { itemId, lang } = parseInput(translationParams, req.params);
      const body = (req.body ?? {}) as Record<string, string | undefined>;
      try {
        const input = parseInput(translationBody, req.body);
        await saveTranslation(
          services,
          editor,
          itemId,
          {
            locale: lang,
            title: input.title,
            summary: input.summary,
            body: input.body,
            provenance: input.provenance ?? 'human',
            needsReview: input.needsReview === '1',
          },
          input.version,
        );
      } catch (err) {
        if (!(err instanceof AppError) || !(err instanceof ValidationError || err.code === 'stale_version'))
          throw err;
        // Field names carry the language, so the error summary links to this language's form.
        const errors = (
          err instanceof ValidationError ? err.errors : [{ code: err.code, messageKey: err.messageKey }]
        ).map((e) => ({
          ...e,
          field: 'field' in e && e.field ? `${e.field}-${lang}` : undefined,
        }));
        return sendPage(
          reply,
          req.ctx,
          await translationsScreen(req, itemId, { editing: { locale: lang, values: body, errors } }),
          err.status,
        );
      }
      return reply.redirect(`/${req.ctx.locale}/admin/translations/${itemId}?done=saved#tr-${lang}`, 303);
    });

    app.post('/admin/translations/:itemId/:lang/remove', async (req, reply) => {
      const editor = requireAction(req, 'content.review');
      const { itemId, lang } = parseInput(translationParams, req.params);
      const { version } = parseInput(z.strictObject({ version: versionField }), req.body);
      try {
        await removeTranslation(services, editor, itemId, lang, version);
      } catch (err) {
        if (!(err instanceof AppError) || !['original_translation', 'stale_version'].includes(err.code))
          throw err;
        return refusedPage(req, reply, err, `/${req.ctx.locale}/admin/translations/${itemId}`);
      }
      return reply.redirect(`/${req.ctx.locale}/admin/translations/${itemId}?done=removed`, 303);
    });

    // ---- quality checks ----

    app.get('/admin/quality', async (req, reply) => {
      requireAction(req, 'content.review');
      const types = workflow.types().map((x) => x.type);
      const [incomplete, broken, duplicates] = await Promise.all([
        incompleteItems(db, types, 100),
        brokenLinks(db, 100),
        suspectedDuplicates(db, 100),
      ]);
      return sendPage(
        reply,
        req.ctx,
        <QualityPage
          incomplete={incomplete}
          broken={broken}
          duplicates={duplicates}
          editPath={(type, id) => editPath(req.ctx.locale, type, id)}
        />,
      );
    });

    // ---- featured on the home page ----

    const featuredScreen = async (
      req: FastifyRequest,
      extra: { values?: Record<string, string | undefined>; errors?: FieldError[]; notice?: string } = {},
    ) => {
      const { locale } = featuredQuery.parse(req.query ?? {});
      const types = workflow.types();
      return (
        <FeaturedPage
          locale={locale}
          rows={await featuredFor(db, locale)}
          types={[...types.map((x) => ({ type: x.type, label: x.label })), ...FEATURABLE_EXTRA]}
          now={new Date()}
          {...extra}
        />
      );
    };

    app.get('/admin/featured', async (req, reply) => {
      requireAction(req, 'featured.manage');
      const done = (req.query as { done?: string }).done;
      const notice =
        done === 'added'
          ? req.ctx.t('editorial.featured.added')
          : done
            ? req.ctx.t('editorial.featured.changed')
            : undefined;
      return sendPage(reply, req.ctx, await featuredScreen(req, { notice }));
    });

    app.post('/admin/featured', async (req, reply) => {
      const editor = requireAction(req, 'featured.manage');
      const { locale } = featuredQuery.parse(req.query ?? {});
      try {
        const body = parseInput(featureBody, req.body);
        await featureItem(services, editor, {
          locale,
          type: body.type,
          slug: body.slug,
          expiresOn: body.expiresOn || undefined,
        });
      } catch (err) {
        if (!isFormRefusal(err)) throw err;
        const errors = formErrors(err);
        return sendPage(
          reply,
          req.ctx,
          await featuredScreen(req, { values: req.body as Record<string, string>, errors }),
          err.status,
        );
      }
      return reply.redirect(`/${req.ctx.locale}/admin/featured?locale=${locale}&done=added`, 303);
    });

    app.post('/admin/featured/:id/:op', async (req, reply) => {
      const editor = requireAction(req, 'featured.manage');
      const { locale } = featuredQuery.parse(req.query ?? {});
      const { id, op } = parseInput(
        z.object({
          locale: z.string(),
          id: z.coerce.number().int().min(1),
          op: z.enum(['up', 'down', 'remove']),
        }),
        req.params,
      );
      parseInput(z.strictObject({}), req.body);
      if (op === 'remove') await unfeatureItem(services, editor, id);
      else await moveFeaturedItem(services, editor, id, op);
      return reply.redirect(`/${req.ctx.locale}/admin/featured?locale=${locale}&done=${op}`, 303);
    });

    // ---- posting rights ----

    const rightsScreen = async (
      req: FastifyRequest,
      extra: { notice?: string; errors?: FieldError[] } = {},
    ) => {
      const { q } = rightsQuery.parse(req.query ?? {});
      const [members, organisations] = await Promise.all([
        membersForRights(db, q, 50),
        organisationsForRights(db, q, 50),
      ]);
      return <RightsPage q={q} members={members} organisations={organisations} {...extra} />;
    };

    app.get('/admin/rights', async (req, reply) => {
      requireAction(req, 'rights.manage');
      const notice = (req.query as { done?: string }).done ? req.ctx.t('editorial.rights.saved') : undefined;
      return sendPage(reply, req.ctx, await rightsScreen(req, { notice }));
    });

    const rightsBack = (req: FastifyRequest) => {
      const { q } = rightsQuery.parse(req.query ?? {});
      return `/${req.ctx.locale}/admin/rights?done=1${q ? `&q=${encodeURIComponent(q)}` : ''}`;
    };

    app.post('/admin/rights/members/:id', async (req, reply) => {
      const editor = requireAction(req, 'rights.manage');
      const { id } = parseInput(userParam, req.params);
      try {
        const { level } = parseInput(z.strictObject({ level: z.enum(MEMBER_LEVELS) }), req.body);
        await setMemberRight(db, editor, id, level);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        return sendPage(reply, req.ctx, await rightsScreen(req, { errors: err.errors }), 400);
      }
      return reply.redirect(rightsBack(req), 303);
    });

    app.post('/admin/rights/members/:id/affiliation', async (req, reply) => {
      const editor = requireAction(req, 'rights.manage');
      const { id } = parseInput(userParam, req.params);
      try {
        const body = parseInput(
          z.strictObject({
            organisation: z.string().trim().min(1).max(200),
            remove: z.literal('1').optional(),
          }),
          req.body,
        );
        await changeAffiliation(db, editor, id, {
          organisation: body.organisation,
          remove: body.remove === '1',
        });
      } catch (err) {
        if (!isFormRefusal(err)) throw err;
        return sendPage(reply, req.ctx, await rightsScreen(req, { errors: formErrors(err) }), 400);
      }
      return reply.redirect(rightsBack(req), 303);
    });

    app.post('/admin/rights/organisations/:id', async (req, reply) => {
      const editor = requireAction(req, 'rights.manage');
      const { id } = parseInput(z.object({ locale: z.string(), id: z.uuid() }), req.params);
      try {
        const body = parseInput(
          z.strictObject({ level: z.enum(ORGANISATION_LEVELS), verifiedPartner: z.literal('1').optional() }),
          req.body,
        );
        await setOrganisationRights(db, editor, id, {
          level: body.level,
          verifiedPartner: body.verifiedPartner === '1',
        });
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        return sendPage(reply, req.ctx, await rightsScreen(req, { errors: err.errors }), 400);
      }
      return reply.redirect(rightsBack(req), 303);
    });

    app.post('/admin/review/spot-check/:itemId', async (req, reply) => {
      const editor = requireAction(req, 'content.review');
      const { itemId } = parseInput(z.object({ locale: z.string(), itemId: z.uuid() }), req.params);
      parseInput(z.strictObject({}), req.body);
      await db.transaction(async (tx) => {
        if (await closeSpotCheck(tx, itemId, editor.id))
          await audit(tx, {
            actor: editor,
            action: 'content.spot_check',
            subjectType: 'content',
            subjectId: itemId,
          });
      });
      return reply.redirect(`/${req.ctx.locale}/admin/review?done=spot`, 303);
    });
  };
  return { html };
}
