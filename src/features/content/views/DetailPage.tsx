import { licenceLabel } from '../licences.ts';
import { formatDate, languageName } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { countryName } from '../../taxonomy/countries.ts';
import type { getItem } from '../browse.ts';
import { CONTENT_TYPES, type ContentType } from '../types.ts';

type Detail = Awaited<ReturnType<typeof getItem>>;

export function DetailPage({ type, detail }: { type: ContentType; detail: Detail }) {
  const { t, locale } = useCtx();
  const { item, locales, terms, countries, organisations, publication } = detail;
  const def = CONTENT_TYPES[type];
  const foreign = item.shownLocale !== locale;
  const lang = foreign ? item.shownLocale : undefined;
  const byVocabulary = new Map<string, string[]>();
  for (const term of terms) {
    byVocabulary.set(term.vocabularyLabel, [...(byVocabulary.get(term.vocabularyLabel) ?? []), term.label]);
  }
  return (
    <Layout
      title={item.title}
      description={item.summary ?? undefined}
      section={def.path === 'library' ? 'library' : 'news'}
    >
      <p class="meta">
        <a href={`/${locale}/${def.path}`}>{t(def.listTitle)}</a>
      </p>
      <article>
        <h1 lang={lang}>{item.title}</h1>
        {foreign && (
          <p class="lang-note">
            {t('content.notInYourLanguage', { language: languageName(item.shownLocale, locale) })}
          </p>
        )}
        <p class="meta">
          {publication?.authors.length ? `${publication.authors.join('; ')} · ` : ''}
          {organisations.map((o) => o.name).join(', ')}
          {publication?.year
            ? ` · ${publication.year}`
            : item.publishedAt
              ? ` · ${formatDate(locale, item.publishedAt)}`
              : ''}
        </p>
        {item.summary && (
          <section aria-labelledby="summary-h" lang={lang}>
            <h2 id="summary-h">{t('content.summary')}</h2>
            {item.summary.split(/\n{2,}/).map((p) => (
              <p key={p.slice(0, 20)}>{p}</p>
            ))}
          </section>
        )}
        {item.body && (
          <div lang={lang}>
            {item.body.split(/\n{2,}/).map((p) => (
              <p key={p.slice(0, 20)}>{p}</p>
            ))}
          </div>
        )}
        <h2>{t('content.details')}</h2>
        <dl>
          {publication?.url && /^https?:\/\//i.test(publication.url) && (
            <>
              <dt>{t('content.link')}</dt>
              <dd>
                <a href={publication.url} rel="noopener">
                  {publication.url}
                </a>
              </dd>
            </>
          )}
          {publication?.doi && (
            <>
              <dt>DOI</dt>
              <dd>
                <a href={`https://doi.org/${publication.doi}`}>{publication.doi}</a>
              </dd>
            </>
          )}
          {countries.length > 0 && (
            <>
              <dt>{t('content.countries')}</dt>
              <dd>{countries.map((c) => countryName(c, locale)).join(', ')}</dd>
            </>
          )}
          {[...byVocabulary].map(([vocab, labels]) => (
            <>
              <dt key={`dt-${vocab}`}>{vocab}</dt>
              <dd key={`dd-${vocab}`}>{labels.join(', ')}</dd>
            </>
          ))}
          <dt>{t('content.languages')}</dt>
          <dd>
            {locales.map((l, i) => (
              <>
                {i > 0 && ', '}
                {l === item.shownLocale ? (
                  languageName(l, locale)
                ) : (
                  <a href={`/${l}/${def.path}/${item.slug}`} hreflang={l} lang={l}>
                    {languageName(l, l)}
                  </a>
                )}
              </>
            ))}
          </dd>
          {item.licence && (
            <>
              <dt>{t('content.licence')}</dt>
              <dd>{licenceLabel(t, item.licence)}</dd>
            </>
          )}
        </dl>
      </article>
    </Layout>
  );
}
