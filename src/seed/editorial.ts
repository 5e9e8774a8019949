import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { LOCALES } from '../core/i18n/index.ts';
import type { DbOrTx } from '../core/db/client.ts';
import { user } from '../features/accounts/tables.ts';
import { type ContentStatus, contentItem, contentViewDay } from '../features/content/tables.ts';
import { contentTransition, featuredItem, postingRight } from '../features/editorial/tables.ts';
import { organisation } from '../features/organisations/tables.ts';

const DAY = 86_400_000;

/**
 * Demo content for the editorial workflow: a few publications sent in by demo members and
 * waiting in the review queue (of different ages), one sent back with changes requested and
 * one not accepted, each with its history; one organisation marked as a verified partner and
 * one member trusted. Run before the search index is built: these items are not public.
 */
export async function seedEditorial(tx: DbOrTx, now: number): Promise<number> {
  const members = await tx
    .select({ id: user.id })
    .from(user)
    .where(eq(user.role, 'member'))
    .orderBy(user.createdAt, user.id)
    .limit(6);
  const items = await tx
    .select({ id: contentItem.id })
    .from(contentItem)
    .where(and(eq(contentItem.type, 'publication'), eq(contentItem.status, 'published')))
    .orderBy(contentItem.publishedAt, contentItem.id)
    .limit(5);
  if (members.length < 5 || items.length < 5) return 0;
  const plan: { status: ContentStatus; days: number; message?: string; action?: string }[] = [
    { status: 'submitted', days: 1 },
    { status: 'submitted', days: 4 },
    { status: 'submitted', days: 12 },
    {
      status: 'changes_requested',
      days: 6,
      action: 'request_changes',
      message:
        'Thank you. Please add the country and year of the evaluation to the summary, and attach the PDF of the final report rather than the draft.',
    },
    {
      status: 'rejected',
      days: 9,
      action: 'reject',
      message: 'This is a press release about an event, not a publication; please post it as news instead.',
    },
  ];
  for (const [i, p] of plan.entries()) {
    const item = items[i]!;
    const member = members[i]!;
    const submittedAt = new Date(now - p.days * DAY);
    await tx
      .update(contentItem)
      .set({ status: p.status, authorId: member.id, submittedAt, publishedAt: null })
      .where(eq(contentItem.id, item.id));
    await tx.insert(contentTransition).values([
      {
        itemId: item.id,
        action: 'submit',
        fromStatus: 'draft',
        toStatus: 'submitted',
        actorId: member.id,
        at: submittedAt,
      },
      ...(p.action
        ? [
            {
              itemId: item.id,
              action: p.action,
              fromStatus: 'submitted',
              toStatus: p.status,
              actorId: null,
              message: p.message,
              at: new Date(submittedAt.getTime() + DAY),
            },
          ]
        : []),
    ]);
  }
  const [partner] = await tx
    .select({ id: organisation.id })
    .from(organisation)
    .orderBy(organisation.slug)
    .limit(1);
  if (partner)
    await tx
      .update(organisation)
      .set({ verifiedPartner: true })
      .where(inArray(organisation.id, [partner.id]));
  await tx
    .insert(postingRight)
    .values({
      subjectKind: 'user',
      subjectId: members[5]?.id ?? members[0]!.id,
      level: 'trusted',
      setAt: sql`now()`,
    })
    .onConflictDoNothing();
  await seedFeaturedAndViews(tx, now);
  return plan.length;
}

/**
 * One publication published and later withdrawn by the editors (archived): off the public site,
 * but kept, so OAI-PMH harvesters learn of the withdrawal as a deleted record. The oldest
 * publication still published after seedEditorial, so the home page's picks are untouched.
 */
export async function seedWithdrawn(tx: DbOrTx, now: number): Promise<string | null> {
  const [item] = await tx
    .select({ id: contentItem.id, slug: contentItem.slug })
    .from(contentItem)
    .where(and(eq(contentItem.type, 'publication'), eq(contentItem.status, 'published')))
    .orderBy(contentItem.publishedAt, contentItem.id)
    .limit(1);
  if (!item) return null;
  const at = new Date(now - 20 * DAY);
  await tx
    .update(contentItem)
    .set({ status: 'archived', updatedAt: at, version: sql`${contentItem.version} + 1` })
    .where(eq(contentItem.id, item.id));
  await tx.insert(contentTransition).values({
    itemId: item.id,
    action: 'archive',
    fromStatus: 'published',
    toStatus: 'archived',
    actorId: null,
    message: 'Withdrawn at the publisher’s request: a corrected edition replaces it.',
    at,
  });
  return item.slug;
}

/**
 * The home page's picks in each language (three recent publications not already among the
 * latest six, one of them for a month only) and page views over the last weeks, so that the
 * translation report has an order.
 */
async function seedFeaturedAndViews(tx: DbOrTx, now: number): Promise<void> {
  const recent = await tx
    .select({ id: contentItem.id })
    .from(contentItem)
    .where(and(eq(contentItem.type, 'publication'), eq(contentItem.status, 'published')))
    .orderBy(desc(contentItem.publishedAt), contentItem.id)
    .limit(40);
  for (const locale of LOCALES)
    await tx.insert(featuredItem).values(
      recent.slice(6, 9).map((r, position) => ({
        locale,
        itemId: r.id,
        position,
        expiresAt: position === 2 ? new Date(now + 30 * DAY) : null,
      })),
    );
  // A long tail: a few items read a lot, most a little (deterministic, like the rest of the seed).
  const views = recent.flatMap((r, i) =>
    [0, 3, 9, 20].map((daysAgo) => ({
      itemId: r.id,
      day: new Date(now - daysAgo * DAY).toISOString().slice(0, 10),
      count: Math.max(1, Math.round(400 / (i + 1)) - daysAgo),
    })),
  );
  await tx.insert(contentViewDay).values(views).onConflictDoNothing();
}
