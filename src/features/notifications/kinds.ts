import type { DeliveryMode } from './tables.ts';

/**
 * Every kind of notification, with its default e-mail delivery. Features add theirs here; the
 * preferences page lists them all.
 */
export const NOTIFICATION_KINDS = {
  /** A reply in a thread I started or follow. */
  reply: 'immediately',
  /** Someone @mentioned me. */
  mention: 'immediately',
  /** A new thread in a community I belong to. */
  new_thread: 'daily',
  /** Someone asks to join a community I administer. */
  join_request: 'immediately',
  /** The platform team decided on my community request, or admins on my join request. */
  decision: 'immediately',
  /** My community is slowing down: suggestions for its admins. */
  community_nudge: 'immediately',
  /** I was made an administrator of a community (a hand-over by the team, or by its admins). */
  admin_role: 'immediately',
  /** A member says they work at an organisation I manage. */
  affiliation_request: 'immediately',
} as const satisfies Record<string, DeliveryMode>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const KIND_LIST = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];
