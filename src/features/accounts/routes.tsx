import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../core/http/validate.ts';
import { AppError } from '../../core/errors.ts';
import { sendPage } from '../../core/render/index.tsx';
import type { Services } from '../../core/services.ts';
import { accountPages } from './account-routes.tsx';
import type { Auth } from './auth.ts';
import { authHeaders, forwardCookies } from './auth-http.ts';
import type { AccountDeps } from './deps.ts';
import { echo, perIp, refused, tooManyAttempts } from './form.ts';
import { registerMember } from './register-member.ts';
import { listInterestTerms } from './repository.ts';
import {
  invalidResetToken,
  isResetTokenValid,
  requestPasswordReset,
  resetPassword,
} from './reset-password.ts';
import {
  emailOnlySchema,
  registerSchema,
  resetPasswordSchema,
  safeNext,
  signInSchema,
  twoFactorSignInSchema,
} from './schemas.ts';
import { signIn, signOut, verifySecondFactor } from './sign-in.ts';
import { resendVerification, verifyEmailToken } from './verify-email.ts';
import { ForgotPasswordPage, ResetInvalidPage, ResetPasswordPage } from './views/PasswordResetPages.tsx';
import { CheckEmailPage, RegisterPage } from './views/RegisterPage.tsx';
import { type SignInNotice, SignInPage, TwoFactorSignInPage } from './views/SignInPage.tsx';
import { VerifiedPage, VerifyFailedPage } from './views/VerifyEmailPage.tsx';

const tokenQuery = z.object({ token: z.string().max(2000).optional() });
const signInQuery = z.object({
  next: z.string().max(500).optional(),
  notice: z.enum(['passwordReset', 'signInAgain', 'deleted']).optional(),
});
const twoFactorQuery = z.object({
  next: z.string().max(500).optional(),
  method: z.enum(['totp', 'backup']).default('totp'),
});

/** The account feature's pages under /{locale}: sign-up, sign-in and recovery, then the member's own pages. */
export function accountRoutes(services: Services, auth: Auth): FastifyPluginAsync {
  const deps: AccountDeps = { db: services.db, auth };
  return async (app) => {
    registrationRoutes(app, deps);
    signInRoutes(app, deps);
    recoveryRoutes(app, deps);
    accountPages(app, deps);
  };
}

function registrationRoutes(app: FastifyInstance, deps: AccountDeps) {
  const { db, auth } = deps;

  app.get('/register', async (req, reply) => {
    if (req.ctx.user) return reply.redirect(`/${req.ctx.locale}/account`, 303);
    return sendPage(reply, req.ctx, <RegisterPage interests={await listInterestTerms(db, req.ctx.locale)} />);
  });

  app.post('/register', { config: perIp(5, 10) }, async (req, reply) => {
    try {
      await registerMember(deps, parseInput(registerSchema, req.body));
    } catch (err) {
      return refused(err, req, reply, async (errors) => (
        <RegisterPage
          values={echo(req.body)}
          errors={errors}
          interests={await listInterestTerms(db, req.ctx.locale)}
        />
      ));
    }
    return reply.redirect(`/${req.ctx.locale}/register/check-email`, 303);
  });

  app.get('/register/check-email', async (req, reply) => sendPage(reply, req.ctx, <CheckEmailPage />));

  // A GET because it is the link in the e-mail; following it twice does no harm.
  app.get('/verify-email', async (req, reply) => {
    const { token } = parseInput(tokenQuery, req.query);
    if (!token) return sendPage(reply, req.ctx, <VerifyFailedPage expired={false} />, 400);
    const result = await verifyEmailToken(auth, token, authHeaders(req));
    if (!result.ok) return sendPage(reply, req.ctx, <VerifyFailedPage expired={result.expired} />, 400);
    forwardCookies(reply, result.headers);
    return sendPage(reply, req.ctx, <VerifiedPage outcome={result.outcome} signedIn={!!req.ctx.user} />);
  });

  const resendPerAddress = perAddress(app, 'resend', 3, 60 * 60_000);
  app.post('/verify-email/resend', { config: perIp(5, 10) }, async (req, reply) => {
    try {
      const { email } = parseInput(emailOnlySchema, req.body);
      await resendPerAddress(req);
      await resendVerification(auth, email);
    } catch (err) {
      return refused(err, req, reply, (errors) => <CheckEmailPage values={echo(req.body)} errors={errors} />);
    }
    return reply.redirect(`/${req.ctx.locale}/register/check-email`, 303);
  });
}

/**
 * A limit per e-mail address (the per-IP limits are on the routes), so rotating addresses
 * cannot flood one person's inbox or guess one password. Same for known and unknown addresses.
 */
function perAddress(app: FastifyInstance, name: string, max: number, timeWindow: number) {
  const limiter = app.createRateLimit({
    max,
    timeWindow,
    keyGenerator: (req) =>
      `${name}:${String((req.body as { email?: unknown } | undefined)?.email ?? '')
        .trim()
        .toLowerCase()
        .slice(0, 254)}`,
  });
  return async (req: FastifyRequest) => {
    const limit = await limiter(req);
    if (!limit.isAllowed && limit.isExceeded) throw tooManyAttempts(limit.ttlInSeconds);
  };
}

