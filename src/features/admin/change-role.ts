import { AppError } from '../../core/errors.ts';
import { audit } from '../../core/audit/index.ts';
import { recordEvent } from '../../core/events/index.ts';
import type { Db } from '../../core/db/client.ts';
import { countAdmins, type Role } from '../accounts/directory.ts';
import { getUser, setRole } from '../accounts/repository.ts';

/** An admin changes someone's role; the platform always keeps at least one admin. */
export async function changeRole(db: Db, actorId: string, userId: string, role: Role) {
  await db.transaction(async (tx) => {
    const target = await getUser(tx, userId);
    if (!target) throw new AppError('not_found', 404, 'ui.error.notFound.title');
    if (target.role === role) return;
    if (target.role === 'admin' && role !== 'admin' && (await countAdmins(tx)) <= 1) {
      throw new AppError('last_admin', 409, 'admin.users.lastAdmin', 'role');
    }
    await setRole(tx, userId, role);
    await recordEvent(tx, 'user.role_changed', { actorId, userId, from: target.role, to: role });
    await audit(tx, {
      actor: { id: actorId },
      action: 'user.role',
      subjectType: 'user',
      subjectId: userId,
      summary: target.name,
      before: { role: target.role },
      after: { role },
    });
  });
}
