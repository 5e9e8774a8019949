import type { MultipartFile } from '@fastify/multipart';
import { audit } from '../../../core/audit/index.ts';
import { AppError } from '../../../core/errors.ts';
import type { SessionUser } from '../../../core/http/context.ts';
import { LOCALES } from '../../../core/i18n/index.ts';
import type { Services } from '../../../core/services.ts';
import { fittedImage, IMAGE_MAX_BYTES, readImage } from '../../articles/images/process-image.ts';
import type { OrganisationPageForm } from '../admin/schemas.ts';
import { demandManager } from './affiliations.ts';
import { type OrganisationRow, saveDescriptions, setLogoKey, setWebsite } from './repository.ts';

/** Logos are fitted inside this box (px), never enlarged. */
export const LOGO_BOX = { width: 480, height: 240 };

/** A manager (or the team) edits the page's website and descriptions; audited. */
export async function updateOrganisationPage(
  services: Pick<Services, 'db'>,
  actor: SessionUser,
  org: OrganisationRow,
  input: OrganisationPageForm,
) {
  await demandManager(services.db, actor, org);
  await services.db.transaction(async (tx) => {
    await setWebsite(tx, org.id, input.website ?? null);
    await saveDescriptions(
      tx,
      org.id,
      LOCALES.map((locale) => ({ locale, description: input[`description_${locale}`] })),
    );
    await audit(tx, {
      actor: { id: actor.id, name: actor.name },
      action: 'organisation.page.edit',
      subjectType: 'organisation',
      subjectId: org.id,
      summary: org.name,
    });
  });
}

/** A new logo: checked from its bytes, re-encoded as WebP (no metadata), the old one removed. */
export async function setOrganisationLogo(
  services: Pick<Services, 'db' | 'storage'>,
  actor: SessionUser,
  org: OrganisationRow,
  part: MultipartFile | null,
) {
  await demandManager(services.db, actor, org);
  if (!part?.filename) {
    part?.file.resume();
    throw new AppError('required', 400, 'organisations.error.logoRequired', 'file');
  }
  const bytes = await readImage(part.file, IMAGE_MAX_BYTES);
  const key = await fittedImage(services.storage, bytes, { ...LOGO_BOX, fit: 'inside' });
  try {
    const before = await services.db.transaction(async (tx) => {
      const old = await setLogoKey(tx, org.id, key);
      await audit(tx, {
        actor: { id: actor.id, name: actor.name },
        action: 'organisation.logo',
        subjectType: 'organisation',
        subjectId: org.id,
        summary: org.name,
      });
      return old;
    });
    if (before) await services.storage.remove(before).catch(() => {});
  } catch (err) {
    await services.storage.remove(key).catch(() => {});
    throw err;
  }
}
