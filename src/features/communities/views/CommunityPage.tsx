import { formatDate, formatDateTime, formatNumber, type MessageKey } from '../../../core/i18n/index.ts';
import { markdownToText, renderMarkdown } from '../../../core/render/markdown.ts';
import { useCtx } from '../../../core/render/context.ts';
import type { PageCard } from '../../../core/render/metadata.tsx';
import { CsrfField, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import type { CommunityContext } from '../read.ts';
import { PublicCard } from './metadata.tsx';
import type { ThreadListRow } from '../repository.ts';

interface Props {
  ctx: CommunityContext;
  members: number;
  threads: { rows: ThreadListRow[]; total: number; page: number; pages: number } | null;
  events: { type: string; slug: string; title: string; startsAt: Date; timeZone: string }[];
  notice?: string;
}

/** A community: what it is for, how to join, and — for those who may read — its threads. */
export function CommunityPage({ ctx, members, threads, events, notice }: Props) {
  const { t, locale, config } = useCtx();
  const c = ctx.community;
  const base = `/${locale}/communities/${c.slug}`;
  const status = ctx.viewer.membership?.status;
  const card: PageCard = {
    url: `${config.publicUrl}${base}`,
    type: 'website',
    title: c.name,
    description: markdownToText(c.description),
    languages: [c.locale, ...c.languages],
  };
  return (
    <Layout
      title={c.name}
      description={c.description.slice(0, 200)}
      section="communities"
      indexable={c.visibility === 'public'}
      head={<PublicCard community={c} card={card} />}
    >
      <p class="meta">
        <a href={`/${locale}/communities`}>{t('communities.title')}</a>
      </p>
      <h1>{c.name}</h1>
      <Notice text={notice} />
      {c.status === 'archived' && <p class="notice">{t('communities.archivedNotice')}</p>}
      <p class="meta">
        {t(`communities.visibility.${c.visibility}` as MessageKey)} ·{' '}
        {t('communities.members', { count: members, formatted: formatNumber(locale, members) })} ·{' '}
        {t('communities.lastActivity', { date: formatDate(locale, c.lastActivityAt, 'medium') })}
      </p>
      <div
        class="prose"
        lang={c.locale}
        dangerouslySetInnerHTML={{ __html: renderMarkdown(c.description) }}
      />
      <p>
        {ctx.can('read') && <a href={`${base}/members`}>{t('communities.members.title')}</a>}
        {ctx.can('read') && ' · '}
        {ctx.can('read') && <a href={`${base}/library`}>{t('communities.library.title')}</a>}
        {ctx.can('read') && ' · '}
        <a href={`${base}/guidelines`}>{t('communities.guidelines.link')}</a>
      </p>
      {ctx.can('join') && (
        <form method="post" action={`${base}/join`}>
          <CsrfField />
          <button type="submit">{t('communities.join')}</button>
        </form>
      )}
      {ctx.can('request_to_join') && (
        <form method="post" action={`${base}/join`}>
          <CsrfField />
          <p>{t('communities.requestToJoin.intro')}</p>
          <button type="submit">{t('communities.requestToJoin')}</button>
        </form>
      )}
      {status === 'pending' && <p>{t('communities.youAsked')}</p>}
      {!ctx.viewer.user && c.visibility !== 'hidden' && (
        <p>
          <a href={`/${locale}/sign-in?next=${encodeURIComponent(`/${locale}/communities/${c.slug}`)}`}>
            {t('communities.signInToJoin')}
          </a>
        </p>
      )}
      {ctx.viewer.membership?.role === 'admin' && status === 'active' && (
        <p class="notice">
          <a href={`${base}/guidelines`}>{t('communities.onboarding.reminder')}</a>
        </p>
      )}
      {(events.length > 0 || ctx.can('invite')) && ctx.can('read') && (
        <section aria-labelledby="events-heading">
          <h2 id="events-heading">{t('communities.events.title')}</h2>
          <ul>
            {events.map((e) => (
              <li key={e.slug}>
                <a href={`/${locale}/${e.type === 'webinar' ? 'webinars' : 'events'}/${e.slug}`}>{e.title}</a>{' '}
                — {formatDateTime(locale, e.startsAt, e.timeZone)} ({e.timeZone})
              </li>
            ))}
          </ul>
          {ctx.can('invite') && (
            <form method="post" action={`${base}/events`}>
              <CsrfField />
              <label for="f-event">{t('communities.events.add')}</label>{' '}
              <input id="f-event" name="event" type="url" required maxLength={500} />{' '}
              <button type="submit" class="secondary">
                {t('communities.events.submit')}
              </button>
            </form>
          )}
        </section>
      )}
      {threads ? (
        <section aria-labelledby="threads-heading">
          <h2 id="threads-heading">{t('communities.threads.title')}</h2>
          {ctx.can('start_thread') && (
            <p>
              <a class="button-link" href={`${base}/threads/new`}>
                {t('communities.threads.new')}
              </a>
            </p>
          )}
          {threads.rows.length === 0 ? (
            <p>{t('communities.threads.empty')}</p>
          ) : (
            <ul class="cards">
              {threads.rows.map((th) => (
                <li key={th.id} class="card">
                  <h3>
                    <a href={`${base}/threads/${th.id}`}>{th.title}</a>
                  </h3>
                  <p class="meta">
                    {th.pinned && `${t('communities.pinned')} · `}
                    {th.kind === 'announcement' && `${t('communities.announcement')} · `}
                    {th.locked && `${t('communities.locked')} · `}
                    {th.authorName ?? t('communities.formerMember')} ·{' '}
                    {t('communities.replies', {
                      count: th.replyCount,
                      formatted: formatNumber(locale, th.replyCount),
                    })}{' '}
                    · {formatDate(locale, th.lastPostAt, 'medium')}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <Pagination page={threads.page} pages={threads.pages} baseUrl={`${base}?page=${threads.page}`} />
        </section>
      ) : (
        <p>{t('communities.membersOnly')}</p>
      )}
      {ctx.can('leave') && (
        <form method="post" action={`${base}/leave`}>
          <CsrfField />
          <button type="submit" class="secondary">
            {t('communities.leave')}
          </button>
        </form>
      )}
    </Layout>
  );
}
