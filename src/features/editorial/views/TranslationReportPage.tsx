import { formatNumber, LOCALES, languageName, type MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import type { MissingRow } from '../translations/repository.ts';

interface Props {
  locale: string;
  counts: Record<string, number>;
  rows: MissingRow[];
  total: number;
  page: number;
  pages: number;
  types: { type: string; label: MessageKey }[];
}

/** Published items missing a language, most read first: where a translation helps most. */
export function TranslationReportPage({ locale: missing, counts, rows, total, page, pages, types }: Props) {
  const { t, locale } = useCtx();
  const base = `/${locale}/admin/translations`;
  const label = (type: string) => {
    const def = types.find((x) => x.type === type);
    return def ? t(def.label) : type;
  };
  return (
    <Layout title={t('editorial.translations.title')} section="admin" indexable={false}>
      <h1>{t('editorial.translations.title')}</h1>
      <AdminNav current="translations" />
      <p>{t('editorial.translations.intro')}</p>
      <nav aria-label={t('editorial.translations.byLanguage')}>
        <ul class="nav">
          {LOCALES.map((l) => (
            <li key={l}>
              <a href={`${base}?locale=${l}`} aria-current={l === missing ? 'page' : undefined}>
                {t('editorial.translations.missingIn', {
                  language: languageName(l, locale),
                  count: counts[l] ?? 0,
                })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {total === 0 ? (
        <p>{t('editorial.translations.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>
              {t('editorial.translations.caption', { count: total, language: languageName(missing, locale) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('editorial.queue.column.title')}</th>
                <th scope="col">{t('editorial.queue.type')}</th>
                <th scope="col">{t('editorial.translations.has')}</th>
                <th scope="col">{t('editorial.translations.views')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <a href={`${base}/${r.id}`}>{r.title}</a>
                  </td>
                  <td>{label(r.type)}</td>
                  <td>{r.locales.map((l) => languageName(l, locale)).join(', ')}</td>
                  <td>{formatNumber(locale, r.views)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pages={pages} baseUrl={`${base}?locale=${missing}`} />
    </Layout>
  );
}
