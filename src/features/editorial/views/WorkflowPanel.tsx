import { formatDateTime } from '../../../core/i18n/index.ts';
import { can } from '../../../core/policies/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField } from '../../../ui/forms.tsx';
import type { ContentStatus } from '../../content/tables.ts';
import type { TransitionRow } from '../workflow/repository.ts';
import { check, RULES, WORKFLOW_ACTIONS, type WorkflowAction } from '../workflow/rules.ts';
import { actionKey, statusKey } from './labels.ts';

export interface WorkflowState {
  id: string;
  status: ContentStatus;
  ownerId: string | null;
  ownerRole: 'member' | 'editor' | 'admin' | null;
  claimedBy: string | null;
  claimerName: string | null;
  claimedAt: Date | null;
  scheduledFor: Date | null;
  version: number;
}

/** Actions whose form asks for something (a message, a date) open a page of their own. */
const NEEDS_FORM = new Set<WorkflowAction>(['request_changes', 'reject', 'schedule']);

/**
 * The item's state, the actions open to the reader (from the workflow's rules), and its
 * history. The same panel serves every content type, for editors and for the submitter.
 */
export function WorkflowPanel({ item, history }: { item: WorkflowState; history: TransitionRow[] }) {
  const { t, locale, user } = useCtx();
  if (!user) return null;
  const zone = user.timeZone || 'UTC';
  const base = `/${locale}/workflow/${item.id}`;
  const open = WORKFLOW_ACTIONS.filter(
    (a) => check(a, item, { id: user.id, name: user.name, role: user.role }) === null,
  );
  return (
    <section aria-labelledby="workflow-h" class="workflow">
      <h2 id="workflow-h">{t('editorial.panel.heading')}</h2>
      <p>
        <strong>{t('editorial.panel.status', { status: t(statusKey(item.status)) })}</strong>
        {item.status === 'in_review' && item.claimerName && item.claimedAt && (
          <>
            {' '}
            {t('editorial.panel.claimedBy', {
              name: item.claimerName,
              date: formatDateTime(locale, item.claimedAt, zone),
            })}
          </>
        )}
        {item.status === 'scheduled' && item.scheduledFor && (
          <> {t('editorial.panel.scheduledFor', { date: formatDateTime(locale, item.scheduledFor, zone) })}</>
        )}
      </p>
      {open.length === 0 ? (
        <p class="meta">{t('editorial.panel.noActions')}</p>
      ) : (
        <ul class="actions">
          {open.map((a) =>
            NEEDS_FORM.has(a) ? (
              <li key={a}>
                <a class="button-link secondary" href={`${base}/${a}`}>
                  {t(actionKey(a))}
                </a>
              </li>
            ) : (
              <li key={a}>
                <form method="post" action={`${base}/${a}`}>
                  <CsrfField />
                  <input type="hidden" name="version" value={String(item.version)} />
                  <button type="submit" class={RULES[a].to === 'published' ? undefined : 'secondary'}>
                    {t(actionKey(a))}
                  </button>
                </form>
              </li>
            ),
          )}
        </ul>
      )}
      {can(user, 'content.review') && (
        <p>
          <a href={`/${locale}/admin/history/${item.id}`}>{t('editorial.history.link')}</a> ·{' '}
          <a href={`/${locale}/admin/translations/${item.id}`}>{t('editorial.translations.link')}</a>
        </p>
      )}
      <h3>{t('editorial.panel.history')}</h3>
      {history.length === 0 ? (
        <p class="meta">{t('editorial.panel.historyEmpty')}</p>
      ) : (
        <ol class="history">
          {history.map((h) => (
            <li key={h.id}>
              <time dateTime={h.at.toISOString()}>{formatDateTime(locale, h.at, zone)}</time>{' '}
              {t('editorial.panel.historyEntry', {
                action: t(actionKey(h.action)),
                name: h.actorName ?? t('editorial.panel.platform'),
              })}{' '}
              <span class="meta">{t('editorial.panel.from', { status: t(statusKey(h.fromStatus)) })}</span>
              {h.message && <blockquote>{h.message}</blockquote>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
