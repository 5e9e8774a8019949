import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../core/db/client.ts';
import { memberExpertise, memberProfile, type ProfileField } from '../features/members/tables.ts';
import type { MemberSeed } from './people.ts';
import { Random } from './random.ts';
import { insertRows } from './repository.ts';

type TermIndex = (vocabularyId: string, slug: string) => number;

/** A first line of a bio, in the member's language. */
const BIO: Record<string, (m: MemberSeed) => string> = {
  en: (m) =>
    `${m.position} at ${m.organisationName}. I work on the design and delivery of social protection programmes and am happy to share what has worked in our country.`,
  fr: (m) =>
    `${m.position} à ${m.organisationName}. Je travaille sur la conception et la mise en œuvre des programmes de protection sociale et partage volontiers ce qui a fonctionné dans notre pays.`,
  es: (m) =>
    `${m.position} en ${m.organisationName}. Trabajo en el diseño y la implementación de programas de protección social y comparto con gusto lo que ha funcionado en nuestro país.`,
  pt: (m) =>
    `${m.position} em ${m.organisationName}. Trabalho no desenho e na implementação de programas de proteção social e compartilho com prazer o que funcionou em nosso país.`,
};

/**
 * Public profiles for the demo members, like a real membership: half listed publicly, a third
 * for members only (the default), the rest hidden; most show their expertise (their interests)
 * and working languages, some a bio. Its own generator, so the rest of the demo stays the same.
 */
export async function insertMemberProfiles(
  tx: DbOrTx,
  members: MemberSeed[],
  termId: TermIndex,
): Promise<number> {
  const rng = new Random(7_100_001);
  const profiles = members.map((m) => {
    const roll = rng.next();
    const visibility = roll < 0.5 ? 'public' : roll < 0.85 ? 'members' : 'hidden';
    const withBio = rng.chance(0.6);
    const shown: ProfileField[] = ['country', 'organisation', 'expertise', 'languages'];
    if (withBio) shown.push('bio');
    if (rng.chance(0.7)) shown.push('position', 'contributions', 'communities');
    return {
      userId: m.id,
      bio: withBio ? (BIO[m.locale] ?? BIO.en!)(m) : null,
      languages: [...new Set([m.locale, 'en'])],
      directoryVisibility: visibility as 'public' | 'members' | 'hidden',
      shownFields: shown,
      updatedAt: m.createdAt,
    };
  });
  await insertRows(tx, memberProfile, profiles, { ignoreConflicts: true });
  await insertRows(
    tx,
    memberExpertise,
    members.flatMap((m) =>
      m.interests.map((i) => ({ userId: m.id, termId: termId(i.vocabularyId, i.slug) })),
    ),
    { ignoreConflicts: true },
  );
  return profiles.length;
}

/**
 * The administrator's own space, so that "My SP Gateway" shows something at the first sign-in:
 * they follow the two themes with the most publications and one country, and keep a reading
 * list of the three newest publications.
 */
export async function seedPersonalSpace(tx: DbOrTx, email: string): Promise<void> {
  const [admin] = await queryRows<{ id: string }>(
    tx,
    sql`select id from "user" where email = ${email.toLowerCase()}`,
  );
  if (!admin) return;
  await queryRows(
    tx,
    sql`insert into follow (user_id, kind, target_id)
        select ${admin.id}, 'term', ct.term_id::text from content_term ct join term t on t.id = ct.term_id
        where t.vocabulary_id = 'topic' group by ct.term_id order by count(*) desc, ct.term_id limit 2
        on conflict do nothing`,
  );
  await queryRows(
    tx,
    sql`insert into follow (user_id, kind, target_id) values (${admin.id}, 'country', 'SN') on conflict do nothing`,
  );
  const [list] = await queryRows<{ id: string }>(
    tx,
    sql`insert into reading_list (user_id, name) values (${admin.id}, 'To read this week') returning id`,
  );
  await queryRows(
    tx,
    sql`insert into reading_list_item (list_id, item_id)
        select ${list!.id}, id from content_item where type = 'publication' and status = 'published'
        order by published_at desc nulls last, id limit 3`,
  );
}
