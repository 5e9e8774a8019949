import { formatNumber, languageName, type MessageKey } from '../../../core/i18n/index.ts';
import { MARK_END, MARK_START } from '../../../core/search/engine.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import type { FacetValueView, FacetView } from '../facets.ts';
import { type FacetId, type SearchParams, searchUrl } from '../params.ts';
import { PAGE_SIZE, type SearchView } from '../search-content.ts';
import { MAX_QUERY_CHARS } from '../../../core/search/query.ts';
import { FeedHead, feedLinks, Subscribe } from '../../syndication/links.tsx';

interface Props {
  view: SearchView;
  title: string;
  intro: string;
  /** /{locale}/search or /{locale}/library */
  base: string;
  section?: 'library' | 'search' | 'news';
  /** Path of a kind's pages, for result links. */
  pathOf: (kind: string) => string;
  kindLabel: (kind: string) => string;
  /** Global search shows each result's kind. */
  showKind: boolean;
  /** A call to action under the introduction (the library's "submit a publication"). */
  action?: { href: string; label: string };
  /** A sibling list (news ↔ blog). */
  related?: { href: string; label: string };
  /** The feed of this list or search (/feeds/{locale}/{name}.rss|atom); `withType` keeps the type filter. */
  feed?: { name: string; withType: boolean };
}

/** The heading of each facet, for the page and for the titles of search feeds. */
export const FACET_TITLES: Record<FacetId, MessageKey> = {
  type: 'search.facet.type',
  'document-type': 'search.facet.documentType',
  'programme-area': 'search.facet.programmeArea',
  topic: 'search.facet.topic',
  'population-group': 'search.facet.populationGroup',
  region: 'search.facet.region',
  'income-group': 'search.facet.incomeGroup',
  country: 'search.facet.country',
  language: 'search.facet.language',
  organisation: 'search.facet.organisation',
};

/** Shown before "more"; the rest stays one click away in a <details>, without JavaScript. */
const VISIBLE_VALUES = 8;
const MAX_VALUES = 250;

/** Text with the engine's match markers as <mark> elements; everything else is escaped by JSX. */
export function Highlighted({ text }: { text: string }) {
  const parts = text.split(MARK_START);
  return (
    <>
      {parts.map((part, i) => {
        if (i === 0) return part.replaceAll(MARK_END, '');
        const end = part.indexOf(MARK_END);
        if (end === -1) return part;
        return (
          <>
            <mark>{part.slice(0, end)}</mark>
            {part.slice(end + 1).replaceAll(MARK_END, '')}
          </>
        );
      })}
    </>
  );
}

