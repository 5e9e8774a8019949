import { SaveToListLink } from '../../members/views/SaveToListLink.tsx';
import { formatDate, languageName } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { PageMetadata } from '../../../core/render/metadata.tsx';
import { countryName } from '../../taxonomy/countries.ts';
import { licenceLabel } from '../../content/licences.ts';
import type { ArticlePage } from '../get-article.ts';
import { articleJsonLd, shareImage } from '../metadata.ts';
import { ARTICLES } from '../types.ts';
import { ArticleImage } from './ArticleImage.tsx';

/** A published news item or blog post: its text (sanitised Markdown), image, people and classification. */
export function DetailPage({ page }: { page: ArticlePage }) {
  const { t, locale, config } = useCtx();
  const { type, item, locales, terms, countries, organisations, author, image, html } = page;
  const def = ARTICLES[type];
  const foreign = item.shownLocale !== locale;
  const lang = foreign ? item.shownLocale : undefined;
  const byVocabulary = new Map<string, string[]>();
  for (const term of terms) {
    if (term.vocabularyId === 'content-type') continue;
    byVocabulary.set(term.vocabularyLabel, [...(byVocabulary.get(term.vocabularyLabel) ?? []), term.label]);
  }
  const url = `${config.publicUrl}/${locale}/${def.path}/${item.slug}`;
  const site = { name: t('ui.site.name'), publicUrl: config.publicUrl };
  return (
    <Layout
      title={item.title}
      description={item.summary ?? undefined}
      section="news"
      head={
        <PageMetadata
          card={{
            url,
            type: 'article',
            title: item.title,
            description: item.summary,
            image: shareImage(page, config.publicUrl),
            languages: locales,
            published: item.publishedAt,
            modified: item.updatedAt,
            jsonLd: articleJsonLd(page, url, site),
          }}
        />
      }
    >
      <p class="meta">
        <a href={`/${locale}/${def.path}`}>{t(def.plural)}</a>
      </p>
      <article>
        <h1 lang={lang}>{item.title}</h1>
        <SaveToListLink itemId={item.id} />
        {foreign && (
          <p class="lang-note">
            {t('content.notInYourLanguage', { language: languageName(item.shownLocale, locale) })}
          </p>
        )}
        <p class="meta">
          {[
            item.publishedAt ? formatDate(locale, new Date(item.publishedAt)) : null,
            author ? t('articles.by', { name: author }) : null,
            organisations.map((o) => o.name).join(', ') || null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {image && <ArticleImage image={image} lang={page.originalLocale} />}
        {item.summary && (
          <p class="lead" lang={lang}>
            {item.summary}
          </p>
        )}
        {/* Markdown rendered by marked and cleaned by sanitize-html (core/render/markdown.ts). */}
        <div class="prose" lang={lang} dangerouslySetInnerHTML={{ __html: html }} />
        <h2>{t('content.details')}</h2>
        <dl>
          {countries.length > 0 && (
            <>
              <dt>{t('content.countries')}</dt>
              <dd>{countries.map((c) => countryName(c, locale)).join(', ')}</dd>
            </>
          )}
          {organisations.length > 0 && (
            <>
              <dt>{t('articles.field.organisations')}</dt>
              <dd>
                {organisations.map((o) => (o.acronym ? `${o.name} (${o.acronym})` : o.name)).join(', ')}
              </dd>
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
