import type { FastifyRequest } from 'fastify';
import { fromNodeHeaders } from 'better-auth/node';
import type { Feature } from '../../app.ts';
import type { SessionUser } from '../../core/http/context.ts';
import { isLocale } from '../../core/i18n/index.ts';
import type { Services } from '../../core/services.ts';
import { type Auth, createAuth, SESSION_MAX_DAYS, sessionCookieName } from './auth.ts';
import { deleteSession } from './repository.ts';
import { newHandle } from './handle.ts';
import { createAccountMail } from './mail.ts';
import { PURGE_JOB, purgeUnverifiedAccounts } from './purge-unverified.ts';
import { accountRoutes } from './routes.tsx';

export const LOCALE_COOKIE = 'spg.lang';

export interface Accounts extends Feature {
  auth: Auth;
  resolveUser(req: FastifyRequest): Promise<SessionUser | null>;
}

export function createAccounts(services: Services): Accounts {
  const mail = createAccountMail(services);
  const auth = createAuth(services, {
    ...mail,
    newHandle: (name) => newHandle(services.db, name),
  });
  const cookie = sessionCookieName(services.config.secureCookies);
  services.jobs.register(PURGE_JOB, async () => void (await purgeUnverifiedAccounts(services)), {
    cron: '17 3 * * *',
  });

  async function resolveUser(req: FastifyRequest): Promise<SessionUser | null> {
    if (!req.cookies[cookie]) return null;
    const result = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
    if (!result) return null;
    if (Date.now() - new Date(result.session.createdAt).getTime() > SESSION_MAX_DAYS * 86_400_000) {
      await deleteSession(services.db, result.session.id);
      return null;
    }
    const u = result.user as typeof result.user & Record<string, unknown>;
    return {
      id: u.id,
      name: u.name,
      email: u.email,
      handle: String(u.handle ?? ''),
      role: (['member', 'editor', 'admin'].includes(String(u.role))
        ? u.role
        : 'member') as SessionUser['role'],
      locale: isLocale(u.locale) ? u.locale : 'en',
      timeZone: String(u.timeZone ?? 'UTC'),
      emailVerified: Boolean(u.emailVerified),
      twoFactorEnabled: Boolean(u.twoFactorEnabled),
    };
  }

  return { auth, resolveUser, html: accountRoutes(services, auth) };
}
