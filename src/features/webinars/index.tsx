import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Feature } from '../../app.ts';
import { AppError, notFound, ValidationError } from '../../core/errors.ts';
import { formErrors } from '../../core/http/forms.ts';
import { requireAction } from '../../core/http/guards.ts';
import { uploadedFile } from '../../core/http/multipart.ts';
import { parseInput } from '../../core/http/validate.ts';
import { LOCALES } from '../../core/i18n/index.ts';
import { sendPage } from '../../core/render/index.tsx';
import type { Services } from '../../core/services.ts';
import { itemLocales } from '../content/repository.ts';
import { contentDisposition } from '../library/files/filename.ts';
import { allOrganisations } from '../organisations/repository.ts';
import { SEARCH_CACHE_PREFIX } from '../search/index.tsx';
import type { RegionSlug } from '../taxonomy/data/countries.ts';
import { fileIntoLibrary } from './afterwards/file-into-library.ts';
import { addSlides, removeSlides } from './afterwards/slides.ts';
import { webinarInvitation, webinarOrganiser } from './ics.ts';
import { evaluateSlot, PLANNER_REGIONS, suggestSlots } from './planner.ts';
import { webinarPage } from './read.ts';
import {
  cancelRegistration,
  confirmRegistration,
  registerMember,
  registerVisitor,
  registrationByToken,
} from './registration/register.ts';
import { registerReminderJob } from './reminders/send-reminders.ts';
import {
  findRegistrationByUser,
  findWebinar,
  findWebinarFile,
  findWebinarIdBySlug,
  listWebinars,
  organisationIdsOf,
  peopleOf,
  WEBINAR_TYPE,
  webinarTexts,
} from './repository.ts';
import {
  cancelWebinar,
  createWebinar,
  updateWebinar,
  WEBINAR_CACHE_PREFIX,
} from './schedule/save-webinar.ts';
import { visitorSchema, webinarSchema } from './schemas.ts';
import { reindexWebinar, WEBINAR_KIND } from './search.ts';
import { exportRegistrationsCsv, importAttendance } from './stats/attendance.ts';
import { breakdown, registrationsByDay } from './stats/repository.ts';
import { localParts, zonedToUtc } from './time.ts';
import { AdminWebinarsPage } from './views/AdminWebinarsPage.tsx';
import { ManagePage } from './views/ManagePage.tsx';
import { PlannerPage } from './views/PlannerPage.tsx';
import { RegistrationPage } from './views/RegistrationPage.tsx';
import { WebinarFormPage, type WebinarValues } from './views/WebinarFormPage.tsx';
import { WebinarPage } from './views/WebinarPage.tsx';
import { WebinarsPage } from './views/WebinarsPage.tsx';

const PAGE = 20;
const pageQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });
const slugParam = z.object({ locale: z.string(), slug: z.string().regex(/^[a-z0-9-]{1,200}$/) });
const idParam = z.object({ locale: z.string(), id: z.uuid() });
const tokenBody = z.object({ t: z.string().max(100) });
const doneQuery = z.object({ done: z.string().max(40).optional().catch(undefined) });

/** What a form posted, to show again with its errors. */
const echo = (body: unknown): WebinarValues =>
  Object.fromEntries(
    Object.entries((body ?? {}) as Record<string, unknown>).filter(
      (e): e is [string, string | string[]] => typeof e[1] === 'string' || Array.isArray(e[1]),
    ),
  );

/**
 * Webinars the platform runs with partners: public list, archive and pages with registration
 * (members in one click, visitors with double opt-in, waitlist), calendar invitations,
 * reminders; for organisers scheduling, a time-zone planner, statistics, attendance, slides and
 * filing into the library.
 */
