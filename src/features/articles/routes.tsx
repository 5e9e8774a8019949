import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, notFound, ValidationError } from '../../core/errors.ts';
import { formErrors, isFormRefusal } from '../../core/http/forms.ts';
import { requireAction } from '../../core/http/guards.ts';
import { uploadedFile } from '../../core/http/multipart.ts';
import { parseInput } from '../../core/http/validate.ts';
import type { MessageKey } from '../../core/i18n/index.ts';
import { sendPage } from '../../core/render/index.tsx';
import type { Services } from '../../core/services.ts';
import { CONTENT_STATUSES } from '../content/tables.ts';
import { countViewLater } from '../content/count-view.ts';
import { workflowState } from '../editorial/index.tsx';
import { workflowNotice } from '../editorial/views/notices.ts';
import { SEARCH_RATE_LIMIT, SearchPage, searchContent, searchParams } from '../search/index.tsx';
import { createArticle, REVISABLE, saveArticle } from './edit-article.ts';
import { articleFormOptions } from './form-options.ts';
import { getArticle } from './get-article.ts';
import { IMAGE_MAX_BYTES } from './images/process-image.ts';
import { MEMBER_EDITABLE, removeLeadImage, setLeadImage } from './images/set-lead-image.ts';
import { echo, formValuesOf, imageView } from './presenter.ts';
import { articleForEdit, listForEditors, submissionOf, submissionsOf } from './repository.ts';
import { articleSchema, imageFields, toArticleInput, versionField } from './schemas.ts';
import { submitArticle } from './submit-article.ts';
import { ARTICLES, type ArticleType } from './types.ts';
import { AdminListPage } from './views/AdminListPage.tsx';
import { DetailPage } from './views/DetailPage.tsx';
import { EditPage } from './views/EditPage.tsx';
import { SubmissionPage } from './views/SubmissionPage.tsx';
import { SubmissionsPage } from './views/SubmissionsPage.tsx';
import { SubmitPage } from './views/SubmitPage.tsx';

const ADMIN_PAGE = 50;
const itemParams = z.object({ locale: z.string(), itemId: z.uuid() });
const slugParams = z.object({ locale: z.string(), slug: z.string().regex(/^[a-z0-9-]{1,200}$/) });
const adminQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  status: z.enum(CONTENT_STATUSES).optional().catch(undefined),
});

const NOTICES = {
  submitted: 'articles.notice.submitted',
  direct: 'editorial.done.submitDirect',
  revised: 'articles.notice.revised',
  created: 'articles.notice.created',
  saved: 'articles.notice.saved',
  image: 'articles.notice.image',
  imageRemoved: 'articles.notice.imageRemoved',
} as const satisfies Record<string, MessageKey>;
const doneQuery = z
  .object({ done: z.enum(Object.keys(NOTICES) as [keyof typeof NOTICES]).optional() })
  .catch({});

/** An item id from the URL; anything else is a page that does not exist. */
function itemIdOf(req: FastifyRequest): string {
  const parsed = itemParams.safeParse(req.params);
  if (!parsed.success) throw notFound();
  return parsed.data.itemId;
}

function noticeOf(req: FastifyRequest): string | undefined {
  const { done } = doneQuery.parse(req.query ?? {});
  return done ? req.ctx.t(NOTICES[done]) : workflowNotice(req.ctx.t, req.query);
}

