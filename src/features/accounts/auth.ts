import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { twoFactor as twoFactorPlugin } from 'better-auth/plugins';
import type { Services } from '../../core/services.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { account, session, twoFactor, user, verification } from './tables.ts';

/** Idle timeout: a session not used for 14 days expires (each day of use extends it). */
export const SESSION_DAYS = 14;
/** Absolute timeout: whatever the use, a session ends 30 days after sign-in. */
export const SESSION_MAX_DAYS = 30;

export type AuthHooks = {
  sendVerificationEmail: (data: {
    user: { id: string; email: string; name: string };
    url: string;
    token: string;
  }) => Promise<void>;
  sendResetPassword: (data: {
    user: { id: string; email: string; name: string };
    url: string;
    token: string;
  }) => Promise<void>;
  sendChangeEmailConfirmation: (data: {
    user: { id: string; email: string; name: string };
    newEmail: string;
    url: string;
    token: string;
  }) => Promise<void>;
  sendExistingAccountNotice: (data: { user: { id: string; email: string; name: string } }) => Promise<void>;
  newHandle: (name: string) => Promise<string>;
};

export function sessionCookieName(secure: boolean) {
  return secure ? '__Host-spg.session' : 'spg.session';
}

/**
 * better-auth over our Drizzle tables. We never mount its HTTP handler: server-rendered
 * forms call auth.api.* directly, so CSRF, validation and messages stay ours.
 */
export function createAuth({ db, config, secret, logger }: Services, hooks: AuthHooks) {
  return betterAuth({
    appName: 'SP Gateway',
    baseURL: config.publicUrl,
    basePath: '/auth',
    secret,
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user, session, account, verification, twoFactor },
    }),
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      autoSignIn: false,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      password: { hash: hashPassword, verify: verifyPassword },
      sendResetPassword: async (data) => hooks.sendResetPassword(data),
      // Registering an address that already has an account answers like a new one (no
      // enumeration); the owner gets a notice instead of a verification link.
      onExistingUserSignUp: async (data) => hooks.sendExistingAccountNotice(data),
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: false,
      expiresIn: 24 * 60 * 60,
      sendVerificationEmail: async (data) => hooks.sendVerificationEmail(data),
    },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'member', input: false },
        handle: { type: 'string', required: false, input: false },
        country: { type: 'string', required: false },
        organisationName: { type: 'string', required: false },
        position: { type: 'string', required: false },
        sector: { type: 'string', required: false },
        locale: { type: 'string', required: false, defaultValue: 'en' },
        timeZone: { type: 'string', required: false, defaultValue: 'UTC' },
      },
      changeEmail: {
        enabled: true,
        sendChangeEmailConfirmation: async (data) => hooks.sendChangeEmailConfirmation(data),
      },
      deleteUser: { enabled: true },
    },
    session: {
      expiresIn: SESSION_DAYS * 24 * 60 * 60,
      // Sliding expiry (idle timeout); the absolute cap is enforced in resolveUser().
      updateAge: 24 * 60 * 60,
      freshAge: 15 * 60,
    },
    databaseHooks: {
      user: {
        create: {
          before: async (data) => ({
            data: { ...data, handle: await hooks.newHandle(String(data.name ?? 'member')) },
          }),
        },
      },
    },
    advanced: {
      useSecureCookies: false,
      cookies: {
        session_token: {
          name: sessionCookieName(config.secureCookies),
          attributes: { secure: config.secureCookies, httpOnly: true, sameSite: 'lax', path: '/' },
        },
      },
      defaultCookieAttributes: { secure: config.secureCookies, httpOnly: true, sameSite: 'lax', path: '/' },
      cookiePrefix: 'spg',
    },
    rateLimit: { enabled: false },
    plugins: [twoFactorPlugin({ issuer: 'SP Gateway', skipVerificationOnEnable: false })],
    telemetry: { enabled: false },
    // Into our structured log, warnings and errors only, and without the extra arguments:
    // better-auth's info messages and arguments can carry e-mail addresses.
    logger: {
      level: 'warn',
      log: (level, message) =>
        logger[level === 'error' ? 'error' : 'warn']({ source: 'better-auth' }, message),
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
