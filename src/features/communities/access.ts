import type { SessionUser } from '../../core/http/context.ts';
import type { MemberRole, MembershipStatus, Visibility } from './tables.ts';

/** Who is looking, as far as one community is concerned. */
export interface Viewer {
  user: Pick<SessionUser, 'id' | 'role'> | null;
  membership: { role: MemberRole; status: MembershipStatus } | null;
}

export interface CommunityFacts {
  visibility: Visibility;
  status: 'active' | 'archived';
}

export type CommunityAction =
  /** Appears in the communities listing and in counts. */
  | 'list'
  /** Sees the description page. */
  | 'see'
  /** Reads threads, posts, the library, the member list. */
  | 'read'
  | 'join'
  | 'request_to_join'
  | 'leave'
  | 'start_thread'
  | 'reply'
  | 'react'
  | 'report'
  | 'announce'
  | 'invite'
  /** Pin, lock, hide and restore posts, remove and ban members. */
  | 'moderate'
  /** Change roles, decide join requests, edit the community. */
  | 'administer';

const active = (v: Viewer) => v.membership?.status === 'active';
const role = (v: Viewer) => (active(v) ? v.membership!.role : null);
/** The platform team (editors and admins) oversees every community. */
const staff = (v: Viewer) => v.user?.role === 'editor' || v.user?.role === 'admin';

/**
 * The one permission table for communities: every route, listing, search document, feed and
 * e-mail asks it. Private content is for active members; hidden communities do not exist for
 * anyone else. An archived community is read-only. The platform team sees everything and can
 * moderate, but does not post as a member unless it is one.
 */
export function canInCommunity(action: CommunityAction, c: CommunityFacts, v: Viewer): boolean {
  const isPublic = c.visibility === 'public';
  const writable = c.status === 'active';
  const banned = v.membership?.status === 'banned';
  switch (action) {
    case 'list':
      return c.visibility !== 'hidden' || active(v) || staff(v);
    case 'see':
      return c.visibility !== 'hidden' || active(v) || staff(v);
    case 'read':
      return isPublic || active(v) || staff(v);
    case 'join':
      return writable && isPublic && !!v.user && !v.membership && !banned;
    case 'request_to_join':
      return writable && c.visibility === 'private' && !!v.user && !v.membership;
    case 'leave':
      return active(v);
    case 'start_thread':
    case 'reply':
    case 'react':
      return writable && active(v);
    case 'report':
      return writable && !!v.user && (isPublic || active(v));
    case 'announce':
      return writable && role(v) === 'admin';
    case 'invite':
      return writable && (role(v) === 'admin' || role(v) === 'moderator');
    case 'moderate':
      return writable && (role(v) === 'admin' || role(v) === 'moderator' || staff(v));
    case 'administer':
      return role(v) === 'admin' || staff(v);
  }
}
