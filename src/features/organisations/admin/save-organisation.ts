import { audit, type AuditActor } from '../../../core/audit/index.ts';
import type { Db } from '../../../core/db/client.ts';
import { notFound } from '../../../core/errors.ts';
import { LOCALES } from '../../../core/i18n/index.ts';
import { nextSlug, slugify } from '../../library/editorial/slug.ts';
import {
  insertOrganisation,
  type OrganisationFields,
  organisationForEdit,
  replaceDescriptions,
  takenOrganisationSlugs,
  updateOrganisationRow,
} from './repository.ts';
import type { OrganisationForm } from './schemas.ts';

function fieldsOf(form: OrganisationForm): {
  fields: OrganisationFields;
  descriptions: { locale: string; description: string }[];
} {
  return {
    fields: {
      name: form.name,
      acronym: form.acronym ?? null,
      type: form.type,
      country: form.country ?? null,
      website: form.website ?? null,
    },
    descriptions: LOCALES.flatMap((locale) => {
      const description = form[`description_${locale}`];
      return description ? [{ locale, description }] : [];
    }),
  };
}

/** An editor adds an organisation: a slug from its name (numbered when taken), audited. */
export async function createOrganisation(db: Db, actor: AuditActor, form: OrganisationForm): Promise<string> {
  const { fields, descriptions } = fieldsOf(form);
  return db.transaction(async (tx) => {
    const base =
      slugify(form.acronym ? `${form.acronym} ${form.name}` : form.name).slice(0, 60) || 'organisation';
    for (let attempt = 0; attempt < 20; attempt++) {
      const slug = nextSlug(base, await takenOrganisationSlugs(tx, base));
      const id = await insertOrganisation(tx, slug, fields);
      if (!id) continue;
      await replaceDescriptions(tx, id, descriptions, LOCALES);
      await audit(tx, {
        actor,
        action: 'organisation.create',
        subjectType: 'organisation',
        subjectId: id,
        summary: fields.name,
        after: { ...fields },
      });
      return id;
    }
    throw new Error('could not find a free organisation slug');
  });
}

/** An editor changes an organisation's fields and descriptions (its slug stays: links keep working). */
export async function updateOrganisation(
  db: Db,
  actor: AuditActor,
  id: string,
  form: OrganisationForm,
): Promise<void> {
  const { fields, descriptions } = fieldsOf(form);
  await db.transaction(async (tx) => {
    const current = await organisationForEdit(tx, id);
    if (!current) throw notFound();
    await updateOrganisationRow(tx, id, fields);
    await replaceDescriptions(tx, id, descriptions, LOCALES);
    const { name, acronym, type, country, website } = current.organisation;
    await audit(tx, {
      actor,
      action: 'organisation.update',
      subjectType: 'organisation',
      subjectId: id,
      summary: fields.name,
      before: { name, acronym, type, country, website },
      after: { ...fields },
    });
  });
}
