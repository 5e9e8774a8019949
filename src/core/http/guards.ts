import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import { type Action, can, isStaff } from '../policies/index.ts';
import type { SessionUser } from './context.ts';

/** Thrown to send the browser elsewhere (sign-in, two-factor set-up); the error handler redirects. */
export class RedirectError extends AppError {
  constructor(readonly location: string) {
    super('redirect', 303, 'ui.error.forbidden.title');
  }
}

/** The signed-in user, or a redirect to sign-in that comes back here afterwards. */
export function requireUser(req: FastifyRequest): SessionUser {
  const user = req.ctx.user;
  if (!user) {
    const next = encodeURIComponent(req.url);
    throw new RedirectError(`/${req.ctx.locale}/sign-in?next=${next}`);
  }
  return user;
}

/**
 * A user allowed to do `action`. Staff (editors, admins) must have two-factor
 * authentication switched on before any staff screen opens.
 */
export function requireAction(req: FastifyRequest, action: Action): SessionUser {
  const user = requireUser(req);
  if (!can(user, action)) throw new AppError('forbidden', 403, 'ui.error.forbidden.body');
  if (isStaff(user) && action !== 'account.manage' && !user.twoFactorEnabled) {
    throw new RedirectError(`/${req.ctx.locale}/account/two-factor?required=1`);
  }
  return user;
}
