import { formatNumber } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { AdminNav } from './AdminNav.tsx';

export function AdminHome({
  users,
  queuedMail,
  mailMode,
}: {
  users: number;
  queuedMail: number;
  mailMode: 'smtp' | 'outbox';
}) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('admin.home.title')} section="admin" indexable={false}>
      <h1>{t('admin.home.title')}</h1>
      <AdminNav current="home" />
      <ul>
        <li>{t('admin.home.users', { count: users, formatted: formatNumber(locale, users) })}</li>
        <li>{mailMode === 'smtp' ? t('admin.home.mailSmtp') : t('admin.home.mailOutbox')}</li>
        <li>{t('admin.home.queuedMail', { count: queuedMail })}</li>
      </ul>
    </Layout>
  );
}
