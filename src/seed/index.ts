import { seedApiKeys } from './api-keys.ts';
import { reindexAllArticles } from '../features/articles/index.tsx';
import { reindexAllPublications } from '../features/library/search/reindex.ts';
import { randomBytes } from 'node:crypto';
import type { Db, DbOrTx } from '../core/db/client.ts';
import type { Services } from '../core/services.ts';
import { account, user, userInterest } from '../features/accounts/tables.ts';
import { findUserByEmail } from '../features/accounts/repository.ts';
import { newHandle } from '../features/accounts/handle.ts';
import { hashPassword } from '../features/accounts/password.ts';
import { loadGlossary } from '../features/glossary/index.tsx';
import { loadReferenceData, type TermSeed, termsBySlug, VOCABULARIES } from '../features/taxonomy/index.tsx';
import { type ContentSeed, insertContent } from './content.ts';
import { seedEditorial, seedWithdrawn } from './editorial.ts';
import { seedEvents } from './events.ts';
import { seedWebinars } from './webinars.ts';
import { seedCommunities, seedCommunityAttachment } from './communities.ts';
import { seedFeedback } from './feedback.ts';
import { seedDemoFiles } from './files.ts';
import { buildNews } from './news.ts';
import { buildBlogPosts, seedArticleImages, signBlogPosts } from './blog.ts';
import { insertOrganisations } from './organisations.ts';
import { buildMembers, type MemberSeed, unusablePassword } from './people.ts';
import { insertMemberProfiles, seedPersonalSpace } from './profiles.ts';
import { insertAffiliations } from './affiliations.ts';
import { buildPublications, REFERENCE_DATE } from './publications.ts';
import { Random } from './random.ts';
import { anyAdministrator, countContent, insertRows, lockSeeding, takenIdentities } from './repository.ts';

export interface SeedOptions {
  progress: (message: string) => void;
  /** The administrator's e-mail (ADMIN_EMAIL). */
  adminEmail?: string;
  /** Demo sizes (tests may ask for fewer). */
  counts?: { publications?: number; news?: number };
}

export interface SeedResult {
  organisations: number;
  members: number;
  publications: number;
  news: number;
  admin: { email: string; password: string } | null;
}

/** Same seed, same demo data, on every machine. */
const SEED = 20_151_001;

/**
 * First start: reference vocabularies always (inserting only what is missing), then — when the
 * database has no content yet — the demo dataset and the administrator account. Does nothing more
 * on a database that already has content.
 */
export async function seedIfEmpty(services: Services, opts: { progress: (m: string) => void }) {
  const result = await seedDatabase(services.db, {
    progress: opts.progress,
    adminEmail: services.config.ADMIN_EMAIL,
  });
  // Files need storage and the extraction job, so they come after the data's transaction.
  if (result) await seedDemoFiles(services, { progress: opts.progress });
  if (result) await seedArticleImages(services, { progress: opts.progress });
  if (result) await seedCommunityAttachment(services);
  return result;
}

/**
 * Without demo data (production), the first start still needs one administrator: created
 * when the platform has none, with a one-time password for the operator.
 */
export async function ensureAdministrator(db: Db, email: string): Promise<SeedResult['admin']> {
  return db.transaction(async (tx) => {
    await lockSeeding(tx);
    if (await anyAdministrator(tx)) return null;
    return createAdministrator(tx, email);
  });
}

/**
 * The one-time password goes to the terminal (standard error), once, and never into the
 * structured log, which is shipped and kept.
 */
export function announceAdministrator(
  admin: NonNullable<SeedResult['admin']>,
  write = (s: string) => process.stderr.write(s),
) {
  write(
    `\n  Administrator account: ${admin.email}\n  One-time password:     ${admin.password}\n` +
      '  Shown once. Sign in, change it, then set up two-step verification (staff screens require it).\n\n',
  );
}

export async function seedDatabase(db: Db, opts: SeedOptions): Promise<SeedResult | null> {
  const { progress } = opts;
  const started = performance.now();
  const reference = await loadReferenceData(db);
  if (reference.vocabularies || reference.terms)
    progress(`reference data: ${reference.vocabularies} vocabularies and ${reference.terms} terms added`);
  await loadGlossary(db, (done, total) => progress(`glossary ${done}/${total}`));
  if ((await countContent(db)) > 0) return null;

  const result = await db.transaction(async (tx) => {
    await lockSeeding(tx);
    if ((await countContent(tx)) > 0) return null;
    return seedDemo(tx, opts);
  });
  if (!result) return null;
  progress(`demo data ready in ${Math.round(performance.now() - started)} ms`);
  return result;
}

