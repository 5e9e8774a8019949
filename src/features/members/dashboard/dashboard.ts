import { z } from 'zod';
import { AppError, ValidationError } from '../../../core/errors.ts';
import type { SessionUser } from '../../../core/http/context.ts';
import type { Locale } from '../../../core/i18n/index.ts';
import type { Services } from '../../../core/services.ts';
import { interestIds } from '../../accounts/repository.ts';
import { CONTENT_TYPES } from '../../content/types.ts';
import { organisationsByIds } from '../../organisations/repository.ts';
import { isCountryCode } from '../../taxonomy/countries.ts';
import { termsByIds } from '../../taxonomy/repository.ts';
import { listsOf } from '../lists/repository.ts';
import { canSeeProfile } from '../privacy.ts';
import { memberById } from '../repository.ts';
import type { FollowKind } from '../tables.ts';
import {
  addFollow,
  communitiesWithUnread,
  followLabels,
  followsOf,
  forYouItems,
  publishedItemIdsBy,
  removeFollow,
  submissionsOf,
  upcomingRegistrations,
} from './repository.ts';

/** How far back "for you" looks, and how much it shows. */
export const FOR_YOU_DAYS = 90;
export const FOR_YOU_LIMIT = 20;

/**
 * "For you": items published in the last FOR_YOU_DAYS that match the themes, countries,
 * organisations and members the member follows and the interests they chose, in their
 * languages (their interface language and the languages on their profile).
 */
export async function forYou(db: Services['db'], user: SessionUser, now = new Date()) {
  const [follows, interests, me] = await Promise.all([
    followsOf(db, user.id),
    interestIds(db, user.id),
    memberById(db, user.id),
  ]);
  const of = (kind: FollowKind) => follows.filter((f) => f.kind === kind).map((f) => f.targetId);
  const since = new Date(now.getTime() - FOR_YOU_DAYS * 86_400_000);
  const authoredIds = await publishedItemIdsBy(db, of('member'), since);
  const followedTerms = of('term').map(Number).filter(Number.isInteger);
  if (!follows.length && !interests.length) return [];
  return forYouItems(db, {
    kinds: Object.keys(CONTENT_TYPES),
    followedTerms,
    interestTerms: interests.filter((id) => !followedTerms.includes(id)),
    countries: of('country'),
    organisations: of('organisation'),
    authoredIds,
    languages: [...new Set([user.locale, ...(me?.languages ?? [])])],
    since,
    limit: FOR_YOU_LIMIT,
  });
}

/** Everything on a member's dashboard. */
export async function dashboardFor(db: Services['db'], user: SessionUser, locale: Locale) {
  const [items, submissions, communities, registrations, follows, lists] = await Promise.all([
    forYou(db, user),
    submissionsOf(db, user.id, locale, 10),
    communitiesWithUnread(db, user.id),
    upcomingRegistrations(db, user.id, locale),
    followLabels(db, user.id, locale),
    listsOf(db, user.id),
  ]);
  return { items, submissions, communities, registrations, follows, lists };
}

const invalid = (field: string) =>
  new ValidationError([{ field, code: 'invalid_choice', messageKey: 'ui.validation.choice' }]);

/** Follows something that exists and that the member may see; following twice changes nothing. */
export async function followSomething(
  db: Services['db'],
  user: SessionUser,
  kind: FollowKind,
  target: string,
) {
  if (kind === 'term') {
    if (!/^\d{1,9}$/.test(target)) throw invalid('target');
    const [term] = await termsByIds(db, [Number(target)]);
    if (term?.status !== 'active' || term.mergedIntoId) throw invalid('target');
  } else if (kind === 'country') {
    if (!isCountryCode(target)) throw invalid('target');
  } else if (kind === 'organisation') {
    if (!z.uuid().safeParse(target).success || (await organisationsByIds(db, [target])).length === 0)
      throw invalid('target');
  } else {
    const m = await memberById(db, target);
    if (!m || !canSeeProfile(user, m)) throw invalid('target');
    if (m.id === user.id) throw new AppError('follow_self', 400, 'members.error.followSelf', 'target');
  }
  await addFollow(db, user.id, kind, target);
}

export async function unfollowSomething(
  db: Services['db'],
  user: SessionUser,
  kind: FollowKind,
  target: string,
) {
  await removeFollow(db, user.id, kind, target);
}
