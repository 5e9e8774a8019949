import type { SessionUser } from '../../core/http/context.ts';
import { type DirectoryVisibility, PROFILE_FIELDS, type ProfileField } from './tables.ts';

export type Viewer = Pick<SessionUser, 'id' | 'role'> | null;

/**
 * Whose profiles a viewer may see listed or opened: visitors the public ones; signed-in members
 * (staff included) also those for members only. Hidden members are listed to nobody — the team
 * finds accounts in the console's member search instead.
 */
export function visibleTo(viewer: Viewer): DirectoryVisibility[] {
  return viewer ? ['public', 'members'] : ['public'];
}

/** Whether the viewer may open this member's profile page (their own, always). */
export function canSeeProfile(viewer: Viewer, m: { id: string; visibility: DirectoryVisibility }): boolean {
  return viewer?.id === m.id || visibleTo(viewer).includes(m.visibility);
}

/** The fields the viewer sees: the ones the member shows; all of them to the member themself. */
export function fieldsFor(viewer: Viewer, m: { id: string; shown: ProfileField[] }): Set<ProfileField> {
  return new Set(viewer?.id === m.id ? PROFILE_FIELDS : m.shown);
}
