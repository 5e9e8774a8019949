import { languageName } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import type { GlossaryListing } from '../browse-glossary.ts';
import type { ConceptCard } from '../presenter.ts';
import { QUERY_MAX } from '../schemas.ts';

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'];

/** /{locale}/glossary: search, A–Z letters, and the concepts grouped by first letter. */
export function GlossaryPage({ listing }: { listing: GlossaryListing }) {
  const { t, locale } = useCtx();
  const base = `/${locale}/glossary`;
  const link = (params: Record<string, string | undefined>) => {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
    const s = query.toString();
    return s ? `${base}?${s}` : base;
  };
  const groups = new Map<string, ConceptCard[]>();
  for (const c of listing.concepts) groups.set(c.letter, [...(groups.get(c.letter) ?? []), c]);
  const letterName = (l: string) => (l === '#' ? t('glossary.letters.other') : l);
  return (
    <Layout title={t('glossary.title')} description={t('glossary.intro')} section="glossary">
      <h1>{t('glossary.title')}</h1>
      <p>{t('glossary.intro')}</p>
      <form method="get" action={base} role="search" class="search-box">
        <div class="field">
          <label for="glossary-q">{t('glossary.search.label')}</label>
          <p class="hint" id="glossary-q-hint">
            {t('glossary.search.hint')}
          </p>
          <input
            id="glossary-q"
            name="q"
            type="search"
            value={listing.q}
            maxLength={QUERY_MAX}
            aria-describedby="glossary-q-hint"
          />
        </div>
        <button type="submit">{t('glossary.search.submit')}</button>
      </form>
      <nav aria-label={t('glossary.letters.label')}>
        <ul class="nav">
          <li>
            <a href={link({ q: listing.q })} aria-current={listing.letter ? undefined : 'true'}>
              {t('glossary.letters.all')}
            </a>
          </li>
          {LETTERS.filter((l) => l !== '#' || listing.letters.has('#')).map((l) => (
            <li key={l}>
              {listing.letters.has(l) ? (
                <a
                  href={link({ q: listing.q, letter: l })}
                  aria-current={listing.letter === l ? 'true' : undefined}
                >
                  {letterName(l)}
                </a>
              ) : (
                <span class="meta">{letterName(l)}</span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <Summary listing={listing} />
      {listing.concepts.length === 0 ? (
        <Empty listing={listing} clear={base} />
      ) : (
        [...groups].map(([letter, concepts]) => (
          <section key={letter} aria-labelledby={`letter-${letter === '#' ? 'other' : letter}`}>
            <h2 id={`letter-${letter === '#' ? 'other' : letter}`}>{letterName(letter)}</h2>
            <dl>
              {concepts.map((c) => (
                <ConceptItem key={c.id} concept={c} />
              ))}
            </dl>
          </section>
        ))
      )}
      <Pagination
        page={listing.page}
        pages={listing.pages}
        baseUrl={link({ q: listing.q, letter: listing.letter })}
      />
    </Layout>
  );
}

function Summary({ listing }: { listing: GlossaryListing }) {
  const { t } = useCtx();
  const count = listing.matching;
  if (listing.q)
    return <p role="status">{t('glossary.results.search', { count: listing.total, q: listing.q })}</p>;
  if (listing.letter && count > 0)
    return <p class="meta">{t('glossary.results.letter', { count, letter: listing.letter })}</p>;
  if (!listing.letter && count > 0) return <p class="meta">{t('glossary.count', { count })}</p>;
  return null;
}

function Empty({ listing, clear }: { listing: GlossaryListing; clear: string }) {
  const { t } = useCtx();
  if (listing.q)
    return (
      <>
        <p>{t('glossary.empty.search')}</p>
        <p>
          <a href={clear}>{t('glossary.empty.clear')}</a>
        </p>
      </>
    );
  if (listing.letter)
    return (
      <p>
        {t('glossary.empty.letter', { letter: listing.letter })}{' '}
        <a href={clear}>{t('glossary.empty.clear')}</a>
      </p>
    );
  return <p>{t('glossary.empty.all')}</p>;
}

function ConceptItem({ concept: c }: { concept: ConceptCard }) {
  const { t, locale } = useCtx();
  return (
    <>
      <dt lang={c.lang}>
        <a href={`/${locale}/glossary/${c.slug}`}>{c.label}</a>
      </dt>
      <dd>
        {c.lang && <p class="meta">{t('glossary.fallback', { language: languageName(c.locale, locale) })}</p>}
        <p>
          {c.synonyms.length > 0 && (
            <span class="meta">
              {t('glossary.list.synonyms')} <Lang lang={c.lang}>{c.synonyms.join(', ')}</Lang>.{' '}
            </span>
          )}
          <Lang lang={c.lang}>{c.definition}</Lang>
        </p>
      </dd>
    </>
  );
}

/** Text in another language than the page, marked; plain text otherwise (fewer bytes). */
function Lang({ lang, children }: { lang?: string; children: string }) {
  return lang ? <span lang={lang}>{children}</span> : children;
}
