import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../core/errors.ts';
import { requireAction } from '../../core/http/guards.ts';
import { parseInput } from '../../core/http/validate.ts';
import { isStaff } from '../../core/policies/index.ts';
import { sendPage } from '../../core/render/index.tsx';
import { authHeaders, forwardCookies } from './auth-http.ts';
import { requestEmailChange } from './change-email.ts';
import { changePassword } from './change-password.ts';
import { deleteAccount } from './delete-account.ts';
import type { AccountDeps } from './deps.ts';
import { echo, perIp, refused } from './form.ts';
import { toAccountSummary, toProfileValues } from './presenter.ts';
import { getUser, interestIds, listInterestTerms } from './repository.ts';
import {
  changeEmailSchema,
  changePasswordSchema,
  deleteAccountSchema,
  profileSchema,
  twoFactorSchema,
} from './schemas.ts';
import { confirmTwoFactor, disableTwoFactor, secretOf, startTwoFactor } from './two-factor.ts';
import { updateMemberProfile } from './update-profile.ts';
import { AccountDeletedPage, type AccountNotice, AccountPage } from './views/AccountPage.tsx';
import { ProfilePage } from './views/ProfilePage.tsx';
import { ChangeEmailPage, ChangePasswordPage, DeleteAccountPage } from './views/SecurityPages.tsx';
import { TwoFactorPage } from './views/TwoFactorPage.tsx';

const accountQuery = z.object({
  notice: z.enum(['profileSaved', 'passwordChanged', 'twoFactorEnabled', 'twoFactorDisabled']).optional(),
});