function signInRoutes(app: FastifyInstance, { auth }: AccountDeps) {
  // Besides the per-IP limit on the route, at most 5 tries a minute for one address.
  const perEmail = perAddress(app, 'sign-in', 5, 60_000);
  const home = (locale: string, next?: string) => next ?? `/${locale}/account`;

  app.get('/sign-in', async (req, reply) => {
    const query = parseInput(signInQuery, req.query);
    const next = safeNext(query.next);
    if (req.ctx.user) return reply.redirect(home(req.ctx.locale, next), 303);
    return sendPage(
      reply,
      req.ctx,
      <SignInPage next={next} notice={query.notice as SignInNotice | undefined} />,
    );
  });

  app.post('/sign-in', { config: perIp(10, 1) }, async (req, reply) => {
    const { locale } = req.ctx;
    let input: z.output<typeof signInSchema>;
    try {
      input = parseInput(signInSchema, req.body);
    } catch (err) {
      const next = safeNext((req.body as { next?: unknown } | undefined)?.next);
      return refused(err, req, reply, (errors) => (
        <SignInPage values={echo(req.body)} errors={errors} next={next} />
      ));
    }
    await perEmail(req);

    const outcome = await signIn(auth, input, authHeaders(req));
    if (outcome.kind === 'signed-in') {
      forwardCookies(reply, outcome.headers);
      return reply.redirect(home(locale, input.next), 303);
    }
    if (outcome.kind === 'two-factor') {
      forwardCookies(reply, outcome.headers);
      const next = input.next ? `?next=${encodeURIComponent(input.next)}` : '';
      return reply.redirect(`/${locale}/sign-in/two-factor${next}`, 303);
    }
    const values = { email: input.email };
    if (outcome.kind === 'unverified')
      return sendPage(
        reply,
        req.ctx,
        <SignInPage values={values} next={input.next} unverifiedEmail={input.email} />,
        403,
      );
    const errors = [{ code: 'invalid_credentials', messageKey: 'accounts.signIn.invalid' as const }];
    return sendPage(reply, req.ctx, <SignInPage values={values} errors={errors} next={input.next} />, 401);
  });

  app.get('/sign-in/two-factor', async (req, reply) => {
    const query = parseInput(twoFactorQuery, req.query);
    // No pending challenge (expired, or never started): back to the password step.
    if (!Object.keys(req.cookies).some((name) => name.endsWith('.two_factor')))
      return reply.redirect(`/${req.ctx.locale}/sign-in?notice=signInAgain`, 303);
    return sendPage(
      reply,
      req.ctx,
      <TwoFactorSignInPage method={query.method} next={safeNext(query.next)} />,
    );
  });

  app.post('/sign-in/two-factor', { config: perIp(10, 1) }, async (req, reply) => {
    const { locale } = req.ctx;
    const raw = (req.body ?? {}) as { method?: unknown; next?: unknown };
    const method = raw.method === 'backup' ? 'backup' : 'totp';
    let input: z.output<typeof twoFactorSignInSchema>;
    try {
      input = parseInput(twoFactorSignInSchema, req.body);
    } catch (err) {
      return refused(err, req, reply, (errors) => (
        <TwoFactorSignInPage method={method} next={safeNext(raw.next)} errors={errors} />
      ));
    }
    const outcome = await verifySecondFactor(auth, input, authHeaders(req));
    if (outcome.kind === 'signed-in') {
      forwardCookies(reply, outcome.headers);
      return reply.redirect(home(locale, input.next), 303);
    }
    if (outcome.kind === 'restart') {
      forwardCookies(reply, outcome.headers);
      return reply.redirect(`/${locale}/sign-in?notice=signInAgain`, 303);
    }
    if (outcome.kind === 'locked')
      throw new AppError('two_factor_locked', 429, 'accounts.twoFactorSignIn.locked');
    const errors = [
      { field: 'code', code: 'invalid_code', messageKey: 'accounts.twoFactor.invalidCode' as const },
    ];
    return sendPage(
      reply,
      req.ctx,
      <TwoFactorSignInPage method={input.method} next={input.next} errors={errors} />,
      401,
    );
  });

  app.post('/sign-out', async (req, reply) => {
    if (req.ctx.user) forwardCookies(reply, await signOut(auth, authHeaders(req)));
    return reply.redirect(`/${req.ctx.locale}/`, 303);
  });
}

function recoveryRoutes(app: FastifyInstance, deps: AccountDeps) {
  app.get('/forgot-password', async (req, reply) => {
    const sent = (req.query as { sent?: unknown }).sent === '1';
    return sendPage(reply, req.ctx, <ForgotPasswordPage sent={sent} />);
  });

  const resetPerAddress = perAddress(app, 'forgot', 3, 60 * 60_000);
  app.post('/forgot-password', { config: perIp(5, 10) }, async (req, reply) => {
    try {
      const { email } = parseInput(emailOnlySchema, req.body);
      await resetPerAddress(req);
      await requestPasswordReset(deps, email);
    } catch (err) {
      return refused(err, req, reply, (errors) => (
        <ForgotPasswordPage values={echo(req.body)} errors={errors} />
      ));
    }
    return reply.redirect(`/${req.ctx.locale}/forgot-password?sent=1`, 303);
  });

  app.get('/reset-password', async (req, reply) => {
    const { token } = parseInput(tokenQuery, req.query);
    if (!token || !(await isResetTokenValid(deps, token)))
      return sendPage(reply, req.ctx, <ResetInvalidPage />, 400);
    return sendPage(reply, req.ctx, <ResetPasswordPage token={token} />);
  });

  app.post('/reset-password', { config: perIp(10, 10) }, async (req, reply) => {
    try {
      await resetPassword(deps, parseInput(resetPasswordSchema, req.body));
    } catch (err) {
      if (err instanceof AppError && err.code === invalidResetToken().code)
        return sendPage(reply, req.ctx, <ResetInvalidPage />, 400);
      const token = echo(req.body).token;
      return refused(err, req, reply, (errors) => (
        <ResetPasswordPage token={typeof token === 'string' ? token : ''} errors={errors} />
      ));
    }
    return reply.redirect(`/${req.ctx.locale}/sign-in?notice=passwordReset`, 303);
  });
}
