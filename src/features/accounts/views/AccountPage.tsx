import { formatDate } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { Notice } from './controls.tsx';

export interface AccountSummary {
  name: string;
  email: string;
  handle: string;
  role: 'member' | 'editor' | 'admin';
  country: string | null;
  organisation: string | null;
  position: string | null;
  sector: string | null;
  interests: string[];
  language: string;
  timeZone: string;
  twoFactorEnabled: boolean;
  memberSince: Date;
}

export type AccountNotice = 'profileSaved' | 'passwordChanged' | 'twoFactorEnabled' | 'twoFactorDisabled';

/** The member's own page: what we hold about them and where to change it. */
export function AccountPage({ summary, notice }: { summary: AccountSummary; notice?: AccountNotice }) {
  const { t, locale } = useCtx();
  const rows: [string, string][] = [
    [t('accounts.field.name'), summary.name],
    [t('accounts.field.email'), summary.email],
    [t('accounts.account.handle'), `@${summary.handle}`],
    [t('accounts.field.country'), summary.country ?? '—'],
    [t('accounts.field.organisation'), summary.organisation ?? '—'],
    [t('accounts.field.position'), summary.position ?? '—'],
    [t('accounts.field.sector'), summary.sector ?? '—'],
    [t('accounts.field.interests'), summary.interests.length ? summary.interests.join(', ') : '—'],
    [t('accounts.field.language'), summary.language],
    [t('accounts.field.timeZone'), summary.timeZone.replaceAll('_', ' ')],
    [t('accounts.account.role'), t(`accounts.role.${summary.role}`)],
    [t('accounts.account.memberSince'), formatDate(locale, summary.memberSince)],
  ];
  const links = [
    ['profile', 'accounts.profile.title'],
    ['public-profile', 'members.edit.title'],
    ['data', 'members.data.title'],
    ['email', 'accounts.email.title'],
    ['password', 'accounts.password.title'],
    ['two-factor', 'accounts.twoFactor.title'],
    ['notifications', 'notifications.prefs.title'],
    ['api-keys', 'api.keys.title'],
    ['delete', 'accounts.delete.title'],
  ] as const;
  return (
    <Layout title={t('accounts.account.title')} indexable={false} section="account">
      <h1>{t('accounts.account.title')}</h1>
      {notice && <Notice>{t(`accounts.account.notice.${notice}`)}</Notice>}
      <h2>{t('accounts.account.profile')}</h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('accounts.account.contributions')}</h2>
      <ul>
        <li>
          <a href={`/${locale}/library/submissions`}>{t('libraryEditorial.submissions.title')}</a>
        </li>
        <li>
          <a href={`/${locale}/library/submit`}>{t('libraryEditorial.submit.title')}</a>
        </li>
      </ul>
      <h2>{t('accounts.account.security')}</h2>
      <p>{t(summary.twoFactorEnabled ? 'accounts.account.twoFactorOn' : 'accounts.account.twoFactorOff')}</p>
      <nav aria-label={t('accounts.account.manage')}>
        <ul>
          {links.map(([path, key]) => (
            <li key={path}>
              <a href={`/${locale}/account/${path}`}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>
    </Layout>
  );
}

export function AccountDeletedPage() {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('accounts.deleted.title')} indexable={false}>
      <h1>{t('accounts.deleted.title')}</h1>
      <p class="lead">{t('accounts.deleted.body')}</p>
      <p>
        <a href={`/${locale}/`}>{t('ui.error.backHome')}</a>
      </p>
    </Layout>
  );
}
