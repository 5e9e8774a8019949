import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, notFound } from '../../../core/errors.ts';
import { formErrors } from '../../../core/http/forms.ts';
import { requireUser } from '../../../core/http/guards.ts';
import { uploadedFile } from '../../../core/http/multipart.ts';
import { parseInput } from '../../../core/http/validate.ts';
import { sendPage } from '../../../core/render/index.tsx';
import type { Services } from '../../../core/services.ts';
import { isFollowing } from '../../members/dashboard/repository.ts';
import { visibleTo } from '../../members/privacy.ts';
import { isCountryCode } from '../../taxonomy/countries.ts';
import { organisationPageSchema } from '../admin/schemas.ts';
import { ORGANISATION_TYPES } from '../tables.ts';
import {
  type AffiliationDecision,
  claimAffiliation,
  decideAffiliation,
  leaveOrganisation,
  managesOrganisation,
} from './affiliations.ts';
import { setOrganisationLogo, updateOrganisationPage } from './manage-page.ts';
import {
  affiliationOf,
  affiliationsOf,
  descriptionOf,
  descriptionsOf,
  listPublicOrganisations,
  membersShownOn,
  type OrganisationRow,
  organisationBySlug,
  publishedItemsOf,
} from './repository.ts';
import { type AffiliationRow, ManageOrganisationPage } from './views/ManageOrganisationPage.tsx';
import { OrganisationPage, type OrganisationView, PAGE_SECTIONS } from './views/OrganisationPage.tsx';
import { OrganisationsListPage } from './views/OrganisationsListPage.tsx';

const PAGE = 30;
const listQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  type: z.enum(ORGANISATION_TYPES).optional().catch(undefined),
  country: z.string().refine(isCountryCode).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
const slugParam = z.object({ locale: z.string(), slug: z.string().regex(/^[a-z0-9-]{1,120}$/) });
const decisionParam = slugParam.extend({
  userId: z.string().min(1).max(100),
  decision: z.enum(['confirm', 'remove', 'manager', 'member']),
});
const DONE = ['claimed', 'left', 'saved', 'decided', 'logo'] as const;
const doneQuery = z.object({ done: z.enum(DONE).optional().catch(undefined) }).loose();

