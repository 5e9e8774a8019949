import { z } from 'zod';
import type { SessionUser } from '../../../core/http/context.ts';
import { many } from '../../../core/http/validate.ts';
import type { Services } from '../../../core/services.ts';
import { checkInterests } from '../../accounts/interests.ts';
import { replaceInterests } from '../../accounts/repository.ts';
import { KIND_LIST } from '../../notifications/kinds.ts';
import { savePreferences } from '../../notifications/repository.ts';
import { DELIVERY_MODES } from '../../notifications/tables.ts';
import { memberById, saveLanguages } from '../repository.ts';
import { WORK_LANGUAGES } from '../schemas.ts';

/** The one step after verification: interests, languages, and how often e-mail comes. */
export const welcomeSchema = z
  .object({
    interests: many(z.coerce.number().int().positive(), 100),
    languages: many(z.enum(WORK_LANGUAGES), WORK_LANGUAGES.length),
    email: z.enum(DELIVERY_MODES),
  })
  .strict();
export type WelcomeInput = z.output<typeof welcomeSchema>;

/**
 * Saves what makes "for you" useful at once: the interests (themes), the languages the member
 * reads (with their interface language), and one e-mail frequency for every kind of
 * notification (they can fine-tune each kind later in their notification settings).
 */
export async function completeWelcome(
  services: Pick<Services, 'db'>,
  user: SessionUser,
  input: WelcomeInput,
) {
  const interests = await checkInterests(services.db, input.interests);
  const current = await memberById(services.db, user.id);
  await services.db.transaction(async (tx) => {
    await replaceInterests(tx, user.id, interests);
    await saveLanguages(
      tx,
      user.id,
      [...new Set([user.locale, ...input.languages])],
      current?.visibility ?? 'members',
    );
    await savePreferences(
      tx,
      user.id,
      KIND_LIST.map((kind) => ({ kind, mode: input.email })),
    );
  });
}
