import { type MessageKey, formatNumber } from '../../../../core/i18n/index.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { Notice } from '../../../../ui/forms.tsx';
import { Layout } from '../../../../ui/Layout.tsx';
import { Pagination } from '../../../../ui/Pagination.tsx';
import { AdminNav } from '../../../admin/views/AdminNav.tsx';
import { countryName } from '../../../taxonomy/countries.ts';
import type { OrganisationListRow } from '../repository.ts';

interface Props {
  rows: OrganisationListRow[];
  total: number;
  page: number;
  pages: number;
  q: string;
  notice?: string;
}

/** The partner organisations: find one, see its content and members, open it to edit. */
export function OrganisationsPage({ rows, total, page, pages, q, notice }: Props) {
  const { t, locale } = useCtx();
  const base = `/${locale}/admin/organisations`;
  return (
    <Layout title={t('organisations.admin.title')} section="admin" indexable={false}>
      <h1>{t('organisations.admin.title')}</h1>
      <AdminNav current="organisations" />
      <Notice text={notice} />
      <p>
        <a href={`${base}/new`} class="button-link">
          {t('organisations.admin.new')}
        </a>
      </p>
      <form method="get" action={base} role="search">
        <label for="o-q">{t('organisations.admin.search')}</label>{' '}
        <input id="o-q" type="search" name="q" value={q} maxLength={200} />{' '}
        <button type="submit">{t('organisations.admin.find')}</button>
      </form>
      {rows.length === 0 ? (
        <p>{t('organisations.admin.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>
              {t('organisations.admin.count', { count: total, formatted: formatNumber(locale, total) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('organisations.field.name')}</th>
                <th scope="col">{t('organisations.field.type')}</th>
                <th scope="col">{t('organisations.field.country')}</th>
                <th scope="col">{t('organisations.admin.items')}</th>
                <th scope="col">{t('organisations.admin.members')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((o) => (
                <tr key={o.id}>
                  <td>
                    <a href={`${base}/${o.id}`}>{o.name}</a>
                    {o.acronym && ` (${o.acronym})`}
                    {o.verifiedPartner && (
                      <>
                        {' '}
                        <strong class="badge">{t('editorial.rights.verified')}</strong>
                      </>
                    )}
                  </td>
                  <td>{t(`organisations.type.${o.type}` as MessageKey)}</td>
                  <td>{o.country ? countryName(o.country, locale) : '—'}</td>
                  <td>{formatNumber(locale, o.items)}</td>
                  <td>{formatNumber(locale, o.members)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pages={pages} baseUrl={q ? `${base}?q=${encodeURIComponent(q)}` : base} />
    </Layout>
  );
}
