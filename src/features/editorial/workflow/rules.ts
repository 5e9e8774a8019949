import type { Role } from '../../../core/policies/index.ts';
import type { ContentStatus } from '../../content/tables.ts';

/** Who may take an action: the member who submitted the item, or the editorial team. */
type Party = 'owner' | 'editor';

export interface Rule {
  from: readonly ContentStatus[];
  to: ContentStatus;
  by: Party;
  /** Request changes and reject need a message for the member; others may carry a note. */
  message: 'required' | 'optional' | 'none';
  /** Tell the submitter by e-mail. */
  notify: boolean;
}

/**
 * The workflow's one table of transitions. Anything not here is refused: nothing is published
 * from "rejected" without reopening it first, and publishing a published item is an error,
 * not a second publication.
 */
export const RULES = {
  submit: {
    from: ['draft', 'changes_requested'],
    to: 'submitted',
    by: 'owner',
    message: 'optional',
    notify: false,
  },
  withdraw: {
    from: ['submitted', 'changes_requested'],
    to: 'draft',
    by: 'owner',
    message: 'none',
    notify: false,
  },
  claim: { from: ['submitted'], to: 'in_review', by: 'editor', message: 'none', notify: true },
  release: { from: ['in_review'], to: 'submitted', by: 'editor', message: 'none', notify: false },
  request_changes: {
    from: ['in_review'],
    to: 'changes_requested',
    by: 'editor',
    message: 'required',
    notify: true,
  },
  publish: {
    from: ['draft', 'submitted', 'in_review', 'scheduled'],
    to: 'published',
    by: 'editor',
    message: 'optional',
    notify: true,
  },
  schedule: {
    from: ['draft', 'submitted', 'in_review'],
    to: 'scheduled',
    by: 'editor',
    message: 'optional',
    notify: true,
  },
  reject: {
    from: ['submitted', 'in_review', 'changes_requested'],
    to: 'rejected',
    by: 'editor',
    message: 'required',
    notify: true,
  },
  reopen: { from: ['rejected'], to: 'submitted', by: 'editor', message: 'optional', notify: false },
  unpublish: {
    from: ['published', 'scheduled'],
    to: 'draft',
    by: 'editor',
    message: 'optional',
    notify: true,
  },
  archive: {
    from: ['draft', 'changes_requested', 'published', 'rejected'],
    to: 'archived',
    by: 'editor',
    message: 'optional',
    notify: false,
  },
  unarchive: { from: ['archived'], to: 'draft', by: 'editor', message: 'none', notify: false },
} as const satisfies Record<string, Rule>;

export type WorkflowAction = keyof typeof RULES;
export const WORKFLOW_ACTIONS = Object.keys(RULES) as WorkflowAction[];

/** States in which the item is waiting for the team (the review queue). */
export const QUEUE_STATUSES = ['submitted', 'in_review'] as const satisfies readonly ContentStatus[];

export interface Actor {
  id: string;
  name: string;
  role: Role;
}

export type Refusal =
  /** The action does not exist for this state (a stale page, a double click, a crafted form). */
  | 'invalid_transition'
  /** Not the actor's to take (a member acting on someone else's item, a member as editor). */
  | 'forbidden'
  /** In review by another editor: only they (or an admin) decide it. */
  | 'claimed_by_other'
  | 'already_claimed'
  | 'already_published';

/**
 * Whether `actor` may take `action` on an item in `status`, owned by `ownerId` and claimed by
 * `claimedBy`. Pure: the use case calls it under the item's row lock.
 */
export function check(
  action: WorkflowAction,
  item: { status: ContentStatus; ownerId: string | null; ownerRole?: Role | null; claimedBy: string | null },
  actor: Actor,
): Refusal | null {
  const rule: Rule = RULES[action];
  const editor = actor.role === 'editor' || actor.role === 'admin';
  // Editors may also act for the owner (submit an item on a member's behalf).
  const allowed = rule.by === 'editor' ? editor : editor || item.ownerId === actor.id;
  if (!allowed) return 'forbidden';
  if (!(rule.from as readonly ContentStatus[]).includes(item.status)) {
    if (action === 'claim' && item.status === 'in_review') return 'already_claimed';
    if (action === 'publish' && item.status === 'published') return 'already_published';
    return 'invalid_transition';
  }
  // A member's draft is not the team's to publish: it is theirs until they submit it.
  if (
    (action === 'publish' || action === 'schedule') &&
    item.status === 'draft' &&
    item.ownerRole === 'member' &&
    item.ownerId !== actor.id
  )
    return 'invalid_transition';
  if (
    item.status === 'in_review' &&
    rule.by === 'editor' &&
    item.claimedBy &&
    item.claimedBy !== actor.id &&
    actor.role !== 'admin'
  )
    return 'claimed_by_other';
  return null;
}
