import type { FieldError } from '../../../core/errors.ts';
import { formatDate, languageName, type MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, ErrorSummary, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import type { QueueRow, SpotCheckRow } from '../review/repository.ts';
import { statusKey } from './labels.ts';

export const AGE_OPTIONS = [1, 3, 7, 14, 30] as const;
export const BULK_ACTIONS = ['publish', 'reject'] as const;

interface Props {
  rows: QueueRow[];
  total: number;
  page: number;
  pages: number;
  filters: { type?: string; language?: string; status?: string; minDays?: number; assignee?: string };
  types: { type: string; label: MessageKey }[];
  languages: string[];
  editors: { id: string; name: string }[];
  spotChecks: SpotCheckRow[];
  editPath: (type: string, id: string) => string;
  notice?: string;
  errors?: FieldError[];
  now: Date;
}

const DAY = 86_400_000;

/**
 * The review queue: filters in a GET form, one table with a checkbox per row for the bulk
 * form (publish or reject, confirmed on the next page), and a claim button per row. Every
 * control is a native element in reading order, so the page works from the keyboard alone.
 */
export function QueuePage(p: Props) {
  const { t, locale, user } = useCtx();
  const base = `/${locale}/admin/review`;
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(p.filters)) if (v !== undefined && v !== '') query.set(k, String(v));
  const labelOf = (type: string) => {
    const def = p.types.find((x) => x.type === type);
    return def ? t(def.label) : type;
  };
  return (
    <Layout title={t('editorial.queue.title')} section="admin" indexable={false}>
      <h1>{t('editorial.queue.title')}</h1>
      <AdminNav current="review" />
      <Notice text={p.notice} />
      <ErrorSummary errors={p.errors ?? []} />
      <p>{t('editorial.queue.intro')}</p>
      <form method="get" action={base} class="filters" aria-label={t('editorial.queue.filter')}>
        <div class="field">
          <label for="q-type">{t('editorial.queue.type')}</label>
          <select id="q-type" name="type">
            <option value="">{t('editorial.queue.anyType')}</option>
            {p.types.map((x) => (
              <option key={x.type} value={x.type} selected={p.filters.type === x.type}>
                {t(x.label)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="q-language">{t('editorial.queue.language')}</label>
          <select id="q-language" name="language">
            <option value="">{t('editorial.queue.anyLanguage')}</option>
            {p.languages.map((l) => (
              <option key={l} value={l} selected={p.filters.language === l}>
                {languageName(l, locale)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="q-status">{t('editorial.queue.status')}</label>
          <select id="q-status" name="status">
            <option value="">{t('editorial.queue.anyStatus')}</option>
            {(['submitted', 'in_review'] as const).map((s) => (
              <option key={s} value={s} selected={p.filters.status === s}>
                {t(statusKey(s))}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="q-age">{t('editorial.queue.age')}</label>
          <select id="q-age" name="minDays">
            <option value="">{t('editorial.queue.anyAge')}</option>
            {AGE_OPTIONS.map((d) => (
              <option key={d} value={String(d)} selected={p.filters.minDays === d}>
                {t('editorial.queue.olderThan', { days: d })}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="q-assignee">{t('editorial.queue.assignee')}</label>
          <select id="q-assignee" name="assignee">
            <option value="">{t('editorial.queue.anyAssignee')}</option>
            <option value="none" selected={p.filters.assignee === 'none'}>
              {t('editorial.queue.unassigned')}
            </option>
            {p.editors.map((e) => (
              <option key={e.id} value={e.id} selected={p.filters.assignee === e.id}>
                {e.id === user?.id ? `${e.name} (${t('editorial.queue.mine')})` : e.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('editorial.queue.filter')}</button>
      </form>
      {p.total === 0 ? (
        <p>{t('editorial.queue.empty')}</p>
      ) : (
        <form method="post" action={`${base}/bulk`} id="bulk">
          <CsrfField />
          <div class="table-wrap">
            <table>
              <caption>{t('editorial.queue.count', { count: p.total })}</caption>
              <thead>
                <tr>
                  <td />
                  <th scope="col">{t('editorial.queue.column.title')}</th>
                  <th scope="col">{t('editorial.queue.type')}</th>
                  <th scope="col">{t('editorial.queue.language')}</th>
                  <th scope="col">{t('editorial.queue.column.submitter')}</th>
                  <th scope="col">{t('editorial.queue.column.waiting')}</th>
                  <th scope="col">{t('editorial.queue.column.reviewer')}</th>
                </tr>
              </thead>
              <tbody>
                {p.rows.map((r) => {
                  const days = Math.max(0, Math.floor((p.now.getTime() - r.submittedAt.getTime()) / DAY));
                  return (
                    <tr key={r.id}>
                      <td>
                        <input
                          type="checkbox"
                          name="ids"
                          value={r.id}
                          id={`sel-${r.id}`}
                          aria-label={t('editorial.queue.select', { title: r.title })}
                        />
                      </td>
                      <td>
                        <a href={p.editPath(r.type, r.id)}>{r.title}</a>
                      </td>
                      <td>{labelOf(r.type)}</td>
                      <td>{languageName(r.language, locale)}</td>
                      <td>{r.submitter ?? '—'}</td>
                      <td>
                        <time
                          dateTime={r.submittedAt.toISOString()}
                          title={formatDate(locale, r.submittedAt, 'medium')}
                        >
                          {t('editorial.queue.days', { days })}
                        </time>
                      </td>
                      <td>
                        {r.assignee ?? (
                          // Its own form (below the table): the bulk form's fields must not go with it.
                          <button type="submit" class="secondary" form={`claim-${r.id}`}>
                            {t('editorial.action.claim')}
                            <span class="visually-hidden">: {r.title}</span>
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <fieldset class="bulk">
            <legend>{t('editorial.queue.bulk')}</legend>
            <label for="bulk-action">{t('editorial.queue.bulkAction')}</label>{' '}
            <select id="bulk-action" name="action">
              {BULK_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {t(`editorial.action.${a}`)}
                </option>
              ))}
            </select>{' '}
            <button type="submit">{t('editorial.queue.bulkSubmit')}</button>
          </fieldset>
        </form>
      )}
      {p.rows
        .filter((r) => !r.assignee)
        .map((r) => (
          <form
            key={r.id}
            id={`claim-${r.id}`}
            method="post"
            action={`/${locale}/workflow/${r.id}/claim?back=queue`}
          >
            <CsrfField />
            <input type="hidden" name="version" value={String(r.version)} />
          </form>
        ))}
      <Pagination page={p.page} pages={p.pages} baseUrl={`${base}${query.size ? `?${query}` : ''}`} />
      <section aria-labelledby="spot-h">
        <h2 id="spot-h">{t('editorial.spot.title')}</h2>
        <p>{t('editorial.spot.intro')}</p>
        {p.spotChecks.length === 0 ? (
          <p>{t('editorial.spot.empty')}</p>
        ) : (
          <ul>
            {p.spotChecks.map((s) => (
              <li key={s.itemId}>
                <a href={p.editPath(s.type, s.itemId)}>{s.title}</a> — {labelOf(s.type)}, {s.submitter ?? '—'}
                , {formatDate(locale, s.createdAt, 'medium')}{' '}
                <form method="post" action={`${base}/spot-check/${s.itemId}`} class="inline">
                  <CsrfField />
                  <button type="submit" class="secondary">
                    {t('editorial.spot.done')}
                    <span class="visually-hidden">: {s.title}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
