import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Feature } from '../../app.ts';
import { AppError, notFound, ValidationError } from '../../core/errors.ts';
import { formErrors } from '../../core/http/forms.ts';
import { requireUser } from '../../core/http/guards.ts';
import { uploadedFile } from '../../core/http/multipart.ts';
import { parseInput } from '../../core/http/validate.ts';
import { sendPage } from '../../core/render/index.tsx';
import type { Services } from '../../core/services.ts';
import { contentDisposition } from '../library/files/filename.ts';
import { interestIds, listInterestTerms } from '../accounts/repository.ts';
import { dashboardFor, followSomething, unfollowSomething } from './dashboard/dashboard.ts';
import { isFollowing } from './dashboard/repository.ts';
import { DashboardPage } from './dashboard/views/DashboardPage.tsx';
import { DIRECTORY_PAGE, directoryOptions, memberDirectory } from './directory.ts';
import { readingListRoutes } from './lists/routes.tsx';
import { DataPage } from './personal-data/DataPage.tsx';
import { registerExportJobs, requestExport } from './personal-data/export.ts';
import { exportsOf, findExport } from './personal-data/repository.ts';
import { completeWelcome, welcomeSchema } from './onboarding/welcome.ts';
import { type WelcomeValues, WelcomePage } from './onboarding/WelcomePage.tsx';
import { canSeeProfile } from './privacy.ts';
import { removeProfilePhoto, setProfilePhoto, updatePublicProfile, viewProfile } from './profile.ts';
import { expertiseOf, memberByHandle, memberById } from './repository.ts';
import { directoryQuery, publicProfileSchema } from './schemas.ts';
import { FOLLOW_KINDS } from './tables.ts';
import { DirectoryPage } from './views/DirectoryPage.tsx';
import { EditProfilePage, type ProfileFormValues } from './views/EditProfilePage.tsx';
import { MemberPage } from './views/MemberPage.tsx';

const handleParam = z.object({ locale: z.string(), handle: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/i) });
const noticeQuery = z
  .object({ done: z.enum(['saved', 'photo', 'photoRemoved']).optional().catch(undefined) })
  .loose();
const limited = { config: { rateLimit: { max: 30, timeWindow: 3_600_000 } } };

