import { formatNumber, languageName, type MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import type { InterestGroup } from '../../accounts/repository.ts';
import { SECTORS } from '../../accounts/schemas.ts';
import { countryOptions } from '../../taxonomy/countries.ts';
import type { ProfileField } from '../tables.ts';
import type { MemberRow } from '../repository.ts';
import type { DirectoryQuery } from '../schemas.ts';
import { WORK_LANGUAGES } from '../schemas.ts';
import { MemberPhoto, MemberSummary } from './MemberCard.tsx';

export interface DirectoryOptions {
  regions: { id: number; label: string }[];
  expertise: InterestGroup[];
  organisations: { id: string; name: string }[];
}

/** The member directory: filters as a plain GET form, then the members the reader may see. */
export function DirectoryPage(p: {
  rows: (MemberRow & { fields: Set<ProfileField> })[];
  total: number;
  pages: number;
  query: DirectoryQuery;
  options: DirectoryOptions;
}) {
  const { t, locale, user } = useCtx();
  const q = p.query;
  const select = (
    name: keyof DirectoryQuery,
    label: string,
    options: { value: string; label: string }[],
    groups?: { label: string; options: { value: string; label: string }[] }[],
  ) => (
    <div class="field">
      <label for={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name}>
        <option value="">{t('members.filter.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={String(q[name] ?? '') === o.value}>
            {o.label}
          </option>
        ))}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value} selected={String(q[name] ?? '') === o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q))
    if (k !== 'page' && v !== undefined && v !== '') params.set(k, String(v));
  params.set('page', String(q.page));
  return (
    <Layout
      title={t('members.directory.title')}
      description={t('members.directory.intro')}
      section="communities"
    >
      <h1>{t('members.directory.title')}</h1>
      <p>{user ? t('members.directory.introMember') : t('members.directory.intro')}</p>
      {user && (
        <p>
          <a href={`/${locale}/account/public-profile`}>{t('members.directory.editOwn')}</a>
        </p>
      )}
      <form method="get" action={`/${locale}/members`} class="filters">
        <div class="field">
          <label for="f-q">{t('members.filter.name')}</label>
          <input type="search" id="f-q" name="q" value={q.q ?? ''} maxLength={100} />
        </div>
        {select(
          'country',
          t('members.filter.country'),
          countryOptions(locale).map((c) => ({ value: c.code, label: c.name })),
        )}
        {select(
          'region',
          t('members.filter.region'),
          p.options.regions.map((r) => ({ value: String(r.id), label: r.label })),
        )}
        {select(
          'sector',
          t('members.filter.sector'),
          SECTORS.map((s) => ({ value: s, label: t(`accounts.sector.${s}` as MessageKey) })),
        )}
        {select(
          'expertise',
          t('members.filter.expertise'),
          [],
          p.options.expertise.map((g) => ({
            label: g.label,
            options: g.terms.map((term) => ({ value: String(term.id), label: term.label })),
          })),
        )}
        {select(
          'language',
          t('members.filter.language'),
          WORK_LANGUAGES.map((l) => ({ value: l, label: languageName(l, locale) })).sort((a, b) =>
            a.label.localeCompare(b.label, locale),
          ),
        )}
        {p.options.organisations.length > 0 &&
          select(
            'organisation',
            t('members.filter.organisation'),
            p.options.organisations.map((o) => ({ value: o.id, label: o.name })),
          )}
        <p>
          <button type="submit">{t('members.filter.submit')}</button>
        </p>
      </form>
      <p class="meta" role="status">
        {t('members.directory.count', { count: p.total, formatted: formatNumber(locale, p.total) })}
      </p>
      <ul class="cards">
        {p.rows.map((m) => (
          <li key={m.id} class="card member">
            <MemberPhoto m={m} fields={m.fields} size={56} />
            <div>
              <h2>
                <a href={`/${locale}/members/${m.handle}`}>{m.name}</a>
              </h2>
              <MemberSummary m={m} fields={m.fields} />
              {m.fields.has('languages') && m.languages.length > 0 && (
                <p class="meta">
                  {t('members.profile.languages')}:{' '}
                  {m.languages.map((l) => languageName(l, locale)).join(', ')}
                </p>
              )}
            </div>
          </li>
        ))}
      </ul>
      <Pagination page={q.page} pages={p.pages} baseUrl={`/${locale}/members?${params.toString()}`} />
    </Layout>
  );
}