export function createWebinars(services: Services): Feature {
  const { db } = services;
  services.search.register({
    kind: WEBINAR_KIND,
    path: 'webinars',
    label: 'webinars.kindOne',
    reindex: reindexWebinar,
  });
  registerReminderJob(services);
  const invalidate = () => {
    services.cache.invalidate(WEBINAR_CACHE_PREFIX);
    services.cache.invalidate(SEARCH_CACHE_PREFIX);
  };

  const showPage = async (
    req: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    extra: {
      errors?: ReturnType<typeof formErrors>;
      values?: Record<string, string>;
      notice?: string;
      status?: number;
    } = {},
  ) => {
    const data = await webinarPage(db, slug, req.ctx.locale, req.ctx.user?.id);
    return sendPage(
      reply,
      req.ctx,
      <WebinarPage
        data={data}
        now={new Date()}
        errors={extra.errors}
        values={extra.values}
        notice={extra.notice}
      />,
      extra.status,
    );
  };

  const html: FastifyPluginAsync = async (app) => {
    for (const when of ['upcoming', 'past'] as const)
      app.get(when === 'upcoming' ? '/webinars' : '/webinars/past', async (req, reply) => {
        const { page } = pageQuery.parse(req.query ?? {});
        const { rows, total } = await services.cache.get(
          `${WEBINAR_CACHE_PREFIX}${when}:${req.ctx.locale}:${page}`,
          services.config.CACHE_TTL_MS,
          () => listWebinars(db, { locale: req.ctx.locale, when, limit: PAGE, offset: (page - 1) * PAGE }),
        );
        return sendPage(
          reply,
          req.ctx,
          <WebinarsPage
            when={when}
            rows={rows}
            total={total}
            page={page}
            pages={Math.max(1, Math.ceil(total / PAGE))}
          />,
        );
      });

    // The public calendar file: no join link (that goes only to registrants, by e-mail).
    app.get('/webinars/:slug.ics', async (req, reply) => {
      const { slug } = parseInput(slugParam, req.params);
      const found = await findWebinarIdBySlug(db, slug);
      if (found?.status !== 'published') throw notFound();
      const w = (await findWebinar(db, found.id))!;
      const texts = await webinarTexts(db, found.id, req.ctx.locale);
      const { content } = webinarInvitation({
        webinarId: found.id,
        host: new URL(services.config.publicUrl).host,
        sequence: w.webinar.icsSequence,
        title: texts.title,
        description: texts.body ?? '',
        url: `${services.config.publicUrl}/${req.ctx.locale}/webinars/${slug}`,
        start: w.webinar.startsAt,
        durationMinutes: w.webinar.durationMinutes,
        cancelled: !!w.webinar.cancelledAt,
        organiser: webinarOrganiser(services.config.MAIL_FROM),
        publish: true,
      });
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${slug}.ics"`)
        .header('cache-control', 'public, max-age=300')
        .send(content);
    });

    app.get('/webinars/:slug', async (req, reply) => {
      const { slug } = parseInput(slugParam, req.params);
      const { done } = doneQuery.parse(req.query ?? {});
      const notice =
        done === 'registered' || done === 'waitlisted' || done === 'check-email' || done === 'cancelled'
          ? req.ctx.t(`webinars.done.${done === 'check-email' ? 'checkEmail' : done}`)
          : undefined;
      return showPage(req, reply, slug, { notice });
    });

    // A person registers once or twice; a script trying addresses or flooding inboxes is slowed.
    const limited = { config: { rateLimit: { max: 30, timeWindow: 3_600_000 } } };

    app.post('/webinars/:slug/register', limited, async (req, reply) => {
      const { slug } = parseInput(slugParam, req.params);
      const found = await findWebinarIdBySlug(db, slug);
      if (found?.status !== 'published') throw notFound();
      const base = `/${req.ctx.locale}/webinars/${slug}`;
      try {
        if (req.ctx.user) {
          const { registration } = await registerMember(services, found.id, req.ctx.user.id);
          invalidate();
          return reply.redirect(`${base}?done=${registration.status}`, 303);
        }
        const input = parseInput(visitorSchema, req.body);
        await registerVisitor(services, found.id, { ...input, locale: req.ctx.locale });
        return reply.redirect(`${base}?done=check-email`, 303);
      } catch (err) {
        if (!(err instanceof AppError) || err.status >= 500 || err.status === 404) throw err;
        return showPage(req, reply, slug, {
          errors: formErrors(err),
          values: echo(req.body) as Record<string, string>,
          status: err instanceof ValidationError ? 400 : err.status,
        });
      }
    });

    // A registration link (from the e-mail): see, confirm, cancel — without an account.
    app.get('/webinars/:slug/registration', async (req, reply) => {
      const { slug } = parseInput(slugParam, req.params);
      const token = z.object({ t: z.string().max(100).catch('') }).parse(req.query ?? {}).t;
      const found = token ? await registrationByToken(db, token) : null;
      if (!found || found.webinar.slug !== slug)
        throw new AppError('invalid_link', 404, 'webinars.error.invalidLink');
      const { done } = doneQuery.parse(req.query ?? {});
      return renderRegistration(req, reply, token, found, done);
    });

    const renderRegistration = async (
      req: FastifyRequest,
      reply: FastifyReply,
      token: string,
      found: NonNullable<Awaited<ReturnType<typeof registrationByToken>>>,
      done?: string,
    ) => {
      const w = found.webinar.webinar;
      const texts = await webinarTexts(db, w.itemId, req.ctx.locale);
      const open = !w.cancelledAt && w.startsAt.getTime() > Date.now();
      reply.header('referrer-policy', 'no-referrer');
      return sendPage(
        reply,
        req.ctx,
        <RegistrationPage
          slug={found.webinar.slug}
          title={texts.title}
          token={token}
          registration={found.registration}
          start={w.startsAt}
          minutes={w.durationMinutes}
          zone={w.timeZone}
          meetingUrl={w.meetingUrl}
          open={open}
          notice={
            done === 'confirmed' || done === 'cancelled' ? req.ctx.t(`webinars.done.${done}`) : undefined
          }
        />,
      );
    };

    app.post('/webinars/:slug/registration/confirm', limited, async (req, reply) => {
      const { slug } = parseInput(slugParam, req.params);
      const { t: token } = parseInput(tokenBody, req.body);
      await confirmRegistration(services, token);
      invalidate();
      return reply.redirect(
        `/${req.ctx.locale}/webinars/${slug}/registration?t=${encodeURIComponent(token)}&done=confirmed`,
        303,
      );
    });

    app.post('/webinars/:slug/registration/cancel', limited, async (req, reply) => {
      const { slug } = parseInput(slugParam, req.params);
      const body = (req.body ?? {}) as { t?: unknown };
      if (typeof body.t === 'string' && body.t) {
        const { t: token } = parseInput(tokenBody, req.body);
        const found = await registrationByToken(db, token);
        if (!found || found.webinar.slug !== slug)
          throw new AppError('invalid_link', 404, 'webinars.error.invalidLink');
        await cancelRegistration(services, found.registration.id);
        invalidate();
        return reply.redirect(
          `/${req.ctx.locale}/webinars/${slug}/registration?t=${encodeURIComponent(token)}&done=cancelled`,
          303,
        );
      }
      const user = req.ctx.user;
      if (!user) throw new AppError('forbidden', 403, 'ui.error.forbidden.title');
      const found = await findWebinarIdBySlug(db, slug);
      const mine = found ? await findRegistrationByUser(db, found.id, user.id) : null;
      if (!mine) throw notFound();
      await cancelRegistration(services, mine.id);
      invalidate();
      return reply.redirect(`/${req.ctx.locale}/webinars/${slug}?done=cancelled`, 303);
    });

    app.get('/webinars/:slug/files/:id', async (req, reply) => {
      const { slug, id } = parseInput(slugParam.extend({ id: z.uuid() }), req.params);
      const found = await findWebinarIdBySlug(db, slug);
      if (found?.status !== 'published') throw notFound();
      const file = await findWebinarFile(db, found.id, id);
      if (!file || (await services.storage.size(file.storageKey)) === null) throw notFound();
      return reply
        .header('content-type', file.mediaType)
        .header('content-length', String(file.size))
        .header('content-disposition', contentDisposition('attachment', file.filename))
        .header('x-content-type-options', 'nosniff')
        .header('etag', `"${file.sha256}"`)
        .header('cache-control', 'public, max-age=3600')
        .send(services.storage.read(file.storageKey));
    });

    // ── Organisers ─────────────────────────────────────────────────────────────────────────
    app.get('/admin/webinars', async (req, reply) => {
      requireAction(req, 'webinars.manage');
      const { done } = doneQuery.parse(req.query ?? {});
      const { rows } = await listWebinars(db, {
        locale: req.ctx.locale,
        when: 'all',
        limit: 200,
        offset: 0,
        drafts: true,
      });
      return sendPage(
        reply,
        req.ctx,
        <AdminWebinarsPage rows={rows} notice={done ? req.ctx.t('webinars.admin.saved') : undefined} />,
      );
    });

    const organisations = async () => (await allOrganisations(db)).map((o) => ({ id: o.id, name: o.name }));

    app.get('/admin/webinars/new', async (req, reply) => {
      requireAction(req, 'webinars.manage');
      return sendPage(
        reply,
        req.ctx,
        <WebinarFormPage
          values={{
            originalLocale: req.ctx.locale,
            durationMinutes: '90',
            timeZone: req.ctx.user?.timeZone ?? 'UTC',
          }}
          organisations={await organisations()}
        />,
      );
    });

    app.post('/admin/webinars/new', async (req, reply) => {
      const organiser = requireAction(req, 'webinars.manage');
      try {
        const { id } = await createWebinar(services, organiser, parseInput(webinarSchema, req.body));
        invalidate();
        return reply.redirect(`/${req.ctx.locale}/admin/webinars/${id}?done=saved`, 303);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        return sendPage(
          reply,
          req.ctx,
          <WebinarFormPage
            values={echo(req.body)}
            organisations={await organisations()}
            errors={err.errors}
          />,
          400,
        );
      }
    });

    const formValues = async (id: string): Promise<WebinarValues> => {
      const w = await findWebinar(db, id);
      if (!w) throw notFound();
      const local = localParts(w.webinar.startsAt, w.webinar.timeZone);
      const people = await peopleOf(db, [id]);
      const line = (p: (typeof people)[number]) =>
        [p.name, p.position ?? '', p.organisation ?? ''].join(' | ').replace(/( \| )+$/, '');
      const values: WebinarValues = {
        version: String(w.version),
        originalLocale: w.originalLocale,
        date: local.day,
        time: local.clock,
        timeZone: w.webinar.timeZone,
        durationMinutes: String(w.webinar.durationMinutes),
        capacity: w.webinar.capacity == null ? '' : String(w.webinar.capacity),
        meetingUrl: w.webinar.meetingUrl ?? '',
        recordingUrl: w.webinar.recordingUrl ?? '',
        spokenLanguages: w.webinar.spokenLanguages,
        interpretation: w.webinar.interpretation,
        targetRegions: w.webinar.targetRegions,
        organisationIds: await organisationIdsOf(db, id),
        moderator: people
          .filter((p) => p.role === 'moderator')
          .map(line)
          .join('\n'),
        speakers: people
          .filter((p) => p.role === 'speaker')
          .map(line)
          .join('\n'),
        publish: w.status === 'published' ? 'on' : '',
      };
      const written = await itemLocales(db, id);
      for (const l of LOCALES) {
        if (!written.includes(l)) continue;
        const texts = await webinarTexts(db, id, l);
        values[`title_${l}`] = texts.title;
        values[`description_${l}`] = texts.body ?? '';
        values[`summary_${l}`] = texts.summary ?? '';
      }
      return values;
    };

    app.get('/admin/webinars/:id/edit', async (req, reply) => {
      requireAction(req, 'webinars.manage');
      const { id } = parseInput(idParam, req.params);
      return sendPage(
        reply,
        req.ctx,
        <WebinarFormPage id={id} values={await formValues(id)} organisations={await organisations()} />,
      );
    });

    app.post('/admin/webinars/:id/edit', async (req, reply) => {
      const organiser = requireAction(req, 'webinars.manage');
      const { id } = parseInput(idParam, req.params);
      try {
        await updateWebinar(services, organiser, id, parseInput(webinarSchema, req.body));
        invalidate();
        return reply.redirect(`/${req.ctx.locale}/admin/webinars/${id}?done=saved`, 303);
      } catch (err) {
        if (!(err instanceof AppError) || err.status === 404 || err.status >= 500) throw err;
        return sendPage(
          reply,
          req.ctx,
          <WebinarFormPage
            id={id}
            values={echo(req.body)}
            organisations={await organisations()}
            errors={formErrors(err)}
          />,
          err.status,
        );
      }
    });

    app.get('/admin/webinars/planner', async (req, reply) => {
      requireAction(req, 'webinars.manage');
      const q = (req.query ?? {}) as Record<string, string | string[] | undefined>;
      const str = (v: unknown, d: string) => (typeof v === 'string' && v.length < 100 ? v : d);
      const regions = [q.regions ?? []]
        .flat()
        .filter((r): r is RegionSlug => PLANNER_REGIONS.includes(r as RegionSlug));
      const values = {
        date: str(q.date, new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10)),
        time: str(q.time, '13:00'),
        timeZone: str(q.timeZone, req.ctx.user?.timeZone ?? 'UTC'),
        durationMinutes: str(q.durationMinutes, '90'),
        regions: regions.length
          ? regions
          : (['sub-saharan-africa', 'latin-america-caribbean', 'south-asia'] as RegionSlug[]),
      };
      const asked = q.date !== undefined;
      let errors: ReturnType<typeof formErrors> = [];
      let slots = null;
      let suggestions: ReturnType<typeof suggestSlots> = [];
      try {
        const input = parseInput(
          z.object({
            date: z.string(),
            time: z.string(),
            timeZone: webinarSchema.in.shape.timeZone,
            durationMinutes: z.coerce.number().int().min(15).max(480),
          }),
          values,
        );
        const start = zonedToUtc(input.date, input.time, input.timeZone);
        if (typeof start === 'string')
          throw new ValidationError([
            {
              field: start === 'invalid_date' ? 'date' : 'time',
              code: start,
              messageKey:
                start === 'invalid_date'
                  ? 'webinars.error.date'
                  : start === 'invalid_time'
                    ? 'webinars.error.time'
                    : 'webinars.error.nonexistentTime',
            },
          ]);
        slots = evaluateSlot(start, input.durationMinutes, values.regions);
        suggestions = suggestSlots(start.toISOString().slice(0, 10), input.durationMinutes, values.regions);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        if (asked) errors = err.errors;
      }
      return sendPage(
        reply,
        req.ctx,
        <PlannerPage values={values} slots={slots} suggestions={suggestions} errors={errors} />,
        errors.length ? 400 : 200,
      );
    });

    const managePage = async (
      req: FastifyRequest,
      reply: FastifyReply,
      id: string,
      extra: { errors?: ReturnType<typeof formErrors>; notice?: string; status?: number } = {},
    ) => {
      const w = await findWebinar(db, id);
      if (!w) throw notFound();
      const data = await webinarPage(db, w.slug, req.ctx.locale, null, true);
      const [byDay, byCountry, byRegion, bySector, byLanguage] = await Promise.all([
        registrationsByDay(db, id),
        breakdown(db, id, 'country'),
        breakdown(db, id, 'region'),
        breakdown(db, id, 'sector'),
        breakdown(db, id, 'locale'),
      ]);
      return sendPage(
        reply,
        req.ctx,
        <ManagePage
          id={id}
          data={data}
          stats={{ byDay, byCountry, byRegion, bySector, byLanguage }}
          errors={extra.errors}
          notice={extra.notice}
        />,
        extra.status,
      );
    };

    app.get('/admin/webinars/:id', async (req, reply) => {
      requireAction(req, 'webinars.manage');
      const { id } = parseInput(idParam, req.params);
      const q = (req.query ?? {}) as { done?: string; matched?: string; rows?: string };
      const notice =
        q.done === 'attendance'
          ? req.ctx.t('webinars.attendance.done', {
              matched: Number(q.matched) || 0,
              rows: Number(q.rows) || 0,
            })
          : q.done
            ? req.ctx.t('webinars.admin.saved')
            : undefined;
      return managePage(req, reply, id, { notice });
    });

    app.get('/admin/webinars/:id/registrations.csv', async (req, reply) => {
      const organiser = requireAction(req, 'webinars.manage');
      const { id } = parseInput(idParam, req.params);
      const w = await findWebinar(db, id);
      if (!w) throw notFound();
      const csv = await exportRegistrationsCsv(services, organiser, id);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${w.slug}-registrations.csv"`)
        .header('cache-control', 'private, no-store')
        .send(csv);
    });

    const refusalToManage =
      (fn: (req: FastifyRequest, id: string) => Promise<string>) =>
      async (req: FastifyRequest, reply: FastifyReply) => {
        requireAction(req, 'webinars.manage');
        const { id } = parseInput(idParam, req.params);
        try {
          const query = await fn(req, id);
          invalidate();
          return reply.redirect(`/${req.ctx.locale}/admin/webinars/${id}?${query}`, 303);
        } catch (err) {
          if (!(err instanceof AppError) || err.status === 404 || err.status >= 500) throw err;
          return managePage(req, reply, id, { errors: formErrors(err), status: err.status });
        }
      };

    app.post(
      '/admin/webinars/:id/attendance',
      refusalToManage(async (req, id) => {
        const part = uploadedFile(req);
        if (!part?.filename) {
          part?.file.resume();
          throw new AppError('required', 400, 'webinars.error.csv', 'file');
        }
        const buffer = await part.toBuffer();
        const result = await importAttendance(services, req.ctx.user!, id, buffer.toString('utf8'));
        return `done=attendance&matched=${result.matched}&rows=${result.rows}`;
      }),
    );

    app.post(
      '/admin/webinars/:id/files',
      refusalToManage(async (req, id) => {
        await addSlides(services, req.ctx.user!, id, uploadedFile(req));
        return 'done=files';
      }),
    );

    app.post(
      '/admin/webinars/:id/files/:fileId/remove',
      refusalToManage(async (req, id) => {
        const { fileId } = z
          .object({ fileId: z.uuid() })
          .parse({ fileId: (req.params as { fileId: string }).fileId });
        await removeSlides(services, req.ctx.user!, id, fileId);
        return 'done=files';
      }),
    );

    app.post(
      '/admin/webinars/:id/file-into-library',
      refusalToManage(async (req, id) => {
        await fileIntoLibrary(services, req.ctx.user!, id);
        return 'done=filed';
      }),
    );

    app.post(
      '/admin/webinars/:id/cancel',
      refusalToManage(async (req, id) => {
        await cancelWebinar(services, req.ctx.user!, id);
        return 'done=cancelled';
      }),
    );
  };
  return { html };
}

export { upcomingWebinars } from './read.ts';
export { WEBINAR_TYPE };
