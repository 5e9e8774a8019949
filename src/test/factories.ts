import { term, termLabel, vocabulary } from '../features/taxonomy/tables.ts';
import {
  community,
  communityMember,
  communityPost,
  communityThread,
  type Visibility,
} from '../features/communities/tables.ts';
import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import * as OTPAuth from 'otpauth';
import { findUserByEmail, getUser, setRole, type UserRow } from '../features/accounts/repository.ts';
import { type TestApp, TestClient } from './app.ts';

export type Role = 'member' | 'editor' | 'admin';

let serial = 0;

/** A password that passes the platform's rules (length, common list, not the name or e-mail). */
export const TEST_PASSWORD = 'Quiet-Lantern-Orchard-42';

/**
 * A member as registration makes one (through better-auth, so the password works for sign-in),
 * verified unless asked otherwise, with the role given. No e-mail is sent.
 */
export async function createMember(
  t: TestApp,
  opts: {
    role?: Role;
    verified?: boolean;
    password?: string;
    locale?: string;
    name?: string;
    email?: string;
  } = {},
): Promise<{ user: UserRow; password: string }> {
  const n = ++serial;
  const email = (opts.email ?? `member-${n}-${randomUUID().slice(0, 8)}@example.org`).toLowerCase();
  const password = opts.password ?? TEST_PASSWORD;
  if (await findUserByEmail(t.services.db, email))
    throw new Error(`createMember: ${email} already has an account`);
  // better-auth's own adapter (so the handle hook runs and the hash is the one sign-in checks),
  // without the sign-up endpoint, so no verification e-mail lands in a test's inbox.
  const ctx = await t.accounts.auth.$context;
  const created = await ctx.internalAdapter.createUser(
    {
      name: opts.name ?? `Test Member ${n}`,
      email,
      emailVerified: opts.verified !== false,
      locale: opts.locale ?? 'en',
      timeZone: 'UTC',
      country: 'SN',
      sector: 'government',
    },
    { method: 'email-password' },
  );
  const id = created.id;
  await ctx.internalAdapter.linkAccount({
    userId: id,
    providerId: 'credential',
    accountId: id,
    password: await ctx.password.hash(password),
  });
  if (opts.role && opts.role !== 'member') await setRole(t.services.db, id, opts.role);
  return { user: (await getUser(t.services.db, id))!, password };
}

let lastIp = 0;
/** A fresh loopback address per client, so per-IP rate limits never couple unrelated tests. */
export const nextIp = () => {
  lastIp++;
  return `127.0.${Math.floor(lastIp / 250) % 250}.${(lastIp % 250) + 2}`;
};

/** A browser-like client whose requests come from `ip` (default: a fresh loopback address). */
export function clientAt(t: TestApp, ip = nextIp()): TestClient {
  const app = new Proxy(t.app, {
    get(target, prop, receiver) {
      if (prop === 'inject') return (opts: InjectOptions) => target.inject({ ...opts, remoteAddress: ip });
      return Reflect.get(target, prop, receiver);
    },
  });
  return new TestClient({ ...t, app });
}

/** TOTP secrets of the staff accounts that signIn() set up, per app, for later sign-ins. */
const secrets = new WeakMap<TestApp, Map<string, string>>();

export function totpCode(secret: string): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 }).generate();
}

const decodeHtml = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#x3D;|&#61;/g, '=')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/**
 * Switches on two-step verification through the account pages, as a member would: password,
 * then a code computed from the secret on the page. Returns the secret and the backup codes.
 */
export async function enableTwoFactor(
  t: TestApp,
  client: TestClient,
  email: string,
  password: string,
): Promise<{ secret: string; backupCodes: string[] }> {
  const start = await client.post('/en/account/two-factor', { action: 'start', password });
  if (start.statusCode !== 200) throw new Error(`two-factor start failed: ${start.statusCode}`);
  const uri = decodeHtml(/name="uri" value="([^"]+)"/.exec(start.body)?.[1] ?? '');
  const secret = new URL(uri).searchParams.get('secret') ?? '';
  const done = await client.post('/en/account/two-factor', {
    action: 'confirm',
    uri,
    code: totpCode(secret),
  });
  if (done.statusCode !== 200) throw new Error(`two-factor confirm failed: ${done.statusCode}`);
  const backupCodes = [...done.body.matchAll(/<li><code>([^<]+)<\/code><\/li>/g)].map((m) => m[1]!);
  const perApp = secrets.get(t) ?? new Map<string, string>();
  secrets.set(t, perApp);
  perApp.set(email.toLowerCase(), secret);
  return { secret, backupCodes };
}

/**
 * Signs in through the real form (POST /en/sign-in). Staff get two-step verification switched
 * on the first time, and the code step completed afterwards, so the client opens staff screens.
 */
export async function signIn(t: TestApp, email: string, password: string): Promise<TestClient> {
  const client = clientAt(t);
  const res = await client.post('/en/sign-in', { email, password });
  if (res.statusCode !== 303) throw new Error(`sign-in of ${email} failed: ${res.statusCode}`);
  if (String(res.headers.location).startsWith('/en/sign-in/two-factor')) {
    const secret = secrets.get(t)?.get(email.toLowerCase());
    if (!secret) throw new Error(`signIn: ${email} uses two-step verification set up outside signIn()`);
    const second = await client.post('/en/sign-in/two-factor', { method: 'totp', code: totpCode(secret) });
    if (second.statusCode !== 303) throw new Error(`two-factor step failed: ${second.statusCode}`);
  }
  const user = await findUserByEmail(t.services.db, email);
  if (user && (user.role === 'editor' || user.role === 'admin') && !user.twoFactorEnabled)
    await enableTwoFactor(t, client, email, password);
  return client;
}

/** A taxonomy term (its vocabulary created if the test database has none), with its labels. */
export async function createTerm(
  t: TestApp,
  vocabularyId: string,
  slug: string,
  labels: Record<string, string>,
): Promise<number> {
  const db = t.services.db;
  await db.insert(vocabulary).values({ id: vocabularyId }).onConflictDoNothing();
  const [row] = await db.insert(term).values({ vocabularyId, slug }).returning({ id: term.id });
  const entries = Object.entries(labels);
  if (entries.length)
    await db.insert(termLabel).values(entries.map(([locale, label]) => ({ termId: row!.id, locale, label })));
  return row!.id;
}

/**
 * A community whose name, description, thread and opening post all carry `word`, with `ownerId`
 * as its admin: for tests that assert a private or hidden community never leaks into an output.
 */
export async function createCommunityWithThread(
  t: TestApp,
  opts: { word: string; ownerId: string; visibility: Visibility },
): Promise<{ communityId: string; threadId: string; postId: string }> {
  const db = t.services.db;
  const { word, ownerId } = opts;
  const [c] = await db
    .insert(community)
    .values({
      slug: `${word}-circle`,
      name: `The ${word} circle`,
      description: `Talk of ${word}.`,
      locale: 'en',
      visibility: opts.visibility,
    })
    .returning({ id: community.id });
  await db
    .insert(communityMember)
    .values({ communityId: c!.id, userId: ownerId, role: 'admin', status: 'active' });
  const [th] = await db
    .insert(communityThread)
    .values({ communityId: c!.id, authorId: ownerId, title: `Plans for ${word}` })
    .returning({ id: communityThread.id });
  const [post] = await db
    .insert(communityPost)
    .values({ threadId: th!.id, authorId: ownerId, isOpening: true, body: `Opening words on ${word}.` })
    .returning({ id: communityPost.id });
  return { communityId: c!.id, threadId: th!.id, postId: post!.id };
}