/** Public list and detail pages, members' submissions and the editors' screens of one type. */
export function articleRoutes(
  services: Services,
  type: ArticleType,
  publicChanged: () => void,
): FastifyPluginAsync {
  const { db } = services;
  const def = ARTICLES[type];
  const maxMegabytes =
    Math.floor(Math.min(IMAGE_MAX_BYTES, services.config.UPLOAD_MAX_BYTES) / 1_048_576) || 1;

  return async (app) => {
    // ---- public ----

    app.get(`/${def.path}`, { config: { rateLimit: SEARCH_RATE_LIMIT } }, async (req, reply) => {
      const params = parseInput(searchParams, req.query);
      const { locale, t } = req.ctx;
      const view = await searchContent(services, { params, locale, scope: { id: type, kinds: [type] } });
      return sendPage(
        reply,
        req.ctx,
        <SearchPage
          view={view}
          title={t(def.plural)}
          intro={t(def.intro)}
          base={`/${locale}/${def.path}`}
          section="news"
          pathOf={() => def.path}
          kindLabel={() => t(def.one)}
          showKind={false}
          related={
            type === 'news'
              ? { href: `/${locale}/blog`, label: t('articles.related.blog') }
              : { href: `/${locale}/news`, label: t('articles.related.news') }
          }
          action={{
            href: `/${locale}/${def.path}/submit`,
            label: t(type === 'news' ? 'articles.submit.titleNews' : 'articles.submit.titleBlog'),
          }}
          feed={{ name: def.path, withType: false }}
        />,
      );
    });

    // ---- members ----

    const optionsOf = (req: FastifyRequest) => articleFormOptions(db, req.ctx.locale);

    app.get(`/${def.path}/submit`, async (req, reply) => {
      requireAction(req, 'article.submit');
      return sendPage(reply, req.ctx, <SubmitPage type={type} options={await optionsOf(req)} />);
    });

    app.post(
      `/${def.path}/submit`,
      { config: { rateLimit: { max: 30, timeWindow: 3_600_000 } } },
      async (req, reply) => {
        const member = requireAction(req, 'article.submit');
        try {
          const input = toArticleInput(parseInput(articleSchema, req.body));
          const { id, direct } = await submitArticle(services, member, type, input);
          return reply.redirect(
            `/${req.ctx.locale}/${def.path}/submissions/${id}?done=${direct ? 'direct' : 'submitted'}`,
            303,
          );
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          return sendPage(
            reply,
            req.ctx,
            <SubmitPage
              type={type}
              values={echo(req.body)}
              errors={formErrors(err)}
              options={await optionsOf(req)}
            />,
            err.status,
          );
        }
      },
    );

    app.get(`/${def.path}/submissions`, async (req, reply) => {
      const member = requireAction(req, 'article.submit');
      const rows = await submissionsOf(db, type, member.id, req.ctx.locale);
      return sendPage(reply, req.ctx, <SubmissionsPage type={type} rows={rows} />);
    });

    const submissionScreen = async (req: FastifyRequest, memberId: string, itemId: string) => {
      const submission = await submissionOf(db, type, itemId, memberId, req.ctx.locale);
      if (!submission) throw notFound();
      const [current, workflow] = await Promise.all([articleForEdit(db, itemId), workflowState(db, itemId)]);
      return {
        submission,
        workflow: workflow ?? undefined,
        image: current?.image ? imageView(current.image) : null,
        imageForm: MEMBER_EDITABLE.includes(submission.status) ? { maxMegabytes } : undefined,
        revisable: REVISABLE.includes(submission.status),
      };
    };

    app.get(`/${def.path}/submissions/:itemId`, async (req, reply) => {
      const member = requireAction(req, 'article.submit');
      const screen = await submissionScreen(req, member.id, itemIdOf(req));
      return sendPage(reply, req.ctx, <SubmissionPage {...screen} notice={noticeOf(req)} />);
    });

    const reviseScreen = async (memberId: string, itemId: string) => {
      const current = await articleForEdit(db, itemId);
      if (!current || current.item.type !== type || current.item.authorId !== memberId) throw notFound();
      if (!REVISABLE.includes(current.item.status))
        throw new AppError('not_revisable', 409, 'articles.error.locked');
      return current;
    };

    app.get(`/${def.path}/submissions/:itemId/edit`, async (req, reply) => {
      const member = requireAction(req, 'article.submit');
      const itemId = itemIdOf(req);
      const current = await reviseScreen(member.id, itemId);
      return sendPage(
        reply,
        req.ctx,
        <SubmitPage
          type={type}
          values={formValuesOf(current)}
          options={await optionsOf(req)}
          revise={{ id: itemId, version: current.item.version }}
        />,
      );
    });

    app.post(`/${def.path}/submissions/:itemId/edit`, async (req, reply) => {
      const member = requireAction(req, 'article.submit');
      const itemId = itemIdOf(req);
      try {
        const { version, ...fields } = parseInput(articleSchema.extend({ version: versionField }), req.body);
        await saveArticle(db, member, itemId, toArticleInput(fields), version);
      } catch (err) {
        if (!(err instanceof AppError) || !(err instanceof ValidationError || err.code === 'stale_version'))
          throw err;
        const current = await reviseScreen(member.id, itemId);
        return sendPage(
          reply,
          req.ctx,
          <SubmitPage
            type={type}
            values={echo(req.body)}
            errors={formErrors(err)}
            options={await optionsOf(req)}
            revise={{ id: itemId, version: current.item.version }}
          />,
          err.status,
        );
      }
      return reply.redirect(`/${req.ctx.locale}/${def.path}/submissions/${itemId}?done=revised`, 303);
    });

    app.post(
      `/${def.path}/submissions/:itemId/image`,
      { config: { rateLimit: { max: 30, timeWindow: 3_600_000 } } },
      async (req, reply) => {
        const member = requireAction(req, 'article.submit');
        const itemId = itemIdOf(req);
        try {
          if (!(await submissionOf(db, type, itemId, member.id, req.ctx.locale))) throw notFound();
          const { alt } = parseInput(imageFields, req.body);
          await setLeadImage(services, member, itemId, { alt, file: uploadedFile(req) });
        } catch (err) {
          if (!isFormRefusal(err)) throw err;
          const screen = await submissionScreen(req, member.id, itemId);
          return sendPage(
            reply,
            req.ctx,
            <SubmissionPage {...screen} errors={formErrors(err)} />,
            err.status,
          );
        }
        return reply.redirect(`/${req.ctx.locale}/${def.path}/submissions/${itemId}?done=image`, 303);
      },
    );

    app.post(`/${def.path}/submissions/:itemId/image/remove`, async (req, reply) => {
      const member = requireAction(req, 'article.submit');
      const itemId = itemIdOf(req);
      if (!(await submissionOf(db, type, itemId, member.id, req.ctx.locale))) throw notFound();
      await removeLeadImage(services, member, itemId);
      return reply.redirect(`/${req.ctx.locale}/${def.path}/submissions/${itemId}?done=imageRemoved`, 303);
    });

    // ---- editors ----

    const editScreen = async (req: FastifyRequest, itemId: string) => {
      const [current, options, workflow] = await Promise.all([
        articleForEdit(db, itemId),
        optionsOf(req),
        workflowState(db, itemId),
      ]);
      if (!current || current.item.type !== type || !workflow) throw notFound();
      const values = formValuesOf(current);
      return {
        type,
        item: {
          id: current.item.id,
          slug: current.item.slug,
          status: current.item.status,
          title: String(values.title || current.item.slug),
          version: current.item.version,
        },
        workflow,
        image: current.image ? imageView(current.image) : null,
        maxMegabytes,
        values,
        options,
      };
    };

    app.get(`/admin/${def.path}`, async (req, reply) => {
      requireAction(req, 'article.edit');
      const { page, status } = adminQuery.parse(req.query ?? {});
      const { rows, total } = await listForEditors(db, {
        type,
        locale: req.ctx.locale,
        status,
        limit: ADMIN_PAGE,
        offset: (page - 1) * ADMIN_PAGE,
      });
      const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE));
      return sendPage(
        reply,
        req.ctx,
        <AdminListPage type={type} rows={rows} total={total} page={page} pages={pages} status={status} />,
      );
    });

    app.get(`/admin/${def.path}/new`, async (req, reply) => {
      requireAction(req, 'article.edit');
      return sendPage(reply, req.ctx, <EditPage type={type} values={{}} options={await optionsOf(req)} />);
    });

    app.post(`/admin/${def.path}/new`, async (req, reply) => {
      const editor = requireAction(req, 'article.edit');
      try {
        const input = toArticleInput(parseInput(articleSchema, req.body));
        const { id } = await createArticle(db, editor, type, input);
        return reply.redirect(`/${req.ctx.locale}/admin/${def.path}/${id}/edit?done=created`, 303);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        return sendPage(
          reply,
          req.ctx,
          <EditPage type={type} values={echo(req.body)} errors={err.errors} options={await optionsOf(req)} />,
          400,
        );
      }
    });

    app.get(`/admin/${def.path}/:itemId/edit`, async (req, reply) => {
      requireAction(req, 'article.edit');
      const screen = await editScreen(req, itemIdOf(req));
      return sendPage(reply, req.ctx, <EditPage {...screen} notice={noticeOf(req)} />);
    });

    app.post(`/admin/${def.path}/:itemId/edit`, async (req, reply) => {
      const editor = requireAction(req, 'article.edit');
      const itemId = itemIdOf(req);
      try {
        const { version, ...fields } = parseInput(articleSchema.extend({ version: versionField }), req.body);
        await saveArticle(db, editor, itemId, toArticleInput(fields), version);
      } catch (err) {
        if (!(err instanceof AppError) || !(err instanceof ValidationError || err.code === 'stale_version'))
          throw err;
        const screen = await editScreen(req, itemId);
        return sendPage(
          reply,
          req.ctx,
          <EditPage {...screen} values={echo(req.body)} errors={formErrors(err)} />,
          err.status,
        );
      }
      publicChanged();
      return reply.redirect(`/${req.ctx.locale}/admin/${def.path}/${itemId}/edit?done=saved`, 303);
    });

    app.post(`/admin/${def.path}/:itemId/image`, async (req, reply) => {
      const editor = requireAction(req, 'article.edit');
      const itemId = itemIdOf(req);
      try {
        const { alt } = parseInput(imageFields, req.body);
        await setLeadImage(services, editor, itemId, { alt, file: uploadedFile(req) });
      } catch (err) {
        if (!isFormRefusal(err)) throw err;
        const screen = await editScreen(req, itemId);
        return sendPage(reply, req.ctx, <EditPage {...screen} imageErrors={formErrors(err)} />, err.status);
      }
      return reply.redirect(`/${req.ctx.locale}/admin/${def.path}/${itemId}/edit?done=image`, 303);
    });

    app.post(`/admin/${def.path}/:itemId/image/remove`, async (req, reply) => {
      const editor = requireAction(req, 'article.edit');
      const itemId = itemIdOf(req);
      await removeLeadImage(services, editor, itemId);
      return reply.redirect(`/${req.ctx.locale}/admin/${def.path}/${itemId}/edit?done=imageRemoved`, 303);
    });

    // ---- the public page (after the fixed paths above) ----

    app.get(`/${def.path}/:slug`, async (req, reply) => {
      const { slug } = parseInput(slugParams, req.params);
      const page = await getArticle(db, type, slug, req.ctx.locale);
      countViewLater(services, page.item.id);
      return sendPage(reply, req.ctx, <DetailPage page={page} />);
    });
  };
}
