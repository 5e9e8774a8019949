import { randomInt } from 'node:crypto';
import { audit } from '../../../core/audit/index.ts';
import type { DbOrTx } from '../../../core/db/client.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import { recordEvent } from '../../../core/events/index.ts';
import type { MessageKey } from '../../../core/i18n/index.ts';
import type { Services } from '../../../core/services.ts';
import type { ContentStatus } from '../../content/tables.ts';
import { effectiveRight } from '../rights/effective-right.ts';
import { FEATURED_CACHE_PREFIX } from '../featured/manage-featured.ts';
import { queueDecisionMail } from './notify.ts';
import { addSpotCheck, directPublications, insertTransition, lockItem, setState } from './repository.ts';
import { type Actor, check, type Refusal, RULES, type WorkflowAction } from './rules.ts';

/** Longest message an editor or member can attach to a decision. */
export const MESSAGE_MAX = 4000;
/** A trusted member's first direct publications are all spot-checked, then one in this many. */
const SPOT_CHECK_FIRST = 3;
const SPOT_CHECK_EVERY = 5;

const REFUSALS: Record<Refusal, { status: number; key: MessageKey }> = {
  invalid_transition: { status: 409, key: 'editorial.error.invalidTransition' },
  forbidden: { status: 403, key: 'editorial.error.forbidden' },
  claimed_by_other: { status: 409, key: 'editorial.error.claimedByOther' },
  already_claimed: { status: 409, key: 'editorial.error.alreadyClaimed' },
  already_published: { status: 409, key: 'editorial.error.alreadyPublished' },
};

export interface TransitionInput {
  message?: string;
  /** For `schedule`: when the item goes public (must be in the future). */
  scheduledFor?: Date;
  /** The version the actor's page showed: a change made since is refused, not overwritten. */
  expectedVersion?: number;
}

export interface TransitionResult {
  from: ContentStatus;
  to: ContentStatus;
  /** Submitted by a trusted member: published at once. */
  direct: boolean;
}

type WorkflowServices = Pick<Services, 'db' | 'mailer' | 'cache' | 'workflow' | 'config'>;

/** What must happen once the transaction has committed. */
export interface Applied extends TransitionResult {
  prefixes: string[];
  mailed: boolean;
}

/**
 * Takes one workflow action on one item of any registered type. Everything happens under the
 * item's row lock: two editors claiming at once — one wins, the other is refused with who has
 * it. The transition, the audit entry, the event, the public read models and the e-mail to
 * the submitter are written in the same transaction.
 */
export async function transition(
  services: WorkflowServices,
  actor: Actor,
  itemId: string,
  action: WorkflowAction,
  input: TransitionInput = {},
): Promise<TransitionResult> {
  const applied = await services.db.transaction((tx) =>
    applyTransition(tx, services, actor, itemId, action, input),
  );
  await afterTransition(services, applied);
  return { from: applied.from, to: applied.to, direct: applied.direct };
}

/** After commit: deliver the queued e-mail and drop public pages that showed the old state. */
export async function afterTransition(services: WorkflowServices, applied: Applied): Promise<void> {
  if (applied.mailed) await services.mailer.kick();
  if (applied.from === 'published' || applied.to === 'published')
    for (const prefix of [...applied.prefixes, FEATURED_CACHE_PREFIX]) services.cache.invalidate(prefix);
}

/** The transition inside the caller's transaction (a use case that also creates the item). */
export async function applyTransition(
  tx: DbOrTx,
  services: WorkflowServices,
  actor: Actor,
  itemId: string,
  action: WorkflowAction,
  input: TransitionInput = {},
): Promise<Applied> {
  const rule = RULES[action];
  const message = input.message?.trim() || null;
  if (rule.message === 'required' && !message)
    throw new AppError('message_required', 400, 'editorial.error.messageRequired', 'message');
  if (message && message.length > MESSAGE_MAX)
    throw new AppError('message_too_long', 400, 'editorial.error.messageTooLong', 'message', {
      max: MESSAGE_MAX,
    });
  if (action === 'schedule' && !(input.scheduledFor && input.scheduledFor.getTime() > Date.now()))
    throw new AppError('schedule_in_past', 400, 'editorial.error.scheduleInPast', 'scheduledFor');

  const item = await lockItem(tx, itemId);
  if (!item) throw notFound();
  const def = services.workflow.get(item.type);
  if (!def) throw notFound();
  const refusal = check(action, item, actor);
  if (refusal) {
    const r = REFUSALS[refusal];
    throw new AppError(refusal, r.status, r.key, undefined, { name: item.claimerName ?? '' });
  }
  if (input.expectedVersion !== undefined && input.expectedVersion !== item.version)
    throw new AppError('stale_version', 409, 'editorial.error.stale');

  let to: ContentStatus = rule.to;
  let recorded: string = action;
  // A submission from a trusted member is published at once; a blocked member cannot submit.
  if (action === 'submit' && item.ownerId === actor.id && actor.role === 'member') {
    const right = await effectiveRight(tx, actor.id);
    if (right.level === 'blocked') throw new AppError('posting_blocked', 403, 'editorial.error.blocked');
    // A resubmission after changes were asked for goes back to the editor who asked, trusted or not.
    if (right.level === 'trusted' && item.status !== 'changes_requested') {
      to = 'published';
      recorded = 'publish_trusted';
      const before = await directPublications(tx, actor.id);
      if (before < SPOT_CHECK_FIRST || randomInt(SPOT_CHECK_EVERY) === 0) await addSpotCheck(tx, itemId);
    }
  }
  await setState(tx, itemId, to, {
    claimedBy: action === 'claim' ? actor.id : item.claimedBy,
    scheduledFor: input.scheduledFor ?? null,
    submitted: action === 'submit' || action === 'reopen',
  });
  await insertTransition(tx, { itemId, action: recorded, from: item.status, to, actorId: actor.id, message });
  await audit(tx, {
    actor,
    action: `content.${recorded}`,
    subjectType: item.type,
    subjectId: itemId,
    summary: item.title,
    before: { status: item.status },
    after: {
      status: to,
      ...(message ? { message } : {}),
      ...(input.scheduledFor ? { scheduledFor: input.scheduledFor.toISOString() } : {}),
    },
  });
  await def.afterStatusChange(tx, itemId);
  await recordEvent(tx, `content.${recorded}`, {
    itemId,
    type: item.type,
    from: item.status,
    to,
    actorId: actor.id,
  });
  const mailed = Boolean(rule.notify && item.ownerId && item.ownerId !== actor.id);
  if (mailed && item.ownerId)
    await queueDecisionMail(tx, services, {
      item,
      ownerId: item.ownerId,
      action,
      message,
      scheduledFor: input.scheduledFor,
    });
  return {
    from: item.status,
    to,
    direct: recorded === 'publish_trusted',
    prefixes: def.cachePrefixes,
    mailed,
  };
}