async function seedDemo(tx: DbOrTx, opts: SeedOptions): Promise<SeedResult> {
  const { progress } = opts;
  const rng = new Random(SEED);
  const newest = Math.min(REFERENCE_DATE, Date.now());
  const termIds = await termIdIndex(tx);

  const organisations = await insertOrganisations(tx, rng, new Date(newest - 1200 * 86_400_000));
  progress(`organisations ${organisations.size}/${organisations.size}`);
  const organisationId = (key: string) => {
    const id = organisations.get(key);
    if (!id) throw new Error(`seed: unknown organisation ${key}`);
    return id;
  };

  const people = await insertMembers(tx, buildMembers(rng, newest), termIds);
  const members = people.length;
  progress(`members ${members}/${members}`);
  progress(`member profiles ${await insertMemberProfiles(tx, people, termIds)}`);
  progress(`affiliations ${await insertAffiliations(tx, people)} members tied to organisations`);

  const publications = buildPublications(rng, opts.counts?.publications ?? 200);
  await insertInSteps(tx, publications, termIds, organisationId, (n) =>
    progress(`publications ${n}/${publications.length}`),
  );
  const news = buildNews(rng, opts.counts?.news ?? 30);
  await insertInSteps(tx, news, termIds, organisationId, (n) => progress(`news ${n}/${news.length}`));
  const blog = buildBlogPosts();
  await insertInSteps(tx, blog, termIds, organisationId, (n) => progress(`blog posts ${n}/${blog.length}`));
  await signBlogPosts(tx, blog);
  const inReview = await seedEditorial(tx, newest);
  progress(`editorial workflow: ${inReview} submissions in review`);
  const withdrawn = await seedWithdrawn(tx, newest);
  if (withdrawn) progress(`withdrawn: ${withdrawn} (archived; a deleted record for OAI-PMH harvesters)`);
  await reindexAllPublications(tx, (n, total) => progress(`search index: publications ${n}/${total}`));
  progress(`events ${await seedEvents(tx, rng, termIds, organisationId)} (indexed for search)`);
  progress(
    `webinars ${await seedWebinars(tx, rng, organisationId, null)} with registrations (indexed for search)`,
  );
  await reindexAllArticles(tx, (n, total) => progress(`search index: news and blog posts ${n}/${total}`));
  progress(`communities ${await seedCommunities(tx, rng)} with members and discussions, one request waiting`);

  const admin = await createAdministrator(tx, opts.adminEmail ?? 'admin@spgateway.local');
  if (!admin) progress(`administrator account: ${opts.adminEmail} already exists, left as it is`);
  else {
    await seedPersonalSpace(tx, admin.email);
    progress(`API keys: ${await seedApiKeys(tx, admin.email)} for the administrator (one revoked)`);
  }
  // After the administrator, who signs the one answered feedback.
  progress(`feedback ${await seedFeedback(tx)} messages from members and visitors, one answered`);
  return {
    organisations: organisations.size,
    members,
    publications: publications.length,
    news: news.length,
    admin,
  };
}

type TermIndex = (vocabularyId: string, slug: string) => number;

/** Term ids by vocabulary and slug (merged terms resolve to the term they were merged into). */
async function termIdIndex(tx: DbOrTx): Promise<TermIndex> {
  const index = new Map<string, number>();
  const slugsOf = (terms: TermSeed[]): string[] =>
    terms.flatMap((t) => [t.slug, ...slugsOf(t.children ?? [])]);
  for (const v of VOCABULARIES) {
    const slugs = slugsOf(v.terms);
    for (const [slug, ref] of await termsBySlug(tx, v.id, slugs)) index.set(`${v.id}/${slug}`, ref.id);
  }
  return (vocabularyId, slug) => {
    const id = index.get(`${vocabularyId}/${slug}`);
    if (id === undefined) throw new Error(`seed: unknown term ${vocabularyId}/${slug}`);
    return id;
  };
}

async function insertInSteps(
  tx: DbOrTx,
  items: ContentSeed[],
  termId: TermIndex,
  organisationId: (key: string) => string,
  report: (done: number) => void,
) {
  const step = 50;
  for (let i = 0; i < items.length; i += step) {
    await insertContent(tx, items.slice(i, i + step), termId, organisationId);
    report(Math.min(items.length, i + step));
  }
}

/** Password-less demo members (their password column can never match), verified, with interests. */
async function insertMembers(tx: DbOrTx, members: MemberSeed[], termId: TermIndex): Promise<MemberSeed[]> {
  const taken = await takenIdentities(
    tx,
    members.map((m) => m.email),
    members.map((m) => m.handle),
  );
  const fresh = members.filter((m) => !taken.emails.has(m.email) && !taken.handles.has(m.handle));
  await insertRows(
    tx,
    user,
    fresh.map(({ interests: _, ...m }) => ({
      ...m,
      emailVerified: true,
      role: 'member' as const,
      updatedAt: m.createdAt,
    })),
  );
  await insertRows(
    tx,
    account,
    fresh.map((m) => ({
      id: `${m.id.slice(0, 24)}acct`,
      accountId: m.id,
      providerId: 'credential',
      userId: m.id,
      password: unusablePassword(),
      createdAt: m.createdAt,
      updatedAt: m.createdAt,
    })),
  );
  await insertRows(
    tx,
    userInterest,
    fresh.flatMap((m) => m.interests.map((i) => ({ userId: m.id, termId: termId(i.vocabularyId, i.slug) }))),
    { ignoreConflicts: true },
  );
  return fresh;
}

/** The first administrator, with a random one-time password; nothing if the e-mail is taken. */
async function createAdministrator(tx: DbOrTx, email: string): Promise<SeedResult['admin']> {
  if (await findUserByEmail(tx, email)) return null;
  const id = randomBytes(16).toString('hex');
  const password = randomBytes(12).toString('base64url');
  await insertRows(tx, user, [
    {
      id,
      name: 'Platform administrator',
      email: email.toLowerCase(),
      emailVerified: true,
      role: 'admin',
      handle: await newHandle(tx, 'admin'),
      locale: 'en',
      timeZone: 'UTC',
    },
  ]);
  await insertRows(tx, account, [
    {
      id: randomBytes(16).toString('hex'),
      accountId: id,
      providerId: 'credential',
      userId: id,
      password: await hashPassword(password),
    },
  ]);
  return { email: email.toLowerCase(), password };
}
