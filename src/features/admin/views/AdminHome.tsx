import { formatNumber } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import type { TeamCounts } from '../../editorial/review/repository.ts';
import { AdminNav } from './AdminNav.tsx';

export function AdminHome({
  users,
  queuedMail,
  mailMode,
  team,
}: {
  users: number;
  queuedMail: number;
  mailMode: 'smtp' | 'outbox';
  /** The editorial team's lists (editors and admins). */
  team?: TeamCounts;
}) {
  const { t, locale } = useCtx();
  const days = team?.oldest ? Math.max(0, Math.floor((Date.now() - team.oldest.getTime()) / 86_400_000)) : 0;
  return (
    <Layout title={t('admin.home.title')} section="admin" indexable={false}>
      <h1>{t('admin.home.title')}</h1>
      <AdminNav current="home" />
      {team && (
        <section aria-labelledby="team-h">
          <h2 id="team-h">{t('admin.home.team')}</h2>
          <ul>
            <li>
              <a href={`/${locale}/admin/review?status=submitted`}>
                {t('admin.home.waiting', { count: team.waiting })}
              </a>
              {team.oldest && ` ${t('admin.home.oldest', { days })}`}
            </li>
            <li>
              <a href={`/${locale}/admin/review?status=in_review`}>
                {t('admin.home.inReview', { count: team.inReview })}
              </a>
            </li>
            <li>
              <a href={`/${locale}/admin/review#spot-h`}>
                {t('admin.home.spotChecks', { count: team.spotChecks })}
              </a>
            </li>
            <li>
              <a href={`/${locale}/admin/quality#q-links`}>
                {t('admin.home.brokenLinks', { count: team.brokenLinks })}
              </a>
            </li>
          </ul>
        </section>
      )}
      <h2>{t('admin.home.platform')}</h2>
      <ul>
        <li>{t('admin.home.users', { count: users, formatted: formatNumber(locale, users) })}</li>
        <li>{mailMode === 'smtp' ? t('admin.home.mailSmtp') : t('admin.home.mailOutbox')}</li>
        <li>{t('admin.home.queuedMail', { count: queuedMail })}</li>
      </ul>
    </Layout>
  );
}
