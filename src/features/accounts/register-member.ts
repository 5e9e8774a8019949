import type { AccountDeps } from './deps.ts';
import { checkInterests } from './interests.ts';
import { getUser, replaceInterests } from './repository.ts';
import type { RegisterInput } from './schemas.ts';

/**
 * Creates a member and sends the verification e-mail (better-auth calls our mail hook). An
 * address that already has an account gets the same outcome for the caller: better-auth
 * answers with a made-up user and our hook e-mails the owner a notice instead.
 */
export async function registerMember({ db, auth }: AccountDeps, input: RegisterInput): Promise<void> {
  const interests = await checkInterests(db, input.interests);
  const result = await auth.api.signUpEmail({
    body: {
      name: input.name,
      email: input.email,
      password: input.password,
      country: input.country,
      organisationName: input.organisation,
      position: input.position,
      sector: input.sector,
      locale: input.language,
      timeZone: input.timeZone,
    },
  });
  // The made-up user of a duplicate registration has no row: only a real new member gets interests.
  if (interests.length > 0 && (await getUser(db, result.user.id)))
    await replaceInterests(db, result.user.id, interests);
}
