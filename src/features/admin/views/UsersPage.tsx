import type { FieldError } from '../../../core/errors.ts';
import { formatDate } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, ErrorSummary } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import type { Role, searchUsers } from '../../accounts/directory.ts';
import { AdminNav } from './AdminNav.tsx';

type Row = Awaited<ReturnType<typeof searchUsers>>['rows'][number];
const ROLES: Role[] = ['member', 'editor', 'admin'];

interface Props {
  rows: Row[];
  total: number;
  page: number;
  pages: number;
  q: string;
  role?: Role;
  errors?: FieldError[];
  notice?: string;
}

export function UsersPage({ rows, total, page, pages, q, role, errors = [], notice }: Props) {
  const { t, locale } = useCtx();
  const base = `/${locale}/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), ...(role ? { role } : {}) })}`;
  return (
    <Layout title={t('admin.users.title')} section="admin" indexable={false}>
      <h1>{t('admin.users.title')}</h1>
      <AdminNav current="users" />
      <ErrorSummary errors={errors} />
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <form method="get" action={`/${locale}/admin/users`} role="search">
        <div class="field">
          <label for="f-q">{t('admin.users.search')}</label>
          <input id="f-q" name="q" type="search" value={q} maxLength={200} />
        </div>
        <div class="field">
          <label for="f-role-filter">{t('admin.users.role')}</label>
          <select id="f-role-filter" name="role">
            <option value="">{t('admin.users.anyRole')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r} selected={r === role}>
                {t(`admin.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('admin.users.find')}</button>
      </form>
      <p class="meta">{t('admin.users.count', { count: total })}</p>
      <div class="table-wrap">
        <table>
          <caption class="meta">{t('admin.users.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.users.name')}</th>
              <th scope="col">{t('admin.users.email')}</th>
              <th scope="col">{t('admin.users.joined')}</th>
              <th scope="col">{t('admin.users.status')}</th>
              <th scope="col">{t('admin.users.role')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.id}>
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td>{formatDate(locale, u.createdAt, 'medium')}</td>
                <td>
                  {u.emailVerified ? t('admin.users.verified') : t('admin.users.unverified')}
                  {u.twoFactorEnabled ? ` · ${t('admin.users.twoFactor')}` : ''}
                </td>
                <td>
                  <form method="post" action={`/${locale}/admin/users/${u.id}/role`}>
                    <CsrfField />
                    <label for={`role-${u.id}`} class="visually-hidden">
                      {t('admin.users.roleFor', { name: u.name })}
                    </label>
                    <select id={`role-${u.id}`} name="role">
                      {ROLES.map((r) => (
                        <option key={r} value={r} selected={r === u.role}>
                          {t(`admin.role.${r}`)}
                        </option>
                      ))}
                    </select>{' '}
                    <button type="submit" class="secondary">
                      {t('admin.users.change')}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pages={pages} baseUrl={`${base}&page=${page}`} />
    </Layout>
  );
}
