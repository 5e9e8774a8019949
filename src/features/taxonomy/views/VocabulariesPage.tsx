import { formatNumber } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import type { VocabularySummary } from '../screens.ts';

export function VocabulariesPage({ vocabularies }: { vocabularies: VocabularySummary[] }) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('taxonomy.title')} section="admin" indexable={false}>
      <h1>{t('taxonomy.title')}</h1>
      <AdminNav current="taxonomy" />
      <p>{t('taxonomy.intro')}</p>
      <div class="table-wrap">
        <table>
          <caption class="meta">{t('taxonomy.vocabularies.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('taxonomy.col.vocabulary')}</th>
              <th scope="col">{t('taxonomy.col.structure')}</th>
              <th scope="col">{t('taxonomy.col.active')}</th>
              <th scope="col">{t('taxonomy.col.retired')}</th>
            </tr>
          </thead>
          <tbody>
            {vocabularies.map((v) => (
              <tr key={v.id}>
                <th scope="row">
                  <a href={`/${locale}/admin/taxonomy/${v.id}`}>{v.label}</a>
                </th>
                <td>{v.isTree ? t('taxonomy.structure.tree') : t('taxonomy.structure.list')}</td>
                <td>{formatNumber(locale, Number(v.active))}</td>
                <td>{formatNumber(locale, Number(v.retired))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