/** The signed-in member's own pages. Staff reach them without 2FA (so they can switch it on). */
export function accountPages(app: FastifyInstance, deps: AccountDeps) {
  const { db } = deps;
  const member = (req: FastifyRequest) => requireAction(req, 'account.manage');
  /** The stored row: the session may be a few seconds older than a change just made. */
  const rowOf = async (id: string) => {
    const row = await getUser(db, id);
    if (!row) throw notFound();
    return row;
  };

  app.get('/account', async (req, reply) => {
    const user = member(req);
    const { notice } = parseInput(accountQuery, req.query);
    const [row, ids, groups] = await Promise.all([
      rowOf(user.id),
      interestIds(db, user.id),
      listInterestTerms(db, req.ctx.locale),
    ]);
    const summary = toAccountSummary(row, ids, groups, req.ctx.locale, req.ctx.t);
    return sendPage(
      reply,
      req.ctx,
      <AccountPage summary={summary} notice={notice as AccountNotice | undefined} />,
    );
  });

  app.get('/account/profile', async (req, reply) => {
    const user = member(req);
    const [row, ids, groups] = await Promise.all([
      rowOf(user.id),
      interestIds(db, user.id),
      listInterestTerms(db, req.ctx.locale),
    ]);
    return sendPage(reply, req.ctx, <ProfilePage values={toProfileValues(row, ids)} interests={groups} />);
  });

  app.post('/account/profile', async (req, reply) => {
    const user = member(req);
    let language: string;
    try {
      const input = parseInput(profileSchema, req.body);
      await updateMemberProfile(deps, user.id, input);
      language = input.language;
    } catch (err) {
      return refused(err, req, reply, async (errors) => (
        <ProfilePage
          values={echo(req.body)}
          errors={errors}
          interests={await listInterestTerms(db, req.ctx.locale)}
        />
      ));
    }
    // A new language preference takes effect at once: the account opens in it.
    return reply.redirect(`/${language}/account?notice=profileSaved`, 303);
  });

  app.get('/account/password', async (req, reply) => {
    member(req);
    return sendPage(reply, req.ctx, <ChangePasswordPage />);
  });

  app.post('/account/password', async (req, reply) => {
    const user = member(req);
    try {
      const input = parseInput(changePasswordSchema(user), req.body);
      forwardCookies(reply, await changePassword(deps, input, authHeaders(req)));
    } catch (err) {
      return refused(err, req, reply, (errors) => <ChangePasswordPage errors={errors} />);
    }
    return reply.redirect(`/${req.ctx.locale}/account?notice=passwordChanged`, 303);
  });

  app.get('/account/email', async (req, reply) => {
    const user = member(req);
    const sent = (req.query as { sent?: unknown }).sent === '1';
    return sendPage(reply, req.ctx, <ChangeEmailPage currentEmail={user.email} sent={sent} />);
  });

  app.post('/account/email', { config: perIp(5, 10) }, async (req, reply) => {
    const user = member(req);
    try {
      const input = parseInput(changeEmailSchema, req.body);
      await requestEmailChange(deps, input, user, authHeaders(req));
    } catch (err) {
      return refused(err, req, reply, (errors) => (
        <ChangeEmailPage currentEmail={user.email} values={echo(req.body)} errors={errors} />
      ));
    }
    return reply.redirect(`/${req.ctx.locale}/account/email?sent=1`, 303);
  });

  app.get('/account/two-factor', async (req, reply) => {
    const user = member(req);
    const required = (req.query as { required?: unknown }).required === '1';
    return sendPage(
      reply,
      req.ctx,
      <TwoFactorPage
        view={{ stage: user.twoFactorEnabled ? 'on' : 'off' }}
        required={required}
        staff={isStaff(user)}
      />,
    );
  });

  // The set-up secret and the backup codes are shown in the POST answer itself, never on a
  // page that can be reloaded or reached again: the backup codes appear exactly once.
  app.post('/account/two-factor', { config: perIp(10, 1) }, async (req, reply) => {
    const user = member(req);
    const staff = isStaff(user);
    const raw = echo(req.body);
    const retryView = () => {
      const uri = typeof raw.uri === 'string' && raw.uri.startsWith('otpauth://totp/') ? raw.uri : '';
      if (raw.action === 'confirm' && uri) return { stage: 'setup' as const, uri, secret: secretOf(uri) };
      return { stage: user.twoFactorEnabled ? ('on' as const) : ('off' as const) };
    };
    try {
      const input = parseInput(twoFactorSchema, req.body);
      if (input.action === 'start') {
        if (user.twoFactorEnabled) return reply.redirect(`/${req.ctx.locale}/account/two-factor`, 303);
        const setup = await startTwoFactor(deps, input.password, authHeaders(req));
        return sendPage(reply, req.ctx, <TwoFactorPage view={{ stage: 'setup', ...setup }} staff={staff} />);
      }
      if (input.action === 'confirm') {
        const done = await confirmTwoFactor(deps, user.id, input.code, authHeaders(req));
        forwardCookies(reply, done.headers);
        return sendPage(
          reply,
          req.ctx,
          <TwoFactorPage view={{ stage: 'done', backupCodes: done.backupCodes }} staff={staff} />,
        );
      }
      forwardCookies(reply, await disableTwoFactor(deps, input.password, authHeaders(req)));
      return reply.redirect(`/${req.ctx.locale}/account?notice=twoFactorDisabled`, 303);
    } catch (err) {
      return refused(err, req, reply, (errors) => (
        <TwoFactorPage view={retryView()} staff={staff} errors={errors} />
      ));
    }
  });

  app.get('/account/delete', async (req, reply) => {
    const user = member(req);
    return sendPage(reply, req.ctx, <DeleteAccountPage email={user.email} />);
  });

  app.post('/account/delete', { config: perIp(5, 10) }, async (req, reply) => {
    const user = member(req);
    try {
      const input = parseInput(deleteAccountSchema, req.body);
      forwardCookies(reply, await deleteAccount(deps, input, user, authHeaders(req)));
    } catch (err) {
      return refused(err, req, reply, (errors) => <DeleteAccountPage email={user.email} errors={errors} />);
    }
    return reply.redirect(`/${req.ctx.locale}/account/deleted`, 303);
  });

  app.get('/account/deleted', async (req, reply) => sendPage(reply, req.ctx, <AccountDeletedPage />));
}
