import type { DbOrTx } from '../../core/db/client.ts';
import { AppError, notFound } from '../../core/errors.ts';
import type { SessionUser } from '../../core/http/context.ts';
import { type CommunityAction, canInCommunity, type Viewer } from './access.ts';
import { type CommunityRow, findCommunityBySlug, membershipOf } from './repository.ts';

export interface CommunityContext {
  community: CommunityRow;
  viewer: Viewer;
  can(action: CommunityAction): boolean;
}

/**
 * A community as the viewer may see it. One that the viewer may not even see (hidden, not a
 * member) answers 404 — as if it did not exist — so its name never leaks.
 */
export async function communityFor(
  db: DbOrTx,
  slug: string,
  user: Pick<SessionUser, 'id' | 'role'> | null,
): Promise<CommunityContext> {
  const community = await findCommunityBySlug(db, slug);
  if (!community) throw notFound();
  const m = await membershipOf(db, community.id, user?.id);
  const viewer: Viewer = { user, membership: m ? { role: m.role, status: m.status } : null };
  const can = (action: CommunityAction) => canInCommunity(action, community, viewer);
  if (!can('see')) throw notFound();
  return { community, viewer, can };
}

/** Refuses an action the viewer may not take: 404 where they may not read, else 403. */
export function demand(ctx: CommunityContext, action: CommunityAction): void {
  if (ctx.can(action)) return;
  if (!ctx.can('read')) throw notFound();
  throw new AppError('forbidden', 403, 'communities.error.forbidden');
}