export function SearchPage({
  view,
  title,
  intro,
  related,
  base,
  section,
  pathOf,
  kindLabel,
  showKind,
  action,
  feed,
}: Props) {
  const { t, locale } = useCtx();
  const { params, result } = view;
  const hasQuery = view.query.length > 0;
  const selected = view.facets.flatMap((f) =>
    f.values.filter((v) => v.selected).map((v) => ({ facet: f.id, v })),
  );
  const filtered = selected.length > 0 || params.from !== undefined || params.to !== undefined;
  const without = (facet: FacetId, param: string) =>
    searchUrl(base, { ...params, [facet]: params[facet].filter((x) => x !== param), page: 1 });
  const pageTitle = hasQuery ? t('search.titleWithQuery', { title, query: view.query }) : title;
  // Subscribing follows what the page shows now: the same words and filters, newest first.
  const feedQuery = feed
    ? searchUrl('', { ...params, type: feed.withType ? params.type : [], page: 1, sort: undefined })
    : '';
  const feeds = feed && feedLinks(locale, feed.name, feedQuery);
  return (
    <Layout
      title={pageTitle}
      description={intro}
      section={section}
      indexable={!hasQuery && !filtered}
      head={feeds && <FeedHead feeds={feeds} title={pageTitle} />}
    >
      <h1>{title}</h1>
      <p>{intro}</p>
      {(action || related) && (
        <p>
          {action && <a href={action.href}>{action.label}</a>}
          {action && related && ' · '}
          {related && <a href={related.href}>{related.label}</a>}
        </p>
      )}
      {feeds && <Subscribe feeds={feeds} />}
      <form method="get" action={base} class="search">
        <div class="search-box" role="search">
          <label for="q">{t('search.label')}</label>
          <input
            type="search"
            id="q"
            name="q"
            value={view.query}
            maxlength={MAX_QUERY_CHARS}
            aria-describedby="q-hint"
          />
          <button type="submit">{t('search.submit')}</button>
          <p id="q-hint" class="hint">
            {t('search.hint')}
          </p>
        </div>
        {!params.expand && <input type="hidden" name="expand" value="0" />}
        <Notices view={view} base={base} />
        <div class="search-layout">
          <aside aria-labelledby="refine-h" class="facets">
            <h2 id="refine-h">{t('search.refine')}</h2>
            <p class="skip-results">
              <a href="#results-h">{t('search.skipToResults')}</a>
            </p>
            {view.facets.map((f) => (
              <Facet key={f.id} facet={f} />
            ))}
            <fieldset>
              <legend>{t('search.facet.year')}</legend>
              <div class="year-range">
                <label for="from">{t('search.yearFrom')}</label>
                <input
                  id="from"
                  name="from"
                  inputmode="numeric"
                  pattern="[0-9]{4}"
                  size={4}
                  value={params.from ?? ''}
                />
                <label for="to">{t('search.yearTo')}</label>
                <input
                  id="to"
                  name="to"
                  inputmode="numeric"
                  pattern="[0-9]{4}"
                  size={4}
                  value={params.to ?? ''}
                />
              </div>
            </fieldset>
            {hasQuery && (
              <p class="field">
                <label for="sort">{t('search.sort')}</label>
                <select id="sort" name="sort">
                  <option value="relevance" selected={view.sort === 'relevance'}>
                    {t('search.sort.relevance')}
                  </option>
                  <option value="date" selected={view.sort === 'date'}>
                    {t('search.sort.date')}
                  </option>
                </select>
              </p>
            )}
            <button type="submit">{t('search.apply')}</button>
          </aside>
          <section aria-labelledby="results-h" class="results">
            <h2 id="results-h" tabindex={-1}>
              {t('search.count', { count: result.total, formatted: formatNumber(locale, result.total) })}
            </h2>
            {(selected.length > 0 || params.from || params.to) && (
              <ul class="active-filters" aria-label={t('search.activeFilters')}>
                {selected.map(({ facet, v }) => (
                  <li key={`${facet}:${v.param}`}>
                    <a href={without(facet, v.param)}>
                      {t('search.removeFilter', {
                        filter: t('search.filterLabel', { facet: t(FACET_TITLES[facet]), value: v.label }),
                      })}
                    </a>
                  </li>
                ))}
                {(params.from || params.to) && (
                  <li>
                    <a href={searchUrl(base, { ...params, from: undefined, to: undefined, page: 1 })}>
                      {t('search.removeFilter', {
                        filter: t('search.filterLabel', {
                          facet: t('search.facet.year'),
                          value: `${params.from ?? '…'}–${params.to ?? '…'}`,
                        }),
                      })}
                    </a>
                  </li>
                )}
              </ul>
            )}
            {result.hits.length === 0 ? (
              <NoResults view={view} base={base} without={without} />
            ) : (
              <ol class="results-list" start={(params.page - 1) * PAGE_SIZE + 1}>
                {result.hits.map((hit) => {
                  const lang = hit.shownLocale !== locale ? hit.shownLocale : undefined;
                  return (
                    <li key={`${hit.kind}:${hit.refId}`} class="card">
                      <h3 lang={lang} dir={lang ? 'auto' : undefined}>
                        <a href={`/${locale}/${pathOf(hit.kind)}/${hit.slug}`}>
                          <Highlighted text={hit.titleMarked} />
                        </a>
                      </h3>
                      <p class="meta">
                        {[
                          showKind ? kindLabel(hit.kind) : null,
                          hit.year ? String(hit.year) : null,
                          lang
                            ? t('search.inLanguage', { language: languageName(hit.shownLocale, locale) })
                            : null,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </p>
                      {hit.snippet && (
                        <p lang={lang} dir={lang ? 'auto' : undefined}>
                          <Highlighted text={hit.snippet} />
                        </p>
                      )}
                    </li>
                  );
                })}
              </ol>
            )}
            <Pagination page={params.page} pages={view.pages} baseUrl={searchUrl(base, params)} />
          </section>
        </div>
      </form>
    </Layout>
  );
}

function Facet({ facet }: { facet: FacetView }) {
  const { t, locale } = useCtx();
  if (facet.values.length === 0) return null;
  const values = facet.values.slice(0, MAX_VALUES);
  const first = values.slice(0, VISIBLE_VALUES);
  const rest = values.slice(VISIBLE_VALUES);
  const item = (v: FacetValueView) => {
    const id = `f-${facet.id}-${v.param}`.replace(/[^\w-]/g, '_');
    return (
      <li key={v.param}>
        <input type="checkbox" id={id} name={facet.id} value={v.param} checked={v.selected} />
        <label for={id} lang={v.lang}>
          {v.label} <span class="count">({formatNumber(locale, v.count)})</span>
        </label>
      </li>
    );
  };
  return (
    <fieldset>
      <legend>{t(FACET_TITLES[facet.id])}</legend>
      <ul class="facet-values">{first.map(item)}</ul>
      {rest.length > 0 && (
        <details open={rest.some((v) => v.selected)}>
          <summary>{t('search.more', { count: rest.length })}</summary>
          <ul class="facet-values">{rest.map(item)}</ul>
        </details>
      )}
    </fieldset>
  );
}

function Notices({ view, base }: { view: SearchView; base: string }) {
  const { t, locale } = useCtx();
  const { params, result } = view;
  const notes = [];
  if (view.truncated)
    notes.push(<p key="truncated">{t('search.notice.truncated', { max: MAX_QUERY_CHARS })}</p>);
  if (view.ignoredOperators) notes.push(<p key="operators">{t('search.notice.operators')}</p>);
  if (view.ignored.length > 0) {
    notes.push(
      <p key="ignored">
        {t('search.notice.ignoredFilters', {
          filters: view.ignored
            .map((i) =>
              t('search.filterLabel', {
                facet: t(FACET_TITLES[i.facet as FacetId]),
                value: i.value.slice(0, 60),
              }),
            )
            .join(', '),
        })}
      </p>,
    );
  }
  if (result.didYouMean) {
    notes.push(
      <p key="dym">
        {t('search.didYouMean')}{' '}
        <a href={searchUrl(base, { ...params, q: result.didYouMean, page: 1 })}>{result.didYouMean}</a>
      </p>,
    );
  }
  if (result.expansions.length > 0) {
    notes.push(
      <p key="expanded">
        {result.expansions.map((e) => (
          <span key={e.matched}>
            {t('search.notice.expanded', { words: e.matched })}{' '}
            {e.equivalents.slice(0, 8).map((q, i) => (
              <>
                {i > 0 && ', '}
                <span lang={q.locale}>{q.text}</span> ({languageName(q.locale, locale)})
              </>
            ))}
            {'. '}
          </span>
        ))}
        <a href={searchUrl(base, { ...params, expand: false, page: 1 })}>{t('search.notice.onlyMyWords')}</a>
      </p>,
    );
  } else if (!params.expand && view.query) {
    notes.push(
      <p key="not-expanded">
        {t('search.notice.notExpanded')}{' '}
        <a href={searchUrl(base, { ...params, expand: true, page: 1 })}>{t('search.notice.expand')}</a>
      </p>,
    );
  }
  if (notes.length === 0) return null;
  return (
    <div class="notice" role="status">
      {notes}
    </div>
  );
}

function NoResults({
  view,
  base,
  without,
}: {
  view: SearchView;
  base: string;
  without: (facet: FacetId, param: string) => string;
}) {
  const { t, locale } = useCtx();
  const { params } = view;
  const selected = view.facets.flatMap((f) =>
    f.values.filter((v) => v.selected).map((v) => ({ facet: f.id, v })),
  );
  return (
    <div class="no-results">
      <p>{view.query ? t('search.none', { query: view.query }) : t('search.noneFiltered')}</p>
      <ul>
        {view.query && <li>{t('search.tip.spelling')}</li>}
        {view.query && <li>{t('search.tip.fewerWords')}</li>}
        {selected.map(({ facet, v }) => (
          <li key={`${facet}:${v.param}`}>
            <a href={without(facet, v.param)}>
              {t('search.tip.dropFilter', {
                filter: t('search.filterLabel', { facet: t(FACET_TITLES[facet]), value: v.label }),
              })}
            </a>
          </li>
        ))}
        {(params.from || params.to) && (
          <li>
            <a href={searchUrl(base, { ...params, from: undefined, to: undefined, page: 1 })}>
              {t('search.tip.dropYears')}
            </a>
          </li>
        )}
        <li>
          <a href={`/${locale}/glossary`}>{t('search.tip.glossary')}</a>
        </li>
        <li>
          <a href={base}>{t('search.tip.browseAll')}</a>
        </li>
      </ul>
    </div>
  );
}

export type { SearchParams };
