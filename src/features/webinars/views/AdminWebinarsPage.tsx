import { formatNumber } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import type { WebinarListRow } from '../repository.ts';
import { formatSlot } from '../time.ts';

/** The organisers' list: every webinar, drafts included, with registrations and waitlist. */
export function AdminWebinarsPage({ rows, notice }: { rows: WebinarListRow[]; notice?: string }) {
  const { t, locale } = useCtx();
  const base = `/${locale}/admin/webinars`;
  return (
    <Layout title={t('webinars.admin.title')} section="admin" indexable={false}>
      <h1>{t('webinars.admin.title')}</h1>
      <AdminNav current="webinars" />
      <Notice text={notice} />
      <p>
        <a href={`${base}/new`} class="button-link">
          {t('webinars.admin.new')}
        </a>{' '}
        <a href={`${base}/planner`}>{t('webinars.planner.title')}</a>
      </p>
      <table>
        <caption>{t('webinars.admin.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('webinars.admin.col.title')}</th>
            <th scope="col">{t('webinars.admin.col.when')}</th>
            <th scope="col">{t('webinars.admin.col.state')}</th>
            <th scope="col">{t('webinars.admin.col.registered')}</th>
            <th scope="col">{t('webinars.admin.col.waitlisted')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((w) => (
            <tr key={w.id}>
              <td>
                <a href={`${base}/${w.id}`}>{w.title}</a>
              </td>
              <td>
                {formatSlot(locale, w.startsAt, w.durationMinutes, w.timeZone)} ({w.timeZone})
              </td>
              <td>
                {w.cancelledAt
                  ? t('webinars.cancelled')
                  : t(w.status === 'published' ? 'webinars.admin.published' : 'webinars.admin.draft')}
              </td>
              <td>
                {formatNumber(locale, w.registered)}
                {w.capacity != null && ` / ${formatNumber(locale, w.capacity)}`}
              </td>
              <td>{formatNumber(locale, w.waitlisted)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
