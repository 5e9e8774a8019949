import type { FieldError } from '../../../core/errors.ts';
import { formatDate } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';

export interface KeyView {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** The member's API keys: create one (shown once), see when each was last used, revoke. */
export function KeysPage(p: {
  keys: KeyView[];
  created?: { key: string; name: string };
  errors?: FieldError[];
  name?: string;
  notice?: string;
}) {
  const { t, locale, config } = useCtx();
  const active = p.keys.filter((k) => !k.revokedAt);
  const revoked = p.keys.filter((k) => k.revokedAt);
  return (
    <Layout title={t('api.keys.title')} section="account" indexable={false}>
      <h1>{t('api.keys.title')}</h1>
      <p>{t('api.keys.intro', { anonymous: config.API_RATE_LIMIT, keyed: config.API_KEY_RATE_LIMIT })}</p>
      <p>
        <a href={`/${locale}/api`}>{t('api.reference.title')}</a>
      </p>
      <Notice text={p.notice} />
      {p.created && (
        <div class="notice" role="status">
          <p>{t('api.keys.created', { name: p.created.name })}</p>
          <p>
            <code class="secret">{p.created.key}</code>
          </p>
          <p>{t('api.keys.createdOnce')}</p>
        </div>
      )}
      <h2>{t('api.keys.active')}</h2>
      {active.length === 0 ? (
        <p>{t('api.keys.none')}</p>
      ) : (
        <ul>
          {active.map((k) => (
            <li key={k.id}>
              <strong>{k.name}</strong> <code>{k.prefix}…</code>{' '}
              <span class="meta">
                {t('api.keys.createdOn', { date: formatDate(locale, k.createdAt, 'medium') })} ·{' '}
                {k.lastUsedAt
                  ? t('api.keys.lastUsed', { date: formatDate(locale, k.lastUsedAt, 'medium') })
                  : t('api.keys.neverUsed')}
              </span>
              <a href={`/${locale}/account/api-keys/${k.id}/revoke`}>
                {t('api.keys.revoke', { name: k.name })}
              </a>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('api.keys.new')}</h2>
      <form method="post" action={`/${locale}/account/api-keys`} novalidate>
        <ErrorSummary errors={p.errors ?? []} />
        <CsrfField />
        <Field name="name" label={t('api.keys.name')} hint={t('api.keys.nameHint')} errors={p.errors}>
          <input
            type="text"
            maxLength={80}
            required
            value={p.name ?? ''}
            {...describe('name', p.errors, true)}
          />
        </Field>
        <button type="submit">{t('api.keys.create')}</button>
      </form>
      {revoked.length > 0 && (
        <>
          <h2>{t('api.keys.revoked')}</h2>
          <ul>
            {revoked.map((k) => (
              <li key={k.id}>
                {k.name} <code>{k.prefix}…</code>{' '}
                <span class="meta">
                  {t('api.keys.revokedOn', { date: formatDate(locale, k.revokedAt as Date, 'medium') })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}

/** Revoking cannot be undone: the member confirms, naming the key, or goes back. */
export function RevokeKeyPage({ keyView }: { keyView: KeyView }) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('api.keys.revokeTitle', { name: keyView.name })} section="account" indexable={false}>
      <h1>{t('api.keys.revokeTitle', { name: keyView.name })}</h1>
      <p>{t('api.keys.revokeWarning')}</p>
      <form method="post" action={`/${locale}/account/api-keys/${keyView.id}/revoke`}>
        <CsrfField />
        <button type="submit">{t('api.keys.revokeConfirm')}</button>{' '}
        <a href={`/${locale}/account/api-keys`}>{t('api.keys.keep')}</a>
      </form>
    </Layout>
  );
}
