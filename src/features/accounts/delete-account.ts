import { ValidationError } from '../../core/errors.ts';
import type { AccountDeps } from './deps.ts';
import { authErrorCode } from './auth-http.ts';
import { wrongCurrentPassword } from './change-password.ts';
import { countAdmins } from './directory.ts';
import { deleteMailTo } from '../../core/mail/repository.ts';
import { audit } from '../../core/audit/index.ts';
import { removableContributionsOf, removeContributions } from './repository.ts';

/**
 * Erases the member: better-auth checks the password, deletes the user row (sessions, logins,
 * 2FA and interests go with it by cascade; content they wrote stays, its author_id set to null
 * by the foreign key) and expires the session cookie; the e-mails written to them are deleted. Typing the address guards against slips.
 */
export async function deleteAccount(
  { db, auth }: AccountDeps,
  input: { password: string; confirmation: string; removeContributions?: 'on' },
  current: { id: string; email: string; role: string },
  headers: Headers,
): Promise<Headers> {
  // The platform must keep someone who can manage it.
  if (current.role === 'admin' && (await countAdmins(db)) <= 1)
    throw new ValidationError([
      { field: 'confirmation', code: 'last_admin', messageKey: 'accounts.delete.lastAdmin' },
    ]);
  if (input.confirmation.toLowerCase() !== current.email.toLowerCase())
    throw new ValidationError([
      { field: 'confirmation', code: 'confirmation_mismatch', messageKey: 'accounts.delete.mismatch' },
    ]);
  // Chosen before the account goes (their author is known only until then), removed after.
  const removable = input.removeContributions ? await removableContributionsOf(db, current.id) : null;
  try {
    const result = await auth.api.deleteUser({
      body: { password: input.password },
      headers,
      returnHeaders: true,
    });
    // E-mails written to the member (with their name and links) go with the account.
    await deleteMailTo(db, current.email);
    if (removable) await removeContributions(db, removable);
    // The member is the actor; their name is not kept (the account's data is erased).
    await audit(db, {
      actor: { id: current.id, name: 'former member' },
      action: 'account.delete',
      subjectType: 'user',
      subjectId: current.id,
      summary: removable
        ? `deleted by its owner, with ${removable.items.length} unpublished submissions, ${removable.posts.length + removable.threads.length} posts and threads`
        : 'deleted by its owner; contributions kept without an author',
    });
    return result.headers;
  } catch (err) {
    if (authErrorCode(err) === 'INVALID_PASSWORD') throw wrongCurrentPassword('password');
    throw err;
  }
}
