import { formatDate, languageName } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import type { ConceptCard } from '../presenter.ts';
import { QUERY_MAX } from '../schemas.ts';
import { Notice } from './parts.tsx';

/** /{locale}/admin/glossary: every concept, a search, and the way to a new one. */
export function AdminConceptsPage({
  concepts,
  q,
  notice,
}: {
  concepts: ConceptCard[];
  q: string;
  notice?: string;
}) {
  const { t, locale } = useCtx();
  const base = `/${locale}/admin/glossary`;
  return (
    <Layout title={t('glossary.admin.title')} section="admin" indexable={false}>
      <h1>{t('glossary.admin.title')}</h1>
      <AdminNav current="glossary" />
      <Notice text={notice} />
      <p>{t('glossary.admin.intro')}</p>
      <p>
        <a href={`${base}/new`} class="button-link">
          {t('glossary.admin.new')}
        </a>
      </p>
      <form method="get" action={base} role="search" class="search-box">
        <div class="field">
          <label for="admin-glossary-q">{t('glossary.admin.search.label')}</label>
          <input id="admin-glossary-q" name="q" type="search" value={q} maxLength={QUERY_MAX} />
        </div>
        <button type="submit">{t('glossary.admin.search.submit')}</button>
      </form>
      {concepts.length === 0 ? (
        <p>{q ? t('glossary.admin.noMatch', { q }) : t('glossary.admin.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="meta">{t('glossary.admin.caption', { count: concepts.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('glossary.admin.col.label')}</th>
                <th scope="col">{t('glossary.admin.col.slug')}</th>
                <th scope="col">{t('glossary.admin.col.languages')}</th>
                <th scope="col">{t('glossary.admin.col.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {concepts.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <a href={`${base}/${c.id}`} lang={c.lang}>
                      {c.label}
                    </a>
                  </th>
                  <td>
                    <code>{c.slug}</code>
                  </td>
                  <td>{c.locales.map((l) => languageName(l, locale)).join(', ')}</td>
                  <td>{formatDate(locale, c.updatedAt, 'medium')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
