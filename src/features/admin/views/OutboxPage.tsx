import { formatDateTime } from '../../../core/i18n/index.ts';
import type { MailRow } from '../../../core/mail/repository.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import { AdminNav } from './AdminNav.tsx';

export function OutboxPage({
  rows,
  total,
  page,
  pages,
  to,
}: {
  rows: MailRow[];
  total: number;
  page: number;
  pages: number;
  to: string;
}) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('admin.outbox.title')} section="admin" indexable={false}>
      <h1>{t('admin.outbox.title')}</h1>
      <AdminNav current="outbox" />
      <p>{t('admin.outbox.intro')}</p>
      <form method="get" action={`/${locale}/admin/outbox`} role="search">
        <div class="field">
          <label for="f-to">{t('admin.outbox.recipient')}</label>
          <input id="f-to" name="to" type="search" value={to} maxLength={200} />
        </div>
        <button type="submit">{t('admin.users.find')}</button>
      </form>
      <p class="meta">{t('admin.outbox.count', { count: total })}</p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('admin.outbox.date')}</th>
              <th scope="col">{t('admin.outbox.recipient')}</th>
              <th scope="col">{t('admin.outbox.subject')}</th>
              <th scope="col">{t('admin.outbox.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m.id}>
                <td>{formatDateTime(locale, m.createdAt)}</td>
                <td>{m.toAddress}</td>
                <td>
                  <a href={`/${locale}/admin/outbox/${m.id}`}>{m.subject}</a>
                </td>
                <td>{t(`admin.outbox.state.${m.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={page}
        pages={pages}
        baseUrl={`/${locale}/admin/outbox?${new URLSearchParams(to ? { to } : {})}&page=${page}`}
      />
    </Layout>
  );
}

export function MailPage({ mail }: { mail: MailRow }) {
  const { t, locale } = useCtx();
  return (
    <Layout title={mail.subject} section="admin" indexable={false}>
      <p class="meta">
        <a href={`/${locale}/admin/outbox`}>{t('admin.outbox.title')}</a>
      </p>
      <h1 lang={mail.locale}>{mail.subject}</h1>
      <dl>
        <dt>{t('admin.outbox.recipient')}</dt>
        <dd>{mail.toName ? `${mail.toName} <${mail.toAddress}>` : mail.toAddress}</dd>
        <dt>{t('admin.outbox.date')}</dt>
        <dd>{formatDateTime(locale, mail.createdAt)}</dd>
        <dt>{t('admin.outbox.status')}</dt>
        <dd>
          {t(`admin.outbox.state.${mail.status}`)}
          {mail.error ? ` — ${mail.error}` : ''}
        </dd>
      </dl>
      <h2>{t('admin.outbox.text')}</h2>
      <pre class="mail-text" lang={mail.locale}>
        {mail.text}
      </pre>
      <p>
        <a href={`/${locale}/admin/outbox/${mail.id}/html`}>{t('admin.outbox.viewHtml')}</a>
      </p>
    </Layout>
  );
}
