import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../core/db/client.ts';
import { user } from '../features/accounts/tables.ts';
import { organisationAffiliation } from '../features/editorial/tables.ts';
import { allOrganisations } from '../features/organisations/repository.ts';
import type { MemberSeed } from './people.ts';
import { Random } from './random.ts';
import { insertRows } from './repository.ts';

/**
 * Members tied to organisations, as on a live platform: a dozen organisations with two to four
 * confirmed members each (the first manages the page) and one claim waiting for the managers.
 * The member's organisation name follows. Its own generator, so the rest of the demo stays the same.
 */
export async function insertAffiliations(tx: DbOrTx, members: MemberSeed[]): Promise<number> {
  const rng = new Random(7_300_001);
  const orgs = (await allOrganisations(tx)).slice(0, 12);
  const pool = rng.sample(members, Math.min(members.length, orgs.length * 5));
  const rows: (typeof organisationAffiliation.$inferInsert)[] = [];
  let next = 0;
  for (const org of orgs) {
    const size = rng.int(2, 4);
    for (let i = 0; i <= size && next < pool.length; i++, next++) {
      const m = pool[next]!;
      // The last one of each group has only claimed the tie so far.
      const claimed = i === size;
      rows.push({
        userId: m.id,
        organisationId: org.id,
        status: claimed ? 'claimed' : 'confirmed',
        role: i === 0 ? 'manager' : 'member',
        createdAt: m.createdAt,
      });
      if (!claimed) await tx.update(user).set({ organisationName: org.name }).where(eq(user.id, m.id));
    }
  }
  await insertRows(tx, organisationAffiliation, rows, { ignoreConflicts: true });
  return rows.length;
}
