import { and, eq, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../core/db/client.ts';
import {
  type DeliveryMode,
  notification,
  notificationPreference,
  type NotificationPayload,
} from './tables.ts';

export async function insertNotification(
  tx: DbOrTx,
  n: {
    userId: string;
    kind: string;
    communityId?: string | null;
    payload: NotificationPayload;
    emailed: boolean;
  },
): Promise<string> {
  const [row] = await tx
    .insert(notification)
    .values({
      userId: n.userId,
      kind: n.kind,
      communityId: n.communityId ?? null,
      payload: n.payload,
      emailedAt: n.emailed ? sql`now()` : null,
    })
    .returning({ id: notification.id });
  return row!.id;
}

export async function preferenceOf(db: DbOrTx, userId: string, kind: string): Promise<DeliveryMode | null> {
  const [row] = await db
    .select({ mode: notificationPreference.mode })
    .from(notificationPreference)
    .where(and(eq(notificationPreference.userId, userId), eq(notificationPreference.kind, kind)));
  return row?.mode ?? null;
}

/** Who receives e-mail in which language and zone (a deleted account receives nothing). */
export async function recipient(db: DbOrTx, userId: string) {
  const [row] = await queryRows<{ email: string; name: string; locale: string; time_zone: string }>(
    db,
    sql`select email, name, locale, time_zone from "user" where id = ${userId} and deleted_at is null`,
  );
  return row ?? null;
}
