import { formatNumber, type MessageKey } from '../../../../core/i18n/index.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { Layout } from '../../../../ui/Layout.tsx';
import { Pagination } from '../../../../ui/Pagination.tsx';
import { countryName, countryOptions } from '../../../taxonomy/countries.ts';
import { ORGANISATION_TYPES } from '../../tables.ts';
import type { PublicOrganisationRow } from '../repository.ts';

/** Partner organisations: verified partners first, then by name; filters as a plain GET form. */
export function OrganisationsListPage(p: {
  rows: PublicOrganisationRow[];
  total: number;
  page: number;
  pages: number;
  query: { q?: string; type?: string; country?: string };
}) {
  const { t, locale } = useCtx();
  const params = new URLSearchParams(
    Object.entries(p.query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
  );
  params.set('page', String(p.page));
  return (
    <Layout title={t('organisations.list.title')} description={t('organisations.list.intro')}>
      <h1>{t('organisations.list.title')}</h1>
      <p>{t('organisations.list.intro')}</p>
      <form method="get" action={`/${locale}/organisations`} class="filters">
        <div class="field">
          <label for="f-q">{t('organisations.admin.search')}</label>
          <input type="search" id="f-q" name="q" value={p.query.q ?? ''} maxLength={200} />
        </div>
        <div class="field">
          <label for="f-type">{t('organisations.field.type')}</label>
          <select id="f-type" name="type">
            <option value="">{t('organisations.list.any')}</option>
            {ORGANISATION_TYPES.map((type) => (
              <option key={type} value={type} selected={p.query.type === type}>
                {t(`organisations.type.${type}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-country">{t('organisations.list.country')}</label>
          <select id="f-country" name="country">
            <option value="">{t('organisations.list.any')}</option>
            {countryOptions(locale).map((c) => (
              <option key={c.code} value={c.code} selected={p.query.country === c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <p>
          <button type="submit">{t('organisations.admin.find')}</button>
        </p>
      </form>
      <p class="meta" role="status">
        {t('organisations.admin.count', { count: p.total, formatted: formatNumber(locale, p.total) })}
      </p>
      <ul class="cards">
        {p.rows.map((o) => (
          <li key={o.slug} class="card">
            <h2>
              <a href={`/${locale}/organisations/${o.slug}`}>{o.name}</a>
              {o.acronym && ` (${o.acronym})`}
            </h2>
            <p class="meta">
              {[
                t(`organisations.type.${o.type}` as MessageKey),
                o.country ? countryName(o.country, locale) : null,
                o.verifiedPartner ? t('organisations.page.verified') : null,
                t('organisations.list.items', { count: o.items, formatted: formatNumber(locale, o.items) }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </li>
        ))}
      </ul>
      <Pagination page={p.page} pages={p.pages} baseUrl={`/${locale}/organisations?${params.toString()}`} />
    </Layout>
  );
}
