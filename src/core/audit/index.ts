import { and, desc, eq, gte, ilike, lt, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { auditLog } from './tables.ts';

export interface AuditActor {
  id: string;
  /** Looked up from the account when not given. */
  name?: string;
}

export interface AuditEntry {
  /** null for the platform itself (a scheduled job). */
  actor: AuditActor | null;
  action: string;
  subjectType: string;
  subjectId: string;
  summary?: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Appends an entry in the caller's transaction: it exists exactly when the change does.
 * Every editorial and administrative use case calls this.
 */
export async function audit(tx: DbOrTx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actor?.id ?? null,
    actorName: entry.actor
      ? (entry.actor.name ?? sql`(select name from "user" where id = ${entry.actor.id})`)
      : null,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    summary: (entry.summary ?? '').slice(0, 500),
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

export interface AuditFilter {
  /** Words found in the summary, the actor's name or the subject id. */
  q?: string;
  /** An action or a prefix of one (`content.` finds every content action). */
  action?: string;
  actorId?: string;
  subjectType?: string;
  subjectId?: string;
  from?: Date;
  /** Exclusive. */
  to?: Date;
  limit: number;
  /** Entries older than this id (keyset pagination: the log only grows). */
  before?: number;
}

export type AuditRow = typeof auditLog.$inferSelect;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

/** Newest first, `limit + 1` rows asked so the caller knows whether there is more. */
export async function searchAudit(db: DbOrTx, f: AuditFilter): Promise<{ rows: AuditRow[]; more: boolean }> {
  const where: (SQL | undefined)[] = [];
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    where.push(
      or(ilike(auditLog.summary, like), ilike(auditLog.actorName, like), eq(auditLog.subjectId, f.q)),
    );
  }
  if (f.action)
    where.push(
      f.action.endsWith('.')
        ? sql`${auditLog.action} like ${`${escapeLike(f.action)}%`}`
        : eq(auditLog.action, f.action),
    );
  if (f.actorId) where.push(eq(auditLog.actorId, f.actorId));
  if (f.subjectType) where.push(eq(auditLog.subjectType, f.subjectType));
  if (f.subjectId) where.push(eq(auditLog.subjectId, f.subjectId));
  if (f.from) where.push(gte(auditLog.at, f.from));
  if (f.to) where.push(lt(auditLog.at, f.to));
  if (f.before) where.push(lt(auditLog.id, f.before));
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(f.limit + 1);
  return { rows: rows.slice(0, f.limit), more: rows.length > f.limit };
}

/** The distinct actions recorded, for the filter's list. */
export async function auditActions(db: DbOrTx): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action);
  return rows.map((r) => r.action);
}
