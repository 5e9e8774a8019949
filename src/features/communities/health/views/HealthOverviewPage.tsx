import type { Config } from '../../../../config.ts';
import { formatDate, formatNumber } from '../../../../core/i18n/index.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { CsrfField, Notice } from '../../../../ui/forms.tsx';
import { Layout } from '../../../../ui/Layout.tsx';
import { AdminNav } from '../../../admin/views/AdminNav.tsx';
import type { OverviewRow } from '../overview.ts';

/** "2 / 5 / 9" for the 7, 30 and 90 day windows. */
export function Windows({ w }: { w: Record<7 | 30 | 90, number> }) {
  const { locale } = useCtx();
  return <>{[w[7], w[30], w[90]].map((n) => formatNumber(locale, n)).join(' / ')}</>;
}

export function StateLabel({ row }: { row: OverviewRow }) {
  const { t } = useCtx();
  return (
    <>
      <strong class={`health health-${row.state}`}>{t(`communityHealth.state.${row.state}`)}</strong>
      {row.status === 'archived' && <> · {t('communityHealth.archivedBadge')}</>}
    </>
  );
}

export function ArchiveForm({ row }: { row: Pick<OverviewRow, 'id' | 'name' | 'status'> }) {
  const { t, locale } = useCtx();
  const archived = row.status === 'archived';
  return (
    <form
      method="post"
      action={`/${locale}/admin/communities/${row.id}/${archived ? 'unarchive' : 'archive'}`}
    >
      <CsrfField />
      <button
        type="submit"
        class="secondary"
        aria-label={t(archived ? 'communityHealth.unarchiveNamed' : 'communityHealth.archiveNamed', {
          name: row.name,
        })}
      >
        {t(archived ? 'communityHealth.unarchive' : 'communityHealth.archive')}
      </button>
    </form>
  );
}

export function HealthRules({ config }: { config: Config }) {
  const { t } = useCtx();
  return (
    <p class="meta">
      {t('communityHealth.rules', {
        slowingDays: config.COMMUNITY_SLOWING_DAYS,
        minActive: config.COMMUNITY_MIN_ACTIVE_MEMBERS,
        dormantDays: config.COMMUNITY_DORMANT_DAYS,
        periodDays: config.COMMUNITY_NUDGE_PERIOD_DAYS,
      })}
    </p>
  );
}

/** The platform team's overview: every community, those needing attention first. */
export function HealthOverviewPage({ rows, notice }: { rows: OverviewRow[]; notice?: string }) {
  const { t, locale, config } = useCtx();
  const base = `/${locale}/admin/communities`;
  return (
    <Layout title={t('communityHealth.title')} section="admin" indexable={false}>
      <h1>{t('communityHealth.title')}</h1>
      <AdminNav current="communities" />
      <Notice text={notice} />
      <p>{t('communityHealth.intro')}</p>
      <HealthRules config={config} />
      {rows.length === 0 ? (
        <p>{t('communityHealth.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{t('communityHealth.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('communityHealth.col.name')}</th>
                <th scope="col">{t('communityHealth.col.state')}</th>
                <th scope="col">{t('communityHealth.col.lastActivity')}</th>
                <th scope="col">{t('communityHealth.col.threads')}</th>
                <th scope="col">{t('communityHealth.col.replies')}</th>
                <th scope="col">{t('communityHealth.col.active')}</th>
                <th scope="col">{t('communityHealth.col.members')}</th>
                <th scope="col">{t('communityHealth.col.unanswered')}</th>
                <th scope="col">{t('communityHealth.col.silent')}</th>
                <th scope="col">{t('communityHealth.col.trend')}</th>
                <th scope="col">{t('communityHealth.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-community={r.slug}>
                  <th scope="row">
                    <a href={`${base}/${r.id}`}>{r.name}</a>
                  </th>
                  <td>
                    <StateLabel row={r} />
                  </td>
                  <td>
                    {formatDate(locale, r.lastActivityAt, 'medium')}
                    {!r.lastPostAt && <> ({t('communityHealth.noPosts')})</>}
                  </td>
                  <td>
                    <Windows w={r.threads} />
                  </td>
                  <td>
                    <Windows w={r.replies} />
                  </td>
                  <td>
                    <Windows w={r.activeMembers} />
                  </td>
                  <td>{formatNumber(locale, r.members)}</td>
                  <td>{formatNumber(locale, r.unanswered)}</td>
                  <td>{formatNumber(locale, r.silentMembers)}</td>
                  <td>
                    {t(`communityHealth.trend.${r.trend.direction}`, {
                      last30: r.trend.last30,
                      previous30: r.trend.previous30,
                    })}
                  </td>
                  <td>
                    <a href={`${base}/${r.id}`} aria-label={t('communityHealth.manage', { name: r.name })}>
                      {t('communityHealth.manageShort')}
                    </a>
                    <ArchiveForm row={r} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
