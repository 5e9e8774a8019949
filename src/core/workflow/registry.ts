import type { DbOrTx } from '../db/client.ts';
import type { Locale, MessageKey } from '../i18n/index.ts';

/**
 * A content type that members submit and editors review (publications now; news, blog posts
 * and events join by registering). The workflow itself (features/editorial) is one mechanism
 * for all of them: it only asks the type for what differs.
 */
export interface WorkflowType {
  type: string;
  /** Singular label ("Publication") for queues, e-mails and the audit log. */
  label: MessageKey;
  /** After a change of state: bring the public read models (search document …) in line. */
  afterStatusChange(tx: DbOrTx, itemId: string): Promise<void>;
  /** The editors' screen of one item. */
  editPath(locale: Locale, itemId: string): string;
  /** The member's view of their own submission. */
  submissionPath(locale: Locale, itemId: string): string;
  /** The public page, once published. */
  publicPath(locale: Locale, slug: string): string;
  /** Cache prefixes of public pages that show this type (cleared after a change). */
  cachePrefixes: string[];
  /**
   * The editable fields as plain data (revision history), and their restoration. A snapshot
   * maps field names to text or lists of text, so that any two can be compared field by field.
   */
  snapshot(tx: DbOrTx, itemId: string): Promise<Snapshot>;
  /** External links of published items, for the broken-link checker. */
  externalLinks?(db: DbOrTx): Promise<{ itemId: string; url: string }[]>;
  restore(tx: DbOrTx, itemId: string, snapshot: Snapshot): Promise<void>;
}

/** Field → value; lists are compared line by line. */
export type Snapshot = Record<string, string | string[] | number | null>;

export interface WorkflowRegistry {
  register(def: WorkflowType): void;
  get(type: string): WorkflowType | undefined;
  types(): WorkflowType[];
}

export function createWorkflowRegistry(): WorkflowRegistry {
  const byType = new Map<string, WorkflowType>();
  return {
    register(def) {
      if (byType.has(def.type)) throw new Error(`workflow type ${def.type} registered twice`);
      byType.set(def.type, def);
    },
    get: (type) => byType.get(type),
    types: () => [...byType.values()],
  };
}
