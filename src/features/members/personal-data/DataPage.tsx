import { formatDate, formatDateTime } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { formatFileSize } from '../../library/detail/files.ts';
import { EXPORT_DAYS } from './export.ts';
import type { DataExportRow } from './repository.ts';

/** The member's personal data: an archive of everything, and what deleting the account does. */
export function DataPage(p: { exports: DataExportRow[]; now: Date; notice?: string }) {
  const { t, locale, user } = useCtx();
  const zone = user?.timeZone ?? 'UTC';
  const live = p.exports.filter((e) => !e.expiresAt || e.expiresAt > p.now);
  return (
    <Layout title={t('members.data.title')} section="account" indexable={false}>
      <h1>{t('members.data.title')}</h1>
      <Notice text={p.notice} />
      <h2>{t('members.data.exportTitle')}</h2>
      <p>{t('members.data.exportIntro', { days: EXPORT_DAYS })}</p>
      {live.length > 0 && (
        <ul>
          {live.map((e) => (
            <li key={e.id}>
              {formatDateTime(locale, e.requestedAt, zone)} ·{' '}
              {e.status === 'ready' && e.expiresAt ? (
                <>
                  <a href={`/${locale}/account/data/export/${e.id}`} download>
                    {t('members.data.download')}
                  </a>{' '}
                  <span class="meta">
                    (ZIP, {formatFileSize(locale, e.size ?? 0)}) ·{' '}
                    {t('members.data.until', { date: formatDate(locale, e.expiresAt, 'medium') })}
                  </span>
                </>
              ) : e.status === 'pending' ? (
                t('members.data.pending')
              ) : (
                t('members.data.failed')
              )}
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={`/${locale}/account/data/export`}>
        <CsrfField />
        <button type="submit">{t('members.data.request')}</button>
      </form>
      <h2>{t('members.data.deleteTitle')}</h2>
      <p>{t('members.data.deleteIntro')}</p>
      <p>
        <a href={`/${locale}/account/delete`}>{t('members.data.deleteLink')}</a>
      </p>
    </Layout>
  );
}
