import type { AuditRow } from '../../../core/audit/index.ts';
import { formatDateTime } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { AdminNav } from './AdminNav.tsx';

interface Props {
  rows: AuditRow[];
  actions: string[];
  filters: { q: string; action: string; from: string; to: string };
  /** The id to continue from (older entries), when there are more. */
  next?: number;
}

/** Compact JSON of a before/after value, for people (the whole value stays in the database). */
const show = (v: Record<string, unknown> | null) => (v ? JSON.stringify(v).slice(0, 600) : '');

/** The audit log, newest first: search by words, action and dates; older entries page by page. */
export function AuditPage({ rows, actions, filters, next }: Props) {
  const { t, locale, user } = useCtx();
  const base = `/${locale}/admin/audit`;
  const zone = user?.timeZone ?? 'UTC';
  const nextQuery = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) nextQuery.set(k, v);
  if (next) nextQuery.set('before', String(next));
  return (
    <Layout title={t('admin.audit.title')} section="admin" indexable={false}>
      <h1>{t('admin.audit.title')}</h1>
      <AdminNav current="audit" />
      <p>{t('admin.audit.intro')}</p>
      <form method="get" action={base} class="filters" aria-label={t('admin.audit.filter')}>
        <div class="field">
          <label for="a-q">{t('admin.audit.search')}</label>
          <input id="a-q" type="search" name="q" value={filters.q} maxLength={200} />
        </div>
        <div class="field">
          <label for="a-action">{t('admin.audit.action')}</label>
          <select id="a-action" name="action">
            <option value="">{t('admin.audit.anyAction')}</option>
            {actions.map((a) => (
              <option key={a} value={a} selected={filters.action === a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="a-from">{t('admin.audit.from')}</label>
          <input id="a-from" type="date" name="from" value={filters.from} />
        </div>
        <div class="field">
          <label for="a-to">{t('admin.audit.to')}</label>
          <input id="a-to" type="date" name="to" value={filters.to} />
        </div>
        <button type="submit">{t('admin.audit.filter')}</button>
      </form>
      {rows.length === 0 ? (
        <p>{t('admin.audit.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{t('admin.audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.audit.when')}</th>
                <th scope="col">{t('admin.audit.who')}</th>
                <th scope="col">{t('admin.audit.action')}</th>
                <th scope="col">{t('admin.audit.what')}</th>
                <th scope="col">{t('admin.audit.change')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <time dateTime={r.at.toISOString()}>{formatDateTime(locale, r.at, zone)}</time>
                  </td>
                  <td>{r.actorName ?? t('admin.audit.platform')}</td>
                  <td>
                    <code>{r.action}</code>
                  </td>
                  <td>
                    {r.summary || '—'}{' '}
                    <span class="meta">
                      ({r.subjectType} {r.subjectId})
                    </span>
                  </td>
                  <td>
                    {r.before && (
                      <div>
                        <span class="meta">{t('admin.audit.before')}</span> <code>{show(r.before)}</code>
                      </div>
                    )}
                    {r.after && (
                      <div>
                        <span class="meta">{t('admin.audit.after')}</span> <code>{show(r.after)}</code>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next && (
        <p>
          <a href={`${base}?${nextQuery}`} rel="next">
            {t('admin.audit.older')}
          </a>
        </p>
      )}
    </Layout>
  );
}
