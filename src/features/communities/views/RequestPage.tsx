import type { FieldError } from '../../../core/errors.ts';
import { formatDate, LOCALES, languageName, type MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import type { RequestRow } from '../repository.ts';
import { VISIBILITIES } from '../tables.ts';

type Values = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

/** The concept note asking for a community, and the member's earlier requests with their status. */
export function RequestPage(p: {
  values: Values;
  errors?: FieldError[];
  mine: RequestRow[];
  notice?: string;
}) {
  const { t, locale } = useCtx();
  const errors = p.errors ?? [];
  const area = (name: string, rows = 4) => (
    <Field
      name={name}
      label={t(`communities.request.field.${name}` as MessageKey)}
      hint={t(`communities.request.hint.${name}` as MessageKey)}
      errors={errors}
    >
      <textarea {...describe(name, errors, true)} rows={rows} required>
        {one(p.values[name])}
      </textarea>
    </Field>
  );
  const langs = Array.isArray(p.values.languages)
    ? p.values.languages
    : p.values.languages
      ? [p.values.languages]
      : [locale];
  return (
    <Layout title={t('communities.request.title')} section="communities" indexable={false}>
      <p class="meta">
        <a href={`/${locale}/communities`}>{t('communities.title')}</a>
      </p>
      <h1>{t('communities.request.title')}</h1>
      <Notice text={p.notice} />
      <p>{t('communities.request.intro')}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/${locale}/communities/request`}>
        <CsrfField />
        <Field name="name" label={t('communities.request.field.name')} errors={errors}>
          <input {...describe('name', errors)} value={one(p.values.name)} required maxLength={120} />
        </Field>
        {area('purpose', 5)}
        {area('audience')}
        {area('proposedAdmins', 3)}
        {area('activities', 5)}
        <fieldset id="f-languages">
          <legend>{t('communities.request.field.languages')}</legend>
          {LOCALES.map((l) => (
            <label key={l} class="check">
              <input type="checkbox" name="languages" value={l} checked={langs.includes(l)} />{' '}
              {languageName(l, locale)}
            </label>
          ))}
        </fieldset>
        <Field
          name="duration"
          label={t('communities.request.field.duration')}
          hint={t('communities.request.hint.duration')}
          errors={errors}
        >
          <input
            {...describe('duration', errors, true)}
            value={one(p.values.duration)}
            required
            maxLength={200}
          />
        </Field>
        <fieldset id="f-visibility">
          <legend>{t('communities.request.field.visibility')}</legend>
          {VISIBILITIES.map((v) => (
            <label key={v} class="check">
              <input
                type="radio"
                name="visibility"
                value={v}
                checked={(one(p.values.visibility) || 'public') === v}
              />{' '}
              {t(`communities.visibility.${v}` as MessageKey)} —{' '}
              {t(`communities.visibility.${v}.hint` as MessageKey)}
            </label>
          ))}
        </fieldset>
        <button type="submit">{t('communities.request.submit')}</button>
      </form>
      {p.mine.length > 0 && (
        <>
          <h2>{t('communities.request.mine')}</h2>
          <ul>
            {p.mine.map((r) => (
              <li key={r.id}>
                {r.name} — {t(`communities.request.status.${r.status}` as MessageKey)} (
                {formatDate(locale, r.createdAt, 'medium')})
                {r.message && <blockquote>{r.message}</blockquote>}
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}
