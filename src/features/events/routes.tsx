import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, notFound, ValidationError } from '../../core/errors.ts';
import { formErrors } from '../../core/http/forms.ts';
import { requireAction } from '../../core/http/guards.ts';
import { parseInput } from '../../core/http/validate.ts';
import type { Locale, MessageKey } from '../../core/i18n/index.ts';
import { sendPage } from '../../core/render/index.tsx';
import type { Services } from '../../core/services.ts';
import { CONTENT_STATUSES } from '../content/tables.ts';
import { workflowState } from '../editorial/index.tsx';
import { workflowNotice } from '../editorial/views/notices.ts';
import { allOrganisations } from '../organisations/read.ts';
import { termOptions } from '../taxonomy/index.tsx';
import { countryName } from '../taxonomy/countries.ts';
import { filterQuery, filtersOf } from './filters.ts';
import { EVENTS_CACHE_PREFIX } from './upcoming.ts';
import { getEvent } from './get-event.ts';
import { etagOf, icsOf, type IcsEvent, uidHost } from './ics.ts';
import { echo, type EventSummary, formValuesOf, summaryOf } from './presenter.ts';
import {
  eventForEdit,
  eventOfAuthor,
  eventsForEditors,
  eventsOfAuthor,
  type EventFilters,
  listEvents,
} from './repository.ts';
import { createEvent, saveEvent } from './save-event.ts';
import { editorSaveSchema, editorSchema, reviseSchema, submitSchema, toEventInput } from './schemas.ts';
import { REVISABLE, reviseEvent } from './revise-event.ts';
import { submitEvent } from './submit-event.ts';
import { localParts, monthBounds, zonedInstant } from './time.ts';
import { CalendarPage } from './views/CalendarPage.tsx';
import { DetailPage } from './views/DetailPage.tsx';
import type { EventFormOptions } from './views/EventFields.tsx';
import { AdminListPage, EditPage, SubmissionPage, SubmissionsPage, SubmitPage } from './views/FormPages.tsx';
import { ListPage } from './views/ListPage.tsx';

const PAGE_SIZE = 20;
const DAY = 86_400_000;
/** The feed keeps events that ended recently, so a subscriber's calendar does not lose them at once. */
const FEED_RECENT_DAYS = 90;
const FEED_MAX = 500;
const FEED_MAX_AGE = 900;

const slugParam = z.object({ locale: z.string(), slug: z.string().regex(/^[a-z0-9-]{1,200}(\.ics)?$/) });
const itemParams = z.object({ locale: z.string(), itemId: z.uuid() });
const adminQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  status: z.enum(CONTENT_STATUSES).optional().catch(undefined),
});
const NOTICES = {
  created: 'events.notice.created',
  saved: 'events.notice.saved',
  submitted: 'events.notice.submitted',
  direct: 'editorial.done.submitDirect',
  revised: 'events.notice.revised',
} as const satisfies Record<string, MessageKey>;
const doneQuery = z
  .object({ done: z.enum(Object.keys(NOTICES) as [keyof typeof NOTICES]).optional() })
  .catch({});

function itemIdOf(req: FastifyRequest): string {
  const parsed = itemParams.safeParse(req.params);
  if (!parsed.success) throw notFound();
  return parsed.data.itemId;
}

async function formOptions(services: Services, locale: Locale): Promise<EventFormOptions> {
  const [topics, programmeAreas, organisations] = await Promise.all([
    termOptions(services.db, 'topic', locale),
    termOptions(services.db, 'programme-area', locale),
    allOrganisations(services.db),
  ]);
  return { topics, programmeAreas, organisations };
}

/** Regions and themes for the filter form. */
async function filterChoices(services: Services, locale: Locale) {
  const [regions, topics, programmeAreas] = await Promise.all([
    termOptions(services.db, 'region', locale),
    termOptions(services.db, 'topic', locale),
    termOptions(services.db, 'programme-area', locale),
  ]);
  return { regions, topics, programmeAreas };
}

