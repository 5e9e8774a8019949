import type { FieldError } from '../../../../core/errors.ts';
import { formatDate, languageName, LOCALES, type MessageKey } from '../../../../core/i18n/index.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field, Notice } from '../../../../ui/forms.tsx';
import { Layout } from '../../../../ui/Layout.tsx';
import type { OrganisationRow } from '../repository.ts';

export interface AffiliationRow {
  user_id: string;
  name: string;
  handle: string;
  status: 'claimed' | 'confirmed';
  role: 'member' | 'manager';
  created_at: string | Date;
}

/** Managers: confirm or remove who says they work here, name other managers, edit the page. */
export function ManageOrganisationPage(p: {
  org: OrganisationRow;
  affiliations: AffiliationRow[];
  values: Record<string, string>;
  errors?: FieldError[];
  notice?: string;
}) {
  const { t, locale } = useCtx();
  const errors = p.errors ?? [];
  const base = `/${locale}/organisations/${p.org.slug}`;
  const action = (userId: string, decision: string, label: string, danger = false) => (
    <form method="post" action={`${base}/affiliations/${userId}/${decision}`} class="inline">
      <CsrfField />
      <button type="submit" class={danger ? 'link-button danger' : 'link-button'}>
        {label}
      </button>
    </form>
  );
  return (
    <Layout title={t('organisations.manage.title')} indexable={false}>
      <p class="meta">
        <a href={base}>{p.org.name}</a>
      </p>
      <h1>{t('organisations.manage.title')}</h1>
      <Notice text={p.notice} />
      <ErrorSummary errors={errors} />
      <h2>{t('organisations.manage.people')}</h2>
      {p.affiliations.length === 0 ? (
        <p>{t('organisations.manage.nobody')}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{t('organisations.manage.people')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organisations.manage.member')}</th>
              <th scope="col">{t('organisations.manage.status')}</th>
              <th scope="col">{t('organisations.manage.since')}</th>
              <th scope="col">{t('organisations.manage.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {p.affiliations.map((a) => (
              <tr key={a.user_id}>
                <td>
                  <a href={`/${locale}/members/${a.handle}`}>{a.name}</a> (@{a.handle})
                </td>
                <td>
                  {t(
                    (a.status === 'claimed'
                      ? 'organisations.manage.claimed'
                      : a.role === 'manager'
                        ? 'organisations.manage.manager'
                        : 'organisations.manage.confirmed') as MessageKey,
                  )}
                </td>
                <td>{formatDate(locale, new Date(a.created_at), 'medium')}</td>
                <td>
                  {a.status === 'claimed' && action(a.user_id, 'confirm', t('organisations.manage.confirm'))}
                  {a.status === 'confirmed' &&
                    a.role === 'member' &&
                    action(a.user_id, 'manager', t('organisations.manage.makeManager'))}
                  {a.status === 'confirmed' &&
                    a.role === 'manager' &&
                    action(a.user_id, 'member', t('organisations.manage.makeMember'))}
                  {action(a.user_id, 'remove', t('organisations.manage.remove'), true)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('organisations.manage.page')}</h2>
      <form method="post" action={`${base}/manage`}>
        <CsrfField />
        <Field
          name="website"
          label={t('organisations.field.website')}
          hint={t('organisations.field.websiteHint')}
          errors={errors}
        >
          <input
            {...describe('website', errors, true)}
            type="url"
            value={p.values.website ?? ''}
            maxLength={500}
          />
        </Field>
        {LOCALES.map((l) => {
          const name = `description_${l}`;
          return (
            <Field
              key={l}
              name={name}
              label={t('organisations.field.description', { language: languageName(l, locale) })}
              errors={errors}
            >
              <textarea {...describe(name, errors)} rows={5} maxLength={4000} lang={l}>
                {p.values[name] ?? ''}
              </textarea>
            </Field>
          );
        })}
        <button type="submit">{t('organisations.manage.save')}</button>
      </form>
      <h2>{t('organisations.manage.logo')}</h2>
      <form method="post" action={`${base}/logo`} enctype="multipart/form-data">
        <CsrfField />
        <Field
          name="file"
          label={t('organisations.manage.logoFile')}
          hint={t('organisations.manage.logoHint')}
          errors={errors}
        >
          <input {...describe('file', errors, true)} type="file" accept="image/jpeg,image/png,image/webp" />
        </Field>
        <button type="submit">{t('organisations.manage.logoUpload')}</button>
      </form>
    </Layout>
  );
}
