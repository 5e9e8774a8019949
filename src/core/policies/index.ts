import type { SessionUser } from '../http/context.ts';

export type Role = SessionUser['role'];

/** Who may do what: the one table every route asks. Features add their actions here. */
const rules = {
  'account.manage': ['member', 'editor', 'admin'],
  'taxonomy.edit': ['editor', 'admin'],
  'admin.console': ['editor', 'admin'],
  'users.manage': ['admin'],
  'outbox.read': ['admin'],
  'publication.submit': ['member', 'editor', 'admin'],
  'publication.edit': ['editor', 'admin'],
  'article.submit': ['member', 'editor', 'admin'],
  'article.edit': ['editor', 'admin'],
  'event.submit': ['member', 'editor', 'admin'],
  'event.edit': ['editor', 'admin'],
  'glossary.edit': ['editor', 'admin'],
  'content.review': ['editor', 'admin'],
  'rights.manage': ['editor', 'admin'],
  'featured.manage': ['editor', 'admin'],
  'organisations.manage': ['editor', 'admin'],
  'audit.read': ['admin'],
  'webinars.manage': ['editor', 'admin'],
  'communities.manage': ['editor', 'admin'],
  'feedback.manage': ['editor', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof rules;

export function can(user: SessionUser | null, action: Action): boolean {
  if (!user) return false;
  return (rules[action] as readonly Role[]).includes(user.role);
}

/** Staff must use two-factor authentication before they reach staff screens. */
export function isStaff(user: SessionUser | null): boolean {
  return user?.role === 'editor' || user?.role === 'admin';
}
