import { SaveToListLink } from '../../../members/views/SaveToListLink.tsx';
import { licenceLabel } from '../../../content/licences.ts';
import { formatDate, formatNumber, LOCALES, languageName } from '../../../../core/i18n/index.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { Layout } from '../../../../ui/Layout.tsx';
import { countryName } from '../../../taxonomy/countries.ts';
import { apa, normaliseDoi } from '../citation.ts';
import { fileTypeLabel } from '../../files/formats.ts';
import { fileUrl } from '../../files/presenter.ts';
import { formatFileSize } from '../files.ts';
import type { PublicationPage as Page } from '../get-publication.ts';
import { shorten } from '../../../../core/render/metadata.tsx';
import { MetadataHead } from './MetadataHead.tsx';
import { ShareLinks } from './ShareLinks.tsx';

const paragraphs = (text: string) => text.split(/\n{2,}/).filter((p) => p.trim());

/** A publication: metadata, summary, downloads, citation, related publications and share links. */
export function PublicationPage({ page }: { page: Page }) {
  const { t, locale } = useCtx();
  const { item, texts } = page;
  // Each block carries its own language when it is not the page's.
  const langOf = (l: string) => (l === locale ? undefined : l);
  const foreign =
    texts.title.locale !== locale || (texts.summary !== null && texts.summary.locale !== locale);
  const shownIn = texts.title.locale !== locale ? texts.title.locale : (texts.summary?.locale ?? locale);
  const citation = apa(page.citation, t('libraryDetail.noDate'));
  const doi = normaliseDoi(page.doi);
  const date = page.issuedOn
    ? formatDate(locale, new Date(`${page.issuedOn}T00:00:00Z`))
    : page.year
      ? String(page.year)
      : null;
  const cite = (ext: string) => `/${locale}/library/${item.slug}/cite.${ext}`;

  return (
    <Layout
      title={texts.title.text}
      description={texts.summary ? shorten(texts.summary.text, 300) : undefined}
      section="library"
      head={<MetadataHead page={page} />}
    >
      <p class="meta">
        <a href={`/${locale}/library`}>{t('libraryDetail.library')}</a>
      </p>
      <article>
        <h1 lang={langOf(texts.title.locale)}>{texts.title.text}</h1>
        {foreign && (
          <p class="lang-note">
            {t('libraryDetail.notInYourLanguage', { language: languageName(shownIn, locale) })}
          </p>
        )}
        {texts.machine && (
          <p class="lang-note">
            {t('libraryDetail.machineTranslated', { language: languageName(item.originalLocale, locale) })}
          </p>
        )}
        {(page.authors.length > 0 || date) && (
          <p class="meta">
            {page.authors.join('; ')}
            {page.authors.length > 0 && date ? ' · ' : ''}
            {date}
          </p>
        )}

        {texts.summary && (
          <section aria-labelledby="summary-h">
            <h2 id="summary-h">{t('libraryDetail.summary')}</h2>
            <div lang={langOf(texts.summary.locale)}>
              {paragraphs(texts.summary.text).map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </div>
          </section>
        )}
        {texts.body && (
          <div lang={langOf(texts.body.locale)}>
            {paragraphs(texts.body.text).map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
        )}

        {(page.files.length > 0 || page.cover) && (
          <section aria-labelledby="download-h">
            <h2 id="download-h">{t('libraryDetail.download')}</h2>
            {page.cover && (
              <img
                src={fileUrl(page.cover)}
                alt={t('libraryDetail.coverAlt', { title: texts.title.text })}
                width={160}
                height={226}
                loading="lazy"
                decoding="async"
              />
            )}
            {page.files.length > 0 && (
              <ul>
                {page.files.map((f) => (
                  <li key={f.id}>
                    <a href={fileUrl(f)} type={f.mediaType}>
                      {f.filename}{' '}
                      <span class="meta">
                        (
                        {f.pageCount
                          ? t('libraryDetail.fileInfoPages', {
                              type: fileTypeLabel(f.mediaType),
                              size: formatFileSize(locale, f.size),
                              pages: f.pageCount,
                            })
                          : t('libraryDetail.fileInfo', {
                              type: fileTypeLabel(f.mediaType),
                              size: formatFileSize(locale, f.size),
                            })}
                        )
                      </span>
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}

        <h2>{t('libraryDetail.details')}</h2>
        <dl>
          {page.authors.length > 0 && (
            <>
              <dt>{t('libraryDetail.authors', { count: page.authors.length })}</dt>
              <dd>{page.authors.join('; ')}</dd>
            </>
          )}
          {page.organisations.length > 0 && (
            <>
              <dt>{t('libraryDetail.organisations', { count: page.organisations.length })}</dt>
              <dd>
                {page.organisations.map((o) => (o.acronym ? `${o.name} (${o.acronym})` : o.name)).join('; ')}
              </dd>
            </>
          )}
          {date && (
            <>
              <dt>{t('libraryDetail.date')}</dt>
              <dd>{date}</dd>
            </>
          )}
          {page.documentType && (
            <>
              <dt>{page.documentType.vocabularyLabel}</dt>
              <dd>{page.documentType.label}</dd>
            </>
          )}
          {page.axes.map((axis) => (
            <>
              <dt key={`dt-${axis.vocabularyId}`}>{axis.label}</dt>
              <dd key={`dd-${axis.vocabularyId}`}>{axis.terms.join(', ')}</dd>
            </>
          ))}
          {page.countries.length > 0 && (
            <>
              <dt>{t('libraryDetail.countries', { count: page.countries.length })}</dt>
              <dd>{page.countries.map((c) => countryName(c, locale)).join(', ')}</dd>
            </>
          )}
          <dt>{t('libraryDetail.documentLanguages', { count: page.languages.length })}</dt>
          <dd>{page.languages.map((l) => languageName(l, locale)).join(', ')}</dd>
          {page.pageCount ? (
            <>
              <dt>{t('libraryDetail.pages')}</dt>
              <dd>{formatNumber(locale, page.pageCount)}</dd>
            </>
          ) : null}
          {doi && (
            <>
              <dt>{t('libraryDetail.doi')}</dt>
              <dd>
                <a href={`https://doi.org/${doi}`}>{doi}</a>
              </dd>
            </>
          )}
          {page.isbn && (
            <>
              <dt>{t('libraryDetail.isbn')}</dt>
              <dd>{page.isbn}</dd>
            </>
          )}
          {page.url && (
            <>
              <dt>{t('libraryDetail.link')}</dt>
              <dd>
                <a href={page.url} rel="noopener">
                  {page.url}
                </a>
              </dd>
            </>
          )}
          {item.licence && (
            <>
              <dt>{t('libraryDetail.licence')}</dt>
              <dd>{licenceLabel(t, item.licence)}</dd>
            </>
          )}
          <dt>{t('libraryDetail.availableIn')}</dt>
          <dd>
            {page.translations.map(({ locale: l }, i) => (
              <>
                {i > 0 && ', '}
                {l === locale || !(LOCALES as readonly string[]).includes(l) ? (
                  <span lang={l === locale ? undefined : l}>{languageName(l, l)}</span>
                ) : (
                  <a href={`/${l}/library/${item.slug}`} hreflang={l} lang={l}>
                    {languageName(l, l)}
                  </a>
                )}
              </>
            ))}
          </dd>
        </dl>

        <section aria-labelledby="cite-h">
          <h2 id="cite-h">{t('libraryDetail.cite')}</h2>
          <p class="meta">{t('libraryDetail.apa')}</p>
          <p class="citation">
            {citation.before}
            <i lang={langOf(item.originalLocale)}>{citation.title}</i>
            {citation.after}
          </p>
          <p>
            {t('libraryDetail.export')}{' '}
            <a href={cite('bib')} type="application/x-bibtex">
              {t('libraryDetail.exportFile', { format: 'BibTeX' })}
            </a>
            {' · '}
            <a href={cite('ris')} type="application/x-research-info-systems">
              {t('libraryDetail.exportFile', { format: 'RIS' })}
            </a>
          </p>
        </section>

        {page.related.length > 0 && (
          <section aria-labelledby="related-h">
            <h2 id="related-h">{t('libraryDetail.related')}</h2>
            <ul>
              {page.related.map((r) => (
                <li key={r.slug}>
                  <a href={`/${locale}/library/${r.slug}`} lang={r.locale === locale ? undefined : r.locale}>
                    {r.title}
                  </a>
                  {r.year ? <span class="meta"> · {r.year}</span> : null}
                </li>
              ))}
            </ul>
          </section>
        )}

        <SaveToListLink itemId={item.id} />
        <ShareLinks title={texts.title.text} url={page.pageUrl} />
      </article>
    </Layout>
  );
}
