import type { FieldError } from '../../../core/errors.ts';
import { languageName, type MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { ChoiceGroup, CsrfField, describe, ErrorSummary, Field, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import type { InterestGroup } from '../../accounts/repository.ts';
import type { MemberRow } from '../repository.ts';
import { BIO_MAX, WORK_LANGUAGES } from '../schemas.ts';
import { DIRECTORY_VISIBILITIES, PROFILE_FIELDS } from '../tables.ts';
import { MemberPhoto } from './MemberCard.tsx';

export interface ProfileFormValues {
  bio: string;
  languages: string[];
  expertise: string[];
  directoryVisibility: string;
  shown: string[];
}

/** The member's own settings for their public profile: what it says and who sees what. */
export function EditProfilePage(p: {
  member: MemberRow;
  values: ProfileFormValues;
  expertise: InterestGroup[];
  errors?: FieldError[];
  notice?: string;
}) {
  const { t, locale } = useCtx();
  const errors = p.errors ?? [];
  const base = `/${locale}/account/public-profile`;
  return (
    <Layout title={t('members.edit.title')} section="account" indexable={false}>
      <h1>{t('members.edit.title')}</h1>
      <p>{t('members.edit.intro')}</p>
      <p>
        <a href={`/${locale}/members/${p.member.handle}`}>{t('members.edit.view')}</a>
      </p>
      <Notice text={p.notice} />
      <ErrorSummary errors={errors} />
      <form method="post" action={base}>
        <CsrfField />
        <ChoiceGroup
          name="directoryVisibility"
          type="radio"
          legend={t('members.field.visibility')}
          hint={t('members.field.visibilityHint')}
          options={DIRECTORY_VISIBILITIES.map((v) => ({
            value: v,
            label: t(`members.visibility.${v}` as MessageKey),
          }))}
          chosen={[p.values.directoryVisibility]}
          errors={errors}
        />
        <ChoiceGroup
          name="shown"
          legend={t('members.field.shown')}
          hint={t('members.field.shownHint')}
          options={PROFILE_FIELDS.map((f) => ({
            value: f,
            label: t(`members.fieldName.${f}` as MessageKey),
          }))}
          chosen={p.values.shown}
          errors={errors}
        />
        <Field name="bio" label={t('members.field.bio')} hint={t('members.field.bioHint')} errors={errors}>
          <textarea {...describe('bio', errors, true)} rows={6} maxLength={BIO_MAX}>
            {p.values.bio}
          </textarea>
        </Field>
        <ChoiceGroup
          name="languages"
          legend={t('members.field.languages')}
          options={WORK_LANGUAGES.map((l) => ({ value: l, label: languageName(l, locale) })).sort((a, b) =>
            a.label.localeCompare(b.label, locale),
          )}
          chosen={p.values.languages}
          errors={errors}
        />
        {p.expertise.map((g, i) => (
          <ChoiceGroup
            key={g.vocabularyId}
            name="expertise"
            anchor={i === 0}
            legend={`${t('members.field.expertise')} — ${g.label}`}
            options={g.terms.map((term) => ({ value: String(term.id), label: term.label }))}
            chosen={p.values.expertise}
            errors={i === 0 ? errors : []}
          />
        ))}
        <p>
          <button type="submit">{t('members.edit.save')}</button>
        </p>
      </form>
      <section aria-labelledby="photo-heading">
        <h2 id="photo-heading">{t('members.photo.title')}</h2>
        <MemberPhoto m={p.member} fields={new Set(['photo'])} size={128} />
        <form method="post" action={`${base}/photo`} enctype="multipart/form-data">
          <CsrfField />
          <Field name="file" label={t('members.photo.file')} hint={t('members.photo.hint')} errors={errors}>
            <input {...describe('file', errors, true)} type="file" accept="image/jpeg,image/png,image/webp" />
          </Field>
          <button type="submit">{t('members.photo.upload')}</button>
        </form>
        {p.member.photoKey && (
          <form method="post" action={`${base}/photo/remove`}>
            <CsrfField />
            <button type="submit" class="link-button">
              {t('members.photo.remove')}
            </button>
          </form>
        )}
      </section>
    </Layout>
  );
}
