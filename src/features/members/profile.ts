import type { MultipartFile } from '@fastify/multipart';
import { notFound } from '../../core/errors.ts';
import type { Locale } from '../../core/i18n/index.ts';
import type { Services } from '../../core/services.ts';
import { checkInterests } from '../accounts/interests.ts';
import { fittedImage, IMAGE_MAX_BYTES, readImage } from '../articles/images/process-image.ts';
import { AppError } from '../../core/errors.ts';
import { canSeeProfile, fieldsFor, type Viewer } from './privacy.ts';
import {
  confirmedOrganisationsOf,
  contributionsOf,
  expertiseLabels,
  memberByHandle,
  publicCommunitiesOf,
  replaceExpertise,
  saveProfile,
  setPhotoKey,
} from './repository.ts';
import type { PublicProfileInput } from './schemas.ts';

/** Side of the stored square photo, in pixels (shown at 96–160 px; 2× for sharp screens). */
export const PHOTO_SIZE = 320;

/**
 * A member's profile as this viewer may see it, or 404 — for a hidden member, for a visitor
 * when the member is listed for members only, and for an unknown handle alike, so that a
 * profile's existence is not revealed either. Only the fields the member shows are read.
 */
export async function viewProfile(db: Services['db'], viewer: Viewer, handle: string, locale: Locale) {
  const m = await memberByHandle(db, handle);
  if (!m || !canSeeProfile(viewer, m)) throw notFound();
  const fields = fieldsFor(viewer, m);
  const [expertise, contributions, communities, organisations] = await Promise.all([
    fields.has('expertise') ? expertiseLabels(db, m.id, locale) : [],
    fields.has('contributions') ? contributionsOf(db, m.id, locale, 20) : [],
    fields.has('communities') ? publicCommunitiesOf(db, m.id) : [],
    fields.has('organisation') ? confirmedOrganisationsOf(db, m.id) : [],
  ]);
  return {
    member: m,
    fields,
    self: viewer?.id === m.id,
    expertise,
    contributions,
    communities,
    organisations,
  };
}

/** A member saves what their profile says and who sees it. */
export async function updatePublicProfile(
  services: Pick<Services, 'db'>,
  userId: string,
  input: PublicProfileInput,
) {
  const expertise = await checkInterests(services.db, input.expertise);
  await services.db.transaction(async (tx) => {
    await saveProfile(tx, userId, {
      bio: input.bio || null,
      languages: [...new Set(input.languages)],
      directoryVisibility: input.directoryVisibility,
      shownFields: [...new Set(input.shown)],
    });
    await replaceExpertise(tx, userId, expertise);
  });
}

/**
 * A new photo: read (at most IMAGE_MAX_BYTES), checked from its bytes, cropped square and
 * re-encoded (no EXIF or GPS survives), stored; the previous one is removed after the change.
 */
export async function setProfilePhoto(
  services: Pick<Services, 'db' | 'storage'>,
  userId: string,
  part: MultipartFile | null,
) {
  if (!part?.filename) {
    // Browsers send an empty, nameless part when no file was chosen.
    part?.file.resume();
    throw new AppError('required', 400, 'members.error.photoRequired', 'file');
  }
  const bytes = await readImage(part.file, IMAGE_MAX_BYTES);
  const key = await fittedImage(services.storage, bytes, {
    width: PHOTO_SIZE,
    height: PHOTO_SIZE,
    fit: 'cover',
  });
  try {
    const before = await services.db.transaction((tx) => setPhotoKey(tx, userId, key));
    if (before) await services.storage.remove(before).catch(() => {});
  } catch (err) {
    await services.storage.remove(key).catch(() => {});
    throw err;
  }
}

export async function removeProfilePhoto(services: Pick<Services, 'db' | 'storage'>, userId: string) {
  const before = await services.db.transaction((tx) => setPhotoKey(tx, userId, null));
  if (before) await services.storage.remove(before).catch(() => {});
}