/** Public event pages, the calendar files, and the submission and editing screens. */
export function eventRoutes(services: Services): FastifyPluginAsync {
  const { db, config } = services;
  const host = uidHost(config.publicUrl);

  const icsEvent = (e: EventSummary & { location?: string | null }, locale: Locale): IcsEvent => ({
    ...e,
    location:
      e.location ??
      ([e.city, e.country ? countryName(e.country, locale) : null].filter(Boolean).join(', ') || null),
    url: `${config.publicUrl}/${locale}/events/${e.slug}`,
  });

  const sendIcs = (
    req: FastifyRequest,
    reply: FastifyReply,
    body: string,
    filename: string,
    lastModified: Date,
  ) => {
    const etag = etagOf(body);
    reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `inline; filename="${filename}"`)
      .header('cache-control', `public, max-age=${FEED_MAX_AGE}`)
      .header('etag', etag)
      .header('last-modified', lastModified.toUTCString());
    const given = req.headers['if-none-match'];
    if (given?.split(',').some((tag) => tag.trim() === etag)) return reply.status(304).send();
    return reply.send(body);
  };

  const listPage = async (req: FastifyRequest, reply: FastifyReply, view: 'upcoming' | 'past') => {
    const q = filterQuery.parse(req.query ?? {});
    const filters = filtersOf(q);
    const now = new Date();
    // Every anonymous reader of a list sees the same page: read once per CACHE_TTL_MS.
    const key = `${EVENTS_CACHE_PREFIX}list:${view}:${req.ctx.locale}:${q.page}:${JSON.stringify(filters)}`;
    const [{ rows, total }, choices] = await Promise.all([
      services.cache.get(key, config.CACHE_TTL_MS, () =>
        listEvents(db, {
          locale: req.ctx.locale,
          filters,
          ...(view === 'past' ? { endedBefore: now } : { endsAfter: now }),
          order: view === 'past' ? 'desc' : 'asc',
          limit: PAGE_SIZE,
          offset: (q.page - 1) * PAGE_SIZE,
        }),
      ),
      filterChoices(services, req.ctx.locale),
    ]);
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    return sendPage(
      reply,
      req.ctx,
      <ListPage
        view={view}
        events={rows.map(summaryOf)}
        total={total}
        page={q.page}
        pages={pages}
        filters={filters}
        choices={choices}
      />,
    );
  };

  const editScreen = async (req: FastifyRequest, itemId: string) => {
    const [current, workflow, options] = await Promise.all([
      eventForEdit(db, itemId),
      workflowState(db, itemId),
      formOptions(services, req.ctx.locale),
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
      values: formValuesOf(current),
      options,
    };
  };

  return async (app) => {
    app.get('/events', (req, reply) => listPage(req, reply, 'upcoming'));
    app.get('/events/past', (req, reply) => listPage(req, reply, 'past'));

    app.get('/events/calendar', async (req, reply) => {
      const q = filterQuery.parse(req.query ?? {});
      const filters = filtersOf(q);
      const today = localParts(new Date(), req.ctx.user?.timeZone || 'UTC').day;
      const month = q.month ?? today.slice(0, 7);
      const { first, next } = monthBounds(month);
      // Zones reach 14 hours either side of UTC: a day's margin finds every event on the month's days.
      const [{ rows }, choices] = await Promise.all([
        listEvents(db, {
          locale: req.ctx.locale,
          filters,
          overlaps: {
            from: new Date(zonedInstant(first, '00:00', 'UTC').getTime() - DAY),
            to: new Date(zonedInstant(`${next}-01`, '00:00', 'UTC').getTime() + DAY),
          },
          order: 'asc',
          limit: 1000,
        }),
        filterChoices(services, req.ctx.locale),
      ]);
      return sendPage(
        reply,
        req.ctx,
        <CalendarPage
          month={month}
          events={rows.map(summaryOf)}
          filters={filters}
          choices={choices}
          today={today}
        />,
      );
    });

    // One feed per filter: upcoming events and those that ended in the last weeks.
    app.get('/events/calendar.ics', async (req, reply) => {
      const q = filterQuery.parse(req.query ?? {});
      const filters: EventFilters = filtersOf(q);
      const { rows } = await listEvents(db, {
        locale: req.ctx.locale,
        filters,
        endsAfter: new Date(Date.now() - FEED_RECENT_DAYS * DAY),
        order: 'asc',
        limit: FEED_MAX,
      });
      const events = rows.map(summaryOf);
      const body = icsOf(
        events.map((e) => icsEvent(e, req.ctx.locale)),
        { name: req.ctx.t('events.feed.name', { site: req.ctx.t('ui.site.name') }), host, ttlSeconds: 3600 },
      );
      const lastModified = new Date(Math.max(0, ...events.map((e) => e.updatedAt.getTime())));
      return sendIcs(req, reply, body, 'events.ics', lastModified);
    });

    app.get('/events/:slug', async (req, reply) => {
      const parsed = slugParam.safeParse(req.params);
      if (!parsed.success) throw notFound();
      const { slug } = parsed.data;
      if (slug.endsWith('.ics')) {
        const page = await getEvent(db, slug.slice(0, -'.ics'.length), req.ctx.locale);
        const e = page.event;
        const location = [e.venue, e.city, e.country ? countryName(e.country, req.ctx.locale) : null]
          .filter(Boolean)
          .join(', ');
        const body = icsOf([icsEvent({ ...e, location: location || e.onlineUrl }, req.ctx.locale)], {
          name: e.title,
          host,
        });
        return sendIcs(req, reply, body, `${e.slug}.ics`, e.updatedAt);
      }
      const page = await getEvent(db, slug, req.ctx.locale);
      return sendPage(reply, req.ctx, <DetailPage page={page} />);
    });

    // ---- members ----

    app.get('/events/submit', async (req, reply) => {
      const member = requireAction(req, 'event.submit');
      const options = await formOptions(services, req.ctx.locale);
      return sendPage(
        reply,
        req.ctx,
        <SubmitPage
          values={{ timeZone: member.timeZone || 'UTC', originalLocale: req.ctx.locale }}
          options={options}
        />,
      );
    });

    app.post(
      '/events/submit',
      { config: { rateLimit: { max: 30, timeWindow: 3_600_000 } } },
      async (req, reply) => {
        const member = requireAction(req, 'event.submit');
        try {
          const input = toEventInput(parseInput(submitSchema, req.body));
          const { id, direct } = await submitEvent(services, member, input);
          return reply.redirect(
            `/${req.ctx.locale}/events/submissions/${id}?done=${direct ? 'direct' : 'submitted'}`,
            303,
          );
        } catch (err) {
          if (!(err instanceof ValidationError)) throw err;
          const options = await formOptions(services, req.ctx.locale);
          return sendPage(
            reply,
            req.ctx,
            <SubmitPage values={echo(req.body)} errors={formErrors(err)} options={options} />,
            err.status,
          );
        }
      },
    );

    app.get('/events/submissions', async (req, reply) => {
      const member = requireAction(req, 'event.submit');
      const rows = await eventsOfAuthor(db, member.id, req.ctx.locale);
      return sendPage(reply, req.ctx, <SubmissionsPage rows={rows} />);
    });

    app.get('/events/submissions/:itemId', async (req, reply) => {
      const member = requireAction(req, 'event.submit');
      const itemId = itemIdOf(req);
      const [row, workflow] = await Promise.all([
        eventOfAuthor(db, itemId, member.id, req.ctx.locale),
        workflowState(db, itemId),
      ]);
      if (!row) throw notFound();
      const { done } = doneQuery.parse(req.query ?? {});
      const notice = done ? req.ctx.t(NOTICES[done]) : workflowNotice(req.ctx.t, req.query);
      return sendPage(
        reply,
        req.ctx,
        <SubmissionPage row={row} workflow={workflow ?? undefined} notice={notice} />,
      );
    });

    // The submitter revises a draft, or after the editors asked for changes.
    const reviseScreen = async (req: FastifyRequest, memberId: string, itemId: string) => {
      const [current, options] = await Promise.all([
        eventForEdit(db, itemId),
        formOptions(services, req.ctx.locale),
      ]);
      if (!current || current.item.authorId !== memberId) throw notFound();
      if (!(REVISABLE as readonly string[]).includes(current.item.status))
        throw new AppError('not_revisable', 409, 'events.error.notRevisable');
      return { current, options };
    };

    app.get('/events/submissions/:itemId/edit', async (req, reply) => {
      const member = requireAction(req, 'event.submit');
      const itemId = itemIdOf(req);
      const { current, options } = await reviseScreen(req, member.id, itemId);
      return sendPage(
        reply,
        req.ctx,
        <SubmitPage
          values={formValuesOf(current)}
          options={options}
          revise={{ id: itemId, version: current.item.version }}
        />,
      );
    });

    app.post('/events/submissions/:itemId/edit', async (req, reply) => {
      const member = requireAction(req, 'event.submit');
      const itemId = itemIdOf(req);
      try {
        const { version, ...fields } = parseInput(reviseSchema, req.body);
        await reviseEvent(db, member.id, itemId, toEventInput(fields), version);
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
      return reply.redirect(`/${req.ctx.locale}/events/submissions/${itemId}?done=revised`, 303);
    });

    // ---- editors ----

    app.get('/admin/events', async (req, reply) => {
      requireAction(req, 'event.edit');
      const { page, status } = adminQuery.parse(req.query ?? {});
      const { rows, total } = await eventsForEditors(db, {
        locale: req.ctx.locale,
        status,
        limit: 100,
        offset: (page - 1) * 100,
      });
      return sendPage(reply, req.ctx, <AdminListPage rows={rows} total={total} status={status} />);
    });

    app.get('/admin/events/new', async (req, reply) => {
      const editor = requireAction(req, 'event.edit');
      const options = await formOptions(services, req.ctx.locale);
      return sendPage(
        reply,
        req.ctx,
        <EditPage
          values={{ timeZone: editor.timeZone || 'UTC', originalLocale: req.ctx.locale }}
          options={options}
        />,
      );
    });

    app.post('/admin/events/new', async (req, reply) => {
      const editor = requireAction(req, 'event.edit');
      try {
        const input = toEventInput(parseInput(editorSchema, req.body));
        const { id } = await createEvent(db, editor, input);
        return reply.redirect(`/${req.ctx.locale}/admin/events/${id}/edit?done=created`, 303);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        const options = await formOptions(services, req.ctx.locale);
        return sendPage(
          reply,
          req.ctx,
          <EditPage values={echo(req.body)} errors={formErrors(err)} options={options} />,
          err.status,
        );
      }
    });

    app.get('/admin/events/:itemId/edit', async (req, reply) => {
      requireAction(req, 'event.edit');
      const screen = await editScreen(req, itemIdOf(req));
      const { done } = doneQuery.parse(req.query ?? {});
      const notice = done ? req.ctx.t(NOTICES[done]) : workflowNotice(req.ctx.t, req.query);
      return sendPage(reply, req.ctx, <EditPage {...screen} notice={notice} />);
    });

    app.post('/admin/events/:itemId/edit', async (req, reply) => {
      const editor = requireAction(req, 'event.edit');
      const itemId = itemIdOf(req);
      try {
        const { version, ...fields } = parseInput(editorSaveSchema, req.body);
        await saveEvent(db, editor, itemId, toEventInput(fields), version);
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
      for (const prefix of services.workflow.get('event')?.cachePrefixes ?? [])
        services.cache.invalidate(prefix);
      return reply.redirect(`/${req.ctx.locale}/admin/events/${itemId}/edit?done=saved`, 303);
    });
  };
}
