import type { SessionUser } from '../../core/http/context.ts';
import type { Locale } from '../../core/i18n/index.ts';
import type { Services } from '../../core/services.ts';
import { insertFeedback } from './repository.ts';
import type { FeedbackInput } from './schemas.ts';

/**
 * A member or a visitor tells the team something about the platform. A member is known by
 * their account (name and address are read from it when the team replies, so a changed address
 * is followed); a visitor's name and address are kept only if given. The team's queue shows it
 * as new.
 */
export async function sendFeedback(
  services: Pick<Services, 'db'>,
  sender: SessionUser | null,
  input: FeedbackInput,
  locale: Locale,
) {
  return insertFeedback(services.db, {
    userId: sender?.id ?? null,
    name: sender ? null : (input.name ?? null),
    email: sender ? null : (input.email ?? null),
    category: input.category,
    message: input.message,
    pagePath: input.from ?? null,
    locale,
  });
}
