import { useCtx } from '../../core/render/context.ts';

export type FeedFormat = 'rss' | 'atom';

/** The address of a feed (without the site's origin): /feeds/{locale}/{name}.{format}{query}. */
export function feedPath(locale: string, name: string, format: FeedFormat, query = ''): string {
  return `/feeds/${locale}/${name}.${format}${query}`;
}

export interface FeedLinks {
  rss: string;
  atom: string;
  /** The feed follows a search or filters, not the whole list. */
  narrowed: boolean;
}

/** The feeds of a list page (`name`: its path), in both formats; `query` narrows them. */
export function feedLinks(locale: string, name: string, query = ''): FeedLinks {
  return {
    rss: feedPath(locale, name, 'rss', query),
    atom: feedPath(locale, name, 'atom', query),
    narrowed: query !== '',
  };
}

/** The page's feeds as <link rel="alternate">, so readers and browsers find them. */
export function FeedHead({ feeds, title }: { feeds: FeedLinks; title: string }) {
  const { t } = useCtx();
  return (
    <>
      <link
        rel="alternate"
        type="application/atom+xml"
        title={t('syndication.feedTitle', { title, format: t('syndication.subscribeAtom') })}
        href={feeds.atom}
      />
      <link
        rel="alternate"
        type="application/rss+xml"
        title={t('syndication.feedTitle', { title, format: t('syndication.subscribeRss') })}
        href={feeds.rss}
      />
    </>
  );
}

/** The visible offer to subscribe, in both formats. */
export function Subscribe({ feeds }: { feeds: FeedLinks }) {
  const { t } = useCtx();
  return (
    <p class="subscribe">
      {t(feeds.narrowed ? 'syndication.subscribeSearch' : 'syndication.subscribe')}{' '}
      <a href={feeds.rss} type="application/rss+xml">
        {t('syndication.subscribeRss')}
      </a>
      {' · '}
      <a href={feeds.atom} type="application/atom+xml">
        {t('syndication.subscribeAtom')}
      </a>
    </p>
  );
}
