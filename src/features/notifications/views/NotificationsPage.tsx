import { formatDateTime } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import { describeNotification, safePath } from '../digest.ts';
import type { NotificationRow } from '../repository.ts';

interface Props {
  rows: NotificationRow[];
  page: number;
  pages: number;
  unread: number;
  notice?: string;
}

/**
 * The member's notification centre: newest first, unread ones marked in words (and weight),
 * each opened through a small form that marks it read on the way.
 */
export function NotificationsPage({ rows, page, pages, unread, notice }: Props) {
  const { t, locale, user } = useCtx();
  const zone = user?.timeZone ?? 'UTC';
  return (
    <Layout title={t('notifications.centre.title')} indexable={false}>
      <h1>{t('notifications.centre.title')}</h1>
      <Notice text={notice} />
      <p>{t('notifications.centre.unread', { count: unread })}</p>
      {unread > 0 && (
        <form method="post" action={`/${locale}/notifications/read-all`}>
          <CsrfField />
          <button type="submit" class="secondary">
            {t('notifications.centre.markAll')}
          </button>
        </form>
      )}
      {rows.length === 0 ? (
        <p>{t('notifications.centre.empty')}</p>
      ) : (
        <ul class="results-list">
          {rows.map((n) => {
            const target = `/${locale}${safePath(n.payload.path) ?? '/notifications'}`;
            const text = describeNotification(locale, n.kind, n.payload);
            return (
              <li key={n.id} class={n.readAt ? 'read' : 'unread'}>
                {n.readAt ? (
                  <a href={target}>{text}</a>
                ) : (
                  <form method="post" action={`/${locale}/notifications/${n.id}/open`} class="inline">
                    <CsrfField />
                    <strong>{t('notifications.centre.new')}</strong>{' '}
                    <button type="submit" class="link-button">
                      {text}
                    </button>
                  </form>
                )}
                {n.payload.excerpt && <p>{n.payload.excerpt}</p>}
                <p class="meta">
                  <time datetime={n.createdAt.toISOString()}>
                    {formatDateTime(locale, n.createdAt, zone)}
                  </time>
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <Pagination page={page} pages={pages} baseUrl={`/${locale}/notifications`} />
      <p>
        <a href={`/${locale}/account/notifications`}>{t('notifications.prefs.title')}</a>
      </p>
    </Layout>
  );
}