/** Public organisation pages, members' affiliations and the managers' screen (issue 7 §3). */
export function organisationPageRoutes(app: FastifyInstance, services: Services) {
  const { db } = services;
  const load = async (req: FastifyRequest): Promise<OrganisationRow> => {
    const org = await organisationBySlug(db, parseInput(slugParam, req.params).slug);
    if (!org) throw notFound();
    return org;
  };
  const notice = (req: FastifyRequest) => {
    const { done } = doneQuery.parse(req.query ?? {});
    return done ? req.ctx.t(`organisations.done.${done}`) : undefined;
  };

  app.get('/organisations', async (req, reply) => {
    const query = listQuery.parse(req.query ?? {});
    const { rows, total } = await listPublicOrganisations(db, {
      q: query.q || undefined,
      type: query.type,
      country: query.country,
      limit: PAGE,
      offset: (query.page - 1) * PAGE,
    });
    return sendPage(
      reply,
      req.ctx,
      <OrganisationsListPage
        rows={rows}
        total={total}
        page={query.page}
        pages={Math.max(1, Math.ceil(total / PAGE))}
        query={query}
      />,
    );
  });

  app.get('/organisations/:slug', async (req, reply) => {
    const org = await load(req);
    const user = req.ctx.user;
    const [description, members, mine, manages, following, ...lists] = await Promise.all([
      descriptionOf(db, org.id, req.ctx.locale),
      membersShownOn(db, org.id, visibleTo(user)),
      user ? affiliationOf(db, org.id, user.id) : null,
      managesOrganisation(db, user, org),
      user ? isFollowing(db, user.id, 'organisation', org.id) : false,
      ...PAGE_SECTIONS.map((type) => publishedItemsOf(db, org.id, type, req.ctx.locale, 5)),
    ]);
    const items = Object.fromEntries(
      PAGE_SECTIONS.map((type, i) => [type, lists[i]!]),
    ) as OrganisationView['items'];
    return sendPage(
      reply,
      req.ctx,
      <OrganisationPage
        v={{ org, description, items, members, mine, manages, following }}
        notice={notice(req)}
      />,
    );
  });

  app.get('/organisations/:slug/logo', async (req, reply) => {
    const org = await load(req);
    const size = org.logoKey ? await services.storage.size(org.logoKey) : null;
    if (!org.logoKey || size === null) throw notFound();
    return reply
      .header('content-type', 'image/webp')
      .header('content-length', String(size))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'public, max-age=86400')
      .send(services.storage.read(org.logoKey));
  });

  app.post(
    '/organisations/:slug/claim',
    { config: { rateLimit: { max: 20, timeWindow: 3_600_000 } } },
    async (req, reply) => {
      const user = requireUser(req);
      const org = await load(req);
      await claimAffiliation(services, user, org);
      return reply.redirect(`/${req.ctx.locale}/organisations/${org.slug}?done=claimed`, 303);
    },
  );

  app.post('/organisations/:slug/leave', async (req, reply) => {
    const user = requireUser(req);
    const org = await load(req);
    await leaveOrganisation(services, user, org);
    return reply.redirect(`/${req.ctx.locale}/organisations/${org.slug}?done=left`, 303);
  });

  const manageScreen = async (
    req: FastifyRequest,
    org: OrganisationRow,
    extra: { values?: Record<string, string>; errors?: ReturnType<typeof formErrors> } = {},
  ) => {
    const values =
      extra.values ??
      Object.fromEntries([
        ['website', org.website ?? ''],
        ...(await descriptionsOf(db, org.id)).map((d) => [`description_${d.locale}`, d.description]),
      ]);
    return (
      <ManageOrganisationPage
        org={org}
        affiliations={(await affiliationsOf(db, org.id)) as AffiliationRow[]}
        values={values}
        errors={extra.errors}
        notice={notice(req)}
      />
    );
  };

  const demandManages = async (req: FastifyRequest, org: OrganisationRow) => {
    const user = requireUser(req);
    if (!(await managesOrganisation(db, user, org)))
      throw new AppError('forbidden', 403, 'organisations.error.notManager');
    return user;
  };

  app.get('/organisations/:slug/manage', async (req, reply) => {
    const org = await load(req);
    await demandManages(req, org);
    return sendPage(reply, req.ctx, await manageScreen(req, org));
  });

  app.post('/organisations/:slug/manage', async (req, reply) => {
    const org = await load(req);
    const user = await demandManages(req, org);
    try {
      await updateOrganisationPage(services, user, org, parseInput(organisationPageSchema, req.body));
    } catch (err) {
      if (!(err instanceof AppError) || err.status >= 500 || err.status === 403) throw err;
      const values = Object.fromEntries(
        Object.entries((req.body ?? {}) as Record<string, unknown>).filter(
          (e): e is [string, string] => typeof e[1] === 'string',
        ),
      );
      return sendPage(
        reply,
        req.ctx,
        await manageScreen(req, org, { values, errors: formErrors(err) }),
        err.status,
      );
    }
    return reply.redirect(`/${req.ctx.locale}/organisations/${org.slug}/manage?done=saved`, 303);
  });

  app.post('/organisations/:slug/affiliations/:userId/:decision', async (req, reply) => {
    const org = await load(req);
    const user = requireUser(req);
    const { userId, decision } = parseInput(decisionParam, req.params);
    try {
      await decideAffiliation(services, user, org, userId, decision as AffiliationDecision);
    } catch (err) {
      if (!(err instanceof AppError) || err.status >= 500 || err.status === 403) throw err;
      return sendPage(reply, req.ctx, await manageScreen(req, org, { errors: formErrors(err) }), err.status);
    }
    return reply.redirect(`/${req.ctx.locale}/organisations/${org.slug}/manage?done=decided`, 303);
  });

  app.post(
    '/organisations/:slug/logo',
    { config: { rateLimit: { max: 30, timeWindow: 3_600_000 } } },
    async (req, reply) => {
      const org = await load(req);
      const user = await demandManages(req, org);
      try {
        await setOrganisationLogo(services, user, org, uploadedFile(req));
      } catch (err) {
        if (!(err instanceof AppError) || err.status >= 500 || err.status === 403) throw err;
        return sendPage(
          reply,
          req.ctx,
          await manageScreen(req, org, { errors: formErrors(err) }),
          err.status,
        );
      }
      return reply.redirect(`/${req.ctx.locale}/organisations/${org.slug}/manage?done=logo`, 303);
    },
  );
}
