import { z } from 'zod';

/** Every setting the platform reads. The only place that reads process.env. */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('SP Gateway <no-reply@localhost>'),
  CONTACT_EMAIL: z.email().default('team@spgateway.example'),
  /** The administrator account the first-start seed creates (with a one-time password in the log). */
  ADMIN_EMAIL: z.email().default('admin@spgateway.local'),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  JOBS: z.enum(['inline', 'off']).default('inline'),
  BODY_LIMIT: z.coerce.number().int().min(1024).default(1_048_576),
  /** Largest uploaded file (publication documents and covers), in bytes. */
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).default(52_428_800),
  CACHE_TTL_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  /**
   * Let the broken-link checker reach private and loopback addresses (tests, intranets). Off:
   * a link submitted by a member cannot make the server probe its own network.
   */
  LINK_CHECK_ALLOW_PRIVATE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Most e-mails sent per second by one worker (0: as fast as the SMTP server takes them). */
  MAIL_RATE_PER_SECOND: z.coerce.number().min(0).max(10_000).default(0),
  /** Webinar reminders written per transaction (each batch commits on its own: a crash loses none). */
  REMINDER_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(500),
  /** Distinct members' reports that hide a community post until a moderator reviews it. */
  COMMUNITY_AUTO_HIDE_REPORTS: z.coerce.number().int().min(1).max(1000).default(3),
  /** Community health: a community with no new thread or reply for this many days is slowing. */
  COMMUNITY_SLOWING_DAYS: z.coerce.number().int().min(1).max(3650).default(14),
  /** …and it is slowing when fewer members than this posted over the last 30 days. */
  COMMUNITY_MIN_ACTIVE_MEMBERS: z.coerce.number().int().min(0).max(10_000).default(3),
  /** No new thread or reply for this many days: dormant (the platform team sees it). */
  COMMUNITY_DORMANT_DAYS: z.coerce.number().int().min(1).max(3650).default(60),
  /** A slowing community's admins get at most one nudge per this many days. */
  COMMUNITY_NUDGE_PERIOD_DAYS: z.coerce.number().int().min(1).max(3650).default(14),
  /** Public API requests per minute: per IP without a key, per key with one (members create keys). */
  API_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(120),
  API_KEY_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(1200),
  /** OAI-PMH requests per minute per IP (a harvester follows tokens a few pages a second). */
  OAI_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(1200),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export type Config = Readonly<
  z.infer<typeof schema> & {
    publicUrl: string;
    secureCookies: boolean;
  }
>;

export class ConfigError extends Error {}

/** Parses an environment once; a wrong value stops start-up naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const publicUrl = (c.PUBLIC_URL ?? `http://${c.HOST}:${c.PORT}`).replace(/\/$/, '');
  return Object.freeze({
    ...c,
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
  });
}

/** For entry points (server, scripts): a wrong setting prints what is wrong and exits 1. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}
