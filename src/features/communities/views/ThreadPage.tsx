import type { FieldError } from '../../../core/errors.ts';
import { formatDateTime, type MessageKey } from '../../../core/i18n/index.ts';
import { markdownToText } from '../../../core/render/markdown.ts';
import { useCtx } from '../../../core/render/context.ts';
import type { PageCard } from '../../../core/render/metadata.tsx';
import { CsrfField, describe, ErrorSummary, Field, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import { REPORT_REASONS } from '../moderation.ts';
import type { CommunityContext } from '../read.ts';
import type { PostRow, ThreadRow } from '../repository.ts';
import { POST_MAX } from '../schemas.ts';
import { postHtml } from '../post-html.ts';
import { AttachmentField, Attachments } from './Attachments.tsx';
import { PublicCard, threadJsonLd } from './metadata.tsx';

interface Props {
  ctx: CommunityContext;
  thread: ThreadRow;
  posts: PostRow[];
  quoted: Map<string, PostRow>;
  page: number;
  pages: number;
  following: boolean;
  clientKey: string;
  values?: { body?: string; quote?: string };
  errors?: FieldError[];
  notice?: string;
}

/** A thread: its posts a page at a time (hidden ones only for moderators), and the reply form. */
export function ThreadPage(p: Props) {
  const { t, locale, user, config } = useCtx();
  const c = p.ctx.community;
  const base = `/${locale}/communities/${c.slug}`;
  const here = `${base}/threads/${p.thread.id}`;
  const moderator = p.ctx.can('moderate');
  const errors = p.errors ?? [];
  const zone = user?.timeZone ?? 'UTC';
  const url = `${config.publicUrl}${here}${p.page > 1 ? `?page=${p.page}` : ''}`;
  const opening = p.posts.find((post) => post.isOpening);
  const card: PageCard = {
    url,
    type: 'article',
    title: p.thread.title,
    description: opening && !opening.hidden ? markdownToText(opening.body) : null,
    languages: [c.locale],
    published: p.thread.createdAt,
    modified: p.thread.lastPostAt,
    // The opening post is on the first page.
    jsonLd: p.page === 1 ? threadJsonLd(c, p.thread, opening, url, `${config.publicUrl}${base}`) : null,
  };
  return (
    <Layout
      title={p.thread.title}
      section="communities"
      indexable={c.visibility === 'public'}
      head={<PublicCard community={c} card={card} />}
    >
      <p class="meta">
        <a href={base}>{c.name}</a>
      </p>
      <h1>{p.thread.title}</h1>
      <Notice text={p.notice} />
      {p.thread.locked && <p class="notice">{t('communities.lockedNotice')}</p>}
      {moderator && (
        <form method="post" action={`${here}/flags`} class="inline">
          <CsrfField />
          <input type="hidden" name="pinned" value={p.thread.pinned ? '' : 'on'} />
          <input type="hidden" name="locked" value={p.thread.locked ? 'on' : ''} />
          <button type="submit" class="link-button">
            {t(p.thread.pinned ? 'communities.unpin' : 'communities.pin')}
          </button>
        </form>
      )}
      {moderator && (
        <form method="post" action={`${here}/flags`} class="inline">
          <CsrfField />
          <input type="hidden" name="pinned" value={p.thread.pinned ? 'on' : ''} />
          <input type="hidden" name="locked" value={p.thread.locked ? '' : 'on'} />
          <button type="submit" class="link-button">
            {t(p.thread.locked ? 'communities.unlock' : 'communities.lock')}
          </button>
        </form>
      )}
      {p.ctx.can('reply') && (
        <form method="post" action={`${here}/follow`} class="inline">
          <CsrfField />
          <input type="hidden" name="follow" value={p.following ? '' : 'on'} />
          <button type="submit" class="link-button">
            {t(p.following ? 'communities.unfollow' : 'communities.follow')}
          </button>
        </form>
      )}
      <ol class="posts">
        {p.posts.map((post) => {
          const quoted = post.quotedPostId ? p.quoted.get(post.quotedPostId) : undefined;
          return (
            <li key={post.id} id={`post-${post.id}`}>
              <article aria-labelledby={`by-${post.id}`}>
                <p class="meta" id={`by-${post.id}`}>
                  {post.authorName ?? t('communities.formerMember')} ·{' '}
                  {formatDateTime(locale, post.createdAt, zone)}
                  {post.editedAt && ` · ${t('communities.edited')}`}
                </p>
                {post.hidden && !moderator ? (
                  <p class="meta">{t('communities.hiddenPost')}</p>
                ) : (
                  <>
                    {post.hidden && <p class="notice">{t('communities.hiddenForOthers')}</p>}
                    {quoted && !quoted.hidden && (
                      <blockquote>
                        <p class="meta">
                          {t('communities.quoting', {
                            name: quoted.authorName ?? t('communities.formerMember'),
                          })}
                        </p>
                        <div dangerouslySetInnerHTML={{ __html: postHtml(quoted) }} />
                      </blockquote>
                    )}
                    <div class="prose" dangerouslySetInnerHTML={{ __html: postHtml(post) }} />
                    <Attachments files={post.attachments} base={base} />
                  </>
                )}
                <p class="meta">
                  {t('communities.useful', { count: post.useful })}
                  {p.ctx.can('react') && !post.hidden && (
                    <>
                      {' · '}
                      <form method="post" action={`${here}/posts/${post.id}/useful`} class="inline">
                        <CsrfField />
                        <button type="submit" class="link-button">
                          {t('communities.markUseful')}
                        </button>
                      </form>
                    </>
                  )}
                  {p.ctx.can('reply') && !p.thread.locked && !post.hidden && (
                    <>
                      {' · '}
                      <a href={`${here}?page=${p.page}&quote=${post.id}#reply`}>{t('communities.quote')}</a>
                    </>
                  )}
                </p>
                <PostTools post={post} here={here} ctx={p.ctx} locked={p.thread.locked} />
              </article>
            </li>
          );
        })}
      </ol>
      <Pagination page={p.page} pages={p.pages} baseUrl={`${here}?page=${p.page}`} />
      {p.ctx.can('reply') && !p.thread.locked && (
        <section aria-labelledby="reply-heading" id="reply">
          <h2 id="reply-heading">{t('communities.reply.title')}</h2>
          <ErrorSummary errors={errors} />
          <form method="post" action={`${here}/replies`} enctype="multipart/form-data">
            <CsrfField />
            <input type="hidden" name="clientKey" value={p.clientKey} />
            {p.values?.quote && <input type="hidden" name="quote" value={p.values.quote} />}
            <Field
              name="body"
              label={t('communities.reply.body')}
              hint={t('communities.markdownHint')}
              errors={errors}
            >
              <textarea {...describe('body', errors, true)} rows={6} required maxLength={POST_MAX}>
                {p.values?.body ?? ''}
              </textarea>
            </Field>
            <AttachmentField errors={errors} />
            <button type="submit">{t('communities.reply.submit')}</button>
          </form>
        </section>
      )}
    </Layout>
  );
}

/** Per post: report (others' posts), edit (one's own), hide or restore and history (moderators). */
function PostTools({
  post,
  here,
  ctx,
  locked,
}: {
  post: PostRow;
  here: string;
  ctx: CommunityContext;
  locked: boolean;
}) {
  const { t, user } = useCtx();
  const own = !!user && post.authorId === user.id;
  const moderator = ctx.can('moderate');
  const base = `${here}/posts/${post.id}`;
  return (
    <div class="post-tools">
      {own && ctx.can('reply') && !locked && <a href={`${base}/edit`}>{t('communities.edit')}</a>}
      {moderator && post.editedAt && <a href={`${base}/history`}>{t('communities.history')}</a>}
      {moderator && (
        <form method="post" action={`${base}/${post.hidden ? 'restore' : 'hide'}`} class="inline">
          <CsrfField />
          <button type="submit" class="link-button">
            {t(post.hidden ? 'communities.restore' : 'communities.hide')}
          </button>
        </form>
      )}
      {!own && !post.hidden && ctx.can('report') && (
        <details>
          <summary>{t('communities.report')}</summary>
          <form method="post" action={`${base}/report`}>
            <CsrfField />
            <label for={`reason-${post.id}`}>{t('communities.report.reason')}</label>{' '}
            <select id={`reason-${post.id}`} name="reason">
              {REPORT_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`communities.report.reason.${r}` as MessageKey)}
                </option>
              ))}
            </select>{' '}
            <button type="submit" class="secondary">
              {t('communities.report.submit')}
            </button>
          </form>
        </details>
      )}
    </div>
  );
}