/** Member profiles, the member directory and each member's own profile settings (issue 7 §1–2). */
export function createMembers(services: Services): Feature {
  const { db } = services;
  const viewerOf = (req: FastifyRequest) =>
    req.ctx.user ? { id: req.ctx.user.id, role: req.ctx.user.role } : null;

  const editScreen = async (
    req: FastifyRequest,
    userId: string,
    extra: { values?: ProfileFormValues; errors?: ReturnType<typeof formErrors>; status?: number } = {},
  ) => {
    const member = await memberById(db, userId);
    if (!member) throw notFound();
    const values: ProfileFormValues = extra.values ?? {
      bio: member.bio ?? '',
      languages: member.languages,
      expertise: (await expertiseOf(db, userId)).map(String),
      directoryVisibility: member.visibility,
      shown: member.shown,
    };
    const { done } = noticeQuery.parse(req.query ?? {});
    return {
      page: (
        <EditProfilePage
          member={member}
          values={values}
          expertise={await listInterestTerms(db, req.ctx.locale)}
          errors={extra.errors}
          notice={done ? req.ctx.t(`members.done.${done}`) : undefined}
        />
      ),
      status: extra.status ?? 200,
    };
  };

  const echo = (body: unknown): ProfileFormValues => {
    const b = (body ?? {}) as Record<string, unknown>;
    const list = (v: unknown) => [v ?? []].flat().filter((x): x is string => typeof x === 'string');
    return {
      bio: typeof b.bio === 'string' ? b.bio.slice(0, 4000) : '',
      languages: list(b.languages),
      expertise: list(b.expertise),
      directoryVisibility: typeof b.directoryVisibility === 'string' ? b.directoryVisibility : 'members',
      shown: list(b.shown),
    };
  };

  const followForm = z.object({
    kind: z.enum(FOLLOW_KINDS),
    target: z.string().trim().min(1).max(100),
    // Back to the page the button was on (a path of this site only).
    back: z
      .string()
      .regex(/^\/[a-z0-9/_-]{0,300}$/i)
      .optional()
      .catch(undefined),
  });
  const dashboard = async (req: FastifyRequest, errors?: ReturnType<typeof formErrors>) => {
    const user = requireUser(req);
    const [d, themes] = await Promise.all([
      dashboardFor(db, user, req.ctx.locale),
      listInterestTerms(db, req.ctx.locale),
    ]);
    const { done } = z
      .object({ done: z.enum(['followed', 'unfollowed', 'welcome']).optional().catch(undefined) })
      .loose()
      .parse(req.query ?? {});
    return (
      <DashboardPage
        d={d}
        themes={themes}
        errors={errors}
        notice={done ? req.ctx.t(`members.done.${done}`) : undefined}
      />
    );
  };

  registerExportJobs(services);

  const html: FastifyPluginAsync = async (app) => {
    readingListRoutes(app, services);

    app.get('/account/data', async (req, reply) => {
      const user = requireUser(req);
      const { done } = z
        .object({ done: z.literal('requested').optional().catch(undefined) })
        .loose()
        .parse(req.query ?? {});
      const notice = done ? req.ctx.t('members.data.done.requested') : undefined;
      return sendPage(
        reply,
        req.ctx,
        <DataPage exports={await exportsOf(db, user.id)} now={new Date()} notice={notice} />,
      );
    });

    app.post('/account/data/export', limited, async (req, reply) => {
      await requestExport(services, requireUser(req));
      return reply.redirect(`/${req.ctx.locale}/account/data?done=requested`, 303);
    });

    // The archive, to its owner only, while it lasts; never cached.
    app.get('/account/data/export/:id', async (req, reply) => {
      const user = requireUser(req);
      const { id } = z.object({ id: z.string().max(40) }).parse(req.params);
      const row = z.uuid().safeParse(id).success ? await findExport(db, id) : null;
      const live =
        row?.userId === user.id &&
        row.status === 'ready' &&
        row.storageKey &&
        row.expiresAt &&
        row.expiresAt > new Date();
      const size = live ? await services.storage.size(row.storageKey!) : null;
      if (!live || size === null) throw notFound();
      return reply
        .header('content-type', 'application/zip')
        .header('content-length', String(size))
        .header(
          'content-disposition',
          contentDisposition(
            'attachment',
            `sp-gateway-${user.handle}-${row.readyAt?.toISOString().slice(0, 10)}.zip`,
          ),
        )
        .header('cache-control', 'private, no-store')
        .send(services.storage.read(row.storageKey!));
    });

    app.get('/me', async (req, reply) => sendPage(reply, req.ctx, await dashboard(req)));

    const welcomeScreen = async (
      req: FastifyRequest,
      values: WelcomeValues,
      errors?: ReturnType<typeof formErrors>,
    ) => <WelcomePage values={values} groups={await listInterestTerms(db, req.ctx.locale)} errors={errors} />;
    app.get('/me/welcome', async (req, reply) => {
      const user = requireUser(req);
      const me = await memberById(db, user.id);
      const values = {
        interests: (await interestIds(db, user.id)).map(String),
        languages: me?.languages ?? [],
        email: 'daily',
      };
      return sendPage(reply, req.ctx, await welcomeScreen(req, values));
    });
    app.post('/me/welcome', async (req, reply) => {
      const user = requireUser(req);
      try {
        await completeWelcome(services, user, parseInput(welcomeSchema, req.body));
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        const b = (req.body ?? {}) as Record<string, unknown>;
        const list = (v: unknown) => [v ?? []].flat().filter((x): x is string => typeof x === 'string');
        const values = {
          interests: list(b.interests),
          languages: list(b.languages),
          email: String(b.email ?? ''),
        };
        return sendPage(reply, req.ctx, await welcomeScreen(req, values, err.errors), 400);
      }
      return reply.redirect(`/${req.ctx.locale}/me?done=welcome`, 303);
    });

    for (const action of ['follow', 'unfollow'] as const)
      app.post(`/me/${action}`, limited, async (req, reply) => {
        const user = requireUser(req);
        try {
          const { kind, target, back } = parseInput(followForm, req.body);
          if (action === 'follow') await followSomething(db, user, kind, target);
          else await unfollowSomething(db, user, kind, target);
          const to = back ?? '/me';
          return reply.redirect(`/${req.ctx.locale}${to}?done=${action}ed`, 303);
        } catch (err) {
          if (!(err instanceof AppError) || err.status >= 500) throw err;
          return sendPage(reply, req.ctx, await dashboard(req, formErrors(err)), err.status);
        }
      });

    app.get('/members', async (req, reply) => {
      const query = directoryQuery.parse(req.query ?? {});
      const [{ rows, total }, options] = await Promise.all([
        memberDirectory(db, viewerOf(req), query),
        directoryOptions(db, viewerOf(req), req.ctx.locale),
      ]);
      const pages = Math.max(1, Math.ceil(total / DIRECTORY_PAGE));
      return sendPage(
        reply,
        req.ctx,
        <DirectoryPage rows={rows} total={total} pages={pages} query={query} options={options} />,
      );
    });

    app.get('/members/:handle', async (req, reply) => {
      const { handle } = parseInput(handleParam, req.params);
      const profile = await viewProfile(db, viewerOf(req), handle, req.ctx.locale);
      const user = req.ctx.user;
      const following =
        user && !profile.self ? await isFollowing(db, user.id, 'member', profile.member.id) : null;
      return sendPage(reply, req.ctx, <MemberPage profile={profile} following={following} />);
    });

    // The photo, to those who may see the profile and only when the member shows it.
    app.get('/members/:handle/photo', async (req, reply) => {
      const { handle } = parseInput(handleParam, req.params);
      const viewer = viewerOf(req);
      const m = await memberByHandle(db, handle);
      const shown = m && (m.shown.includes('photo') || viewer?.id === m.id);
      if (!m?.photoKey || !shown || !canSeeProfile(viewer, m)) throw notFound();
      const size = await services.storage.size(m.photoKey);
      if (size === null) throw notFound();
      return reply
        .header('content-type', 'image/webp')
        .header('content-length', String(size))
        .header('x-content-type-options', 'nosniff')
        .header(
          // Never kept by shared caches: the member may hide it at any time.
          'cache-control',
          'private, max-age=3600',
        )
        .send(services.storage.read(m.photoKey));
    });

    app.get('/account/public-profile', async (req, reply) => {
      const user = requireUser(req);
      const { page, status } = await editScreen(req, user.id);
      return sendPage(reply, req.ctx, page, status);
    });

    app.post('/account/public-profile', async (req, reply) => {
      const user = requireUser(req);
      try {
        await updatePublicProfile(services, user.id, parseInput(publicProfileSchema, req.body));
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        const { page } = await editScreen(req, user.id, { values: echo(req.body), errors: err.errors });
        return sendPage(reply, req.ctx, page, 400);
      }
      return reply.redirect(`/${req.ctx.locale}/account/public-profile?done=saved`, 303);
    });

    app.post('/account/public-profile/photo', limited, async (req, reply) => {
      const user = requireUser(req);
      try {
        await setProfilePhoto(services, user.id, uploadedFile(req));
      } catch (err) {
        if (!(err instanceof AppError) || err.status >= 500) throw err;
        const { page } = await editScreen(req, user.id, { errors: formErrors(err) });
        return sendPage(reply, req.ctx, page, err.status);
      }
      return reply.redirect(`/${req.ctx.locale}/account/public-profile?done=photo`, 303);
    });

    app.post('/account/public-profile/photo/remove', async (req, reply) => {
      const user = requireUser(req);
      await removeProfilePhoto(services, user.id);
      return reply.redirect(`/${req.ctx.locale}/account/public-profile?done=photoRemoved`, 303);
    });
  };
  return { html };
}
