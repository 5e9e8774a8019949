import type { AccountDeps } from './deps.ts';
import { checkInterests } from './interests.ts';
import { replaceInterests, updateProfile } from './repository.ts';
import type { ProfileInput } from './schemas.ts';

/** Saves the member's profile and interests together, or neither. */
export async function updateMemberProfile({ db }: AccountDeps, userId: string, input: ProfileInput) {
  const interests = await checkInterests(db, input.interests);
  await db.transaction(async (tx) => {
    await updateProfile(tx, userId, {
      name: input.name,
      country: input.country,
      organisationName: input.organisation ?? null,
      position: input.position ?? null,
      sector: input.sector,
      locale: input.language,
      timeZone: input.timeZone,
    });
    await replaceInterests(tx, userId, interests);
  });
}
