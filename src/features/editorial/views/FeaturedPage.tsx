import type { FieldError } from '../../../core/errors.ts';
import { formatDate, LOCALES, languageName, type MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import type { FeaturedRow } from '../featured/repository.ts';
import { statusKey } from './labels.ts';

interface Props {
  locale: string;
  rows: FeaturedRow[];
  types: { type: string; label: MessageKey }[];
  values?: Record<string, string | undefined>;
  errors?: FieldError[];
  notice?: string;
  now: Date;
}

/** The home page's picks for one language: order them, give them an end date, remove them. */
export function FeaturedPage({ locale: target, rows, types, values = {}, errors = [], notice, now }: Props) {
  const { t, locale } = useCtx();
  const base = `/${locale}/admin/featured`;
  return (
    <Layout title={t('editorial.featured.title')} section="admin" indexable={false}>
      <h1>{t('editorial.featured.title')}</h1>
      <AdminNav current="featured" />
      <Notice text={notice} />
      <ErrorSummary errors={errors} />
      <p>{t('editorial.featured.intro')}</p>
      <nav aria-label={t('editorial.featured.byLanguage')}>
        <ul class="nav">
          {LOCALES.map((l) => (
            <li key={l}>
              <a href={`${base}?locale=${l}`} aria-current={l === target ? 'page' : undefined}>
                {languageName(l, locale)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{t('editorial.featured.listFor', { language: languageName(target, locale) })}</h2>
      {rows.length === 0 ? (
        <p>{t('editorial.featured.empty')}</p>
      ) : (
        <ol>
          {rows.map((r, i) => {
            const expired = r.expiresAt && r.expiresAt <= now;
            return (
              <li key={r.id}>
                {r.title} <span class="meta">({t(statusKey(r.status))})</span>
                {r.expiresAt && (
                  <span class="meta">
                    {' '}
                    —{' '}
                    {t(expired ? 'editorial.featured.expired' : 'editorial.featured.until', {
                      date: formatDate(locale, r.expiresAt, 'medium'),
                    })}
                  </span>
                )}{' '}
                {(['up', 'down'] as const).map((d) =>
                  (d === 'up' && i === 0) || (d === 'down' && i === rows.length - 1) ? null : (
                    <form
                      key={d}
                      method="post"
                      action={`${base}/${r.id}/${d}?locale=${target}`}
                      class="inline"
                    >
                      <CsrfField />
                      <button type="submit" class="secondary">
                        {t(`editorial.featured.${d}`)}
                        <span class="visually-hidden">: {r.title}</span>
                      </button>
                    </form>
                  ),
                )}{' '}
                <form method="post" action={`${base}/${r.id}/remove?locale=${target}`} class="inline">
                  <CsrfField />
                  <button type="submit" class="secondary">
                    {t('editorial.featured.remove')}
                    <span class="visually-hidden">: {r.title}</span>
                  </button>
                </form>
              </li>
            );
          })}
        </ol>
      )}
      <h2>{t('editorial.featured.add')}</h2>
      <form method="post" action={`${base}?locale=${target}`}>
        <CsrfField />
        <Field name="type" label={t('editorial.queue.type')} errors={errors}>
          <select {...describe('type', errors)}>
            {types.map((x) => (
              <option key={x.type} value={x.type} selected={values.type === x.type}>
                {t(x.label)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          name="slug"
          label={t('editorial.featured.slug')}
          hint={t('editorial.featured.slugHint')}
          errors={errors}
        >
          <input {...describe('slug', errors, true)} value={values.slug ?? ''} required maxLength={200} />
        </Field>
        <Field name="expiresOn" label={t('editorial.featured.expiresOn')} errors={errors}>
          <input {...describe('expiresOn', errors)} type="date" value={values.expiresOn ?? ''} />
        </Field>
        <button type="submit">{t('editorial.featured.addButton')}</button>
      </form>
    </Layout>
  );
}
