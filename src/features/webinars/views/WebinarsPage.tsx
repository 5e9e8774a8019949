import { formatNumber, languageName } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import { CONTENT_TYPES } from '../../content/types.ts';
import { FeedHead, feedLinks, Subscribe } from '../../syndication/links.tsx';
import type { WebinarListRow } from '../repository.ts';
import { WhenBlock } from './WhenBlock.tsx';

interface Props {
  when: 'upcoming' | 'past';
  rows: WebinarListRow[];
  total: number;
  page: number;
  pages: number;
}

/** Upcoming webinars (soonest first) or the archive of past ones with their recordings. */
export function WebinarsPage({ when, rows, total, page, pages }: Props) {
  const { t, locale } = useCtx();
  const title = t(when === 'upcoming' ? 'webinars.list.title' : 'webinars.past.title');
  const feeds = feedLinks(locale, CONTENT_TYPES.webinar.path);
  return (
    <Layout
      title={title}
      section="webinars"
      description={t('webinars.list.intro')}
      head={<FeedHead feeds={feeds} title={t('webinars.list.title')} />}
    >
      <h1>{title}</h1>
      <p>{t('webinars.list.intro')}</p>
      <p>
        {when === 'upcoming' ? (
          <a href={`/${locale}/webinars/past`}>{t('webinars.past.link')}</a>
        ) : (
          <a href={`/${locale}/webinars`}>{t('webinars.list.link')}</a>
        )}
      </p>
      <Subscribe feeds={feeds} />
      <p class="meta">{t('webinars.count', { count: total, formatted: formatNumber(locale, total) })}</p>
      {rows.length === 0 ? (
        <p>{t(when === 'upcoming' ? 'webinars.list.empty' : 'webinars.past.empty')}</p>
      ) : (
        <ul class="cards">
          {rows.map((w) => (
            <li key={w.id} class="card">
              <h2>
                <a href={`/${locale}/webinars/${w.slug}`}>{w.title}</a>
              </h2>
              {w.cancelledAt && <p class="badge">{t('webinars.cancelled')}</p>}
              <WhenBlock start={w.startsAt} minutes={w.durationMinutes} zone={w.timeZone} />
              {w.spokenLanguages.length > 0 && (
                <p class="meta">
                  {t('webinars.languages')}:{' '}
                  {w.spokenLanguages.map((l) => languageName(l, locale)).join(', ')}
                </p>
              )}
              {when === 'past' && w.recordingUrl && <p class="meta">{t('webinars.past.hasRecording')}</p>}
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        pages={pages}
        baseUrl={`/${locale}/webinars${when === 'past' ? '/past' : ''}?page=${page}`}
      />
    </Layout>
  );
}
