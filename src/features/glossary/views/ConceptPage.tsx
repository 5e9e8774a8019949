import { Fragment } from 'preact';
import { LOCALES, languageName } from '../../../core/i18n/index.ts';
import { can } from '../../../core/policies/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { PageMetadata } from '../../../core/render/metadata.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { conceptJsonLd } from '../metadata.ts';
import type { ConceptDetail } from '../read-concept.ts';

const capitalise = (s: string, locale: string) => s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);

/** /{locale}/glossary/{slug}: the concept in the reader's language, and its names in the others. */
export function ConceptPage({ detail }: { detail: ConceptDetail }) {
  const { t, locale, user, config } = useCtx();
  const { concept, shown, others, missing } = detail;
  const glossaryUrl = `${config.publicUrl}/${locale}/glossary`;
  const url = `${glossaryUrl}/${concept.slug}`;
  const glossary = { url: glossaryUrl, name: t('glossary.title'), description: t('glossary.intro') };
  const lang = shown.locale === locale ? undefined : shown.locale;
  const search = `/${locale}/search?q=${encodeURIComponent(shown.label)}`;
  return (
    <Layout
      title={shown.label}
      description={shown.definition.slice(0, 300)}
      section="glossary"
      head={
        <PageMetadata
          card={{
            url,
            type: 'website',
            title: capitalise(shown.label, shown.locale),
            description: shown.definition,
            languages: [shown.locale, ...others.map((e) => e.locale)],
            jsonLd: conceptJsonLd(detail, url, glossary),
          }}
        />
      }
    >
      <p class="meta">
        <a href={`/${locale}/glossary`}>{t('glossary.concept.back')}</a>
      </p>
      <article>
        <h1 lang={lang}>{capitalise(shown.label, shown.locale)}</h1>
        {lang && (
          <p class="lang-note">{t('glossary.fallback', { language: languageName(shown.locale, locale) })}</p>
        )}
        <h2>{t('glossary.concept.definition')}</h2>
        <p lang={lang}>{shown.definition}</p>
        <dl>
          {shown.synonyms.length > 0 && (
            <>
              <dt>{t('glossary.concept.synonyms')}</dt>
              <dd lang={lang}>{shown.synonyms.join(', ')}</dd>
            </>
          )}
          {shown.source && (
            <>
              <dt>{t('glossary.concept.source')}</dt>
              <dd lang={lang}>{shown.source}</dd>
            </>
          )}
        </dl>
        <p>
          <a href={search}>{t('glossary.concept.findPublications')}</a>
        </p>
        {(others.length > 0 || missing.length > 0) && (
          <section aria-labelledby="equivalents-h">
            <h2 id="equivalents-h">{t('glossary.concept.equivalents')}</h2>
            <dl>
              {LOCALES.filter((l) => l !== shown.locale).map((l) => {
                const entry = others.find((e) => e.locale === l);
                const language = capitalise(languageName(l, locale), locale);
                return (
                  <Fragment key={l}>
                    <dt>{language}</dt>
                    {entry ? (
                      <dd lang={l === locale ? undefined : l}>
                        <strong>{entry.label}</strong>
                        {entry.synonyms.length > 0 && ` (${entry.synonyms.join(', ')})`}
                      </dd>
                    ) : (
                      <dd>{t('glossary.concept.noTranslation', { language: languageName(l, locale) })}</dd>
                    )}
                  </Fragment>
                );
              })}
            </dl>
          </section>
        )}
        {can(user, 'glossary.edit') && (
          <p class="meta">
            <a href={`/${locale}/admin/glossary/${concept.id}`}>{t('glossary.concept.edit')}</a>
          </p>
        )}
      </article>
    </Layout>
  );
}
