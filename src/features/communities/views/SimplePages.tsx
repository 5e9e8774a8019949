import type { FieldError } from '../../../core/errors.ts';
import { formatDate, type MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import type { CommunityRow, ReportQueueRow, RequestRow } from '../repository.ts';

/** The steps a new admin takes in the first weeks (the seed: communities die without them). */
export const CHECKLIST = [
  'welcome',
  'describe',
  'invite',
  'first_thread',
  'library',
  'event',
  'rhythm',
] as const;
const GUIDELINES = ['purpose', 'rhythm', 'questions', 'welcome', 'moderation', 'languages', 'help'] as const;

/** Guidelines for community admins and the onboarding checklist (ticked per admin). */
export function GuidelinesPage(p: { community: CommunityRow; done: string[] | null; notice?: string }) {
  const { t, locale } = useCtx();
  const base = `/${locale}/communities/${p.community.slug}`;
  return (
    <Layout title={t('communities.guidelines.title')} section="communities">
      <p class="meta">
        <a href={base}>{p.community.name}</a>
      </p>
      <h1>{t('communities.guidelines.title')}</h1>
      <Notice text={p.notice} />
      {p.done && (
        <section aria-labelledby="checklist-heading">
          <h2 id="checklist-heading">{t('communities.onboarding.title')}</h2>
          <form method="post" action={`${base}/checklist`}>
            <CsrfField />
            <ul class="plain">
              {CHECKLIST.map((item) => (
                <li key={item}>
                  <label class="check">
                    <input type="checkbox" name="done" value={item} checked={p.done!.includes(item)} />{' '}
                    {t(`communities.onboarding.${item}` as MessageKey)}
                  </label>
                </li>
              ))}
            </ul>
            <button type="submit">{t('communities.onboarding.save')}</button>
          </form>
        </section>
      )}
      {GUIDELINES.map((g) => (
        <section key={g} aria-labelledby={`g-${g}`}>
          <h2 id={`g-${g}`}>{t(`communities.guidelines.${g}.title` as MessageKey)}</h2>
          <p>{t(`communities.guidelines.${g}.body` as MessageKey)}</p>
        </section>
      ))}
    </Layout>
  );
}

/** What an invitation link opens: the community's name, and accept (after signing in). */
export function InvitationPage(p: {
  community: CommunityRow;
  token: string;
  expired: boolean;
  signedIn: boolean;
}) {
  const { t, locale } = useCtx();
  const back = `/${locale}/communities/invitations/${p.token}`;
  return (
    <Layout
      title={t('communities.invitation.title', { community: p.community.name })}
      section="communities"
      indexable={false}
    >
      <h1>{t('communities.invitation.title', { community: p.community.name })}</h1>
      {p.expired ? (
        <p>{t('communities.error.invitationExpired')}</p>
      ) : p.signedIn ? (
        <form method="post" action={back}>
          <CsrfField />
          <button type="submit">{t('communities.invitation.accept')}</button>
        </form>
      ) : (
        <>
          <p>{t('communities.invitation.signInFirst')}</p>
          <p>
            <a class="button-link" href={`/${locale}/register?next=${encodeURIComponent(back)}`}>
              {t('communities.invitation.register')}
            </a>{' '}
            <a href={`/${locale}/sign-in?next=${encodeURIComponent(back)}`}>
              {t('communities.invitation.signIn')}
            </a>
          </p>
        </>
      )}
    </Layout>
  );
}

/** The platform team's queue of community requests. */
export function AdminRequestsPage(p: { rows: RequestRow[]; errors?: FieldError[]; notice?: string }) {
  const { t, locale } = useCtx();
  const errors = p.errors ?? [];
  return (
    <Layout title={t('communities.admin.requests')} section="admin" indexable={false}>
      <h1>{t('communities.admin.requests')}</h1>
      <AdminNav current="community-requests" />
      <Notice text={p.notice} />
      <ErrorSummary errors={errors} />
      {p.rows.length === 0 && <p>{t('communities.admin.none')}</p>}
      {p.rows.map((r) => (
        <section key={r.id} aria-labelledby={`req-${r.id}`} class="card">
          <h2 id={`req-${r.id}`}>{r.name}</h2>
          <p class="meta">
            {t(`communities.request.status.${r.status}` as MessageKey)} ·{' '}
            {formatDate(locale, r.createdAt, 'medium')} ·{' '}
            {t(`communities.visibility.${r.visibility}` as MessageKey)} · {r.languages.join(', ')} ·{' '}
            {r.duration}
          </p>
          <dl>
            {(['purpose', 'audience', 'proposedAdmins', 'activities'] as const).map((f) => (
              <div key={f}>
                <dt>{t(`communities.request.field.${f}` as MessageKey)}</dt>
                <dd>{r[f]}</dd>
              </div>
            ))}
          </dl>
          {r.status === 'pending' && (
            <form method="post" action={`/${locale}/admin/community-requests/${r.id}`}>
              <CsrfField />
              <Field
                name={`message-${r.id}`}
                label={t('communities.admin.message')}
                hint={t('communities.admin.messageHint')}
                errors={errors}
              >
                <textarea {...describe(`message-${r.id}`, errors, true)} name="message" rows={2} />
              </Field>
              <button type="submit" name="decision" value="approve">
                {t('communities.admin.approve')}
              </button>{' '}
              <button type="submit" name="decision" value="decline" class="secondary">
                {t('communities.admin.decline')}
              </button>
            </form>
          )}
        </section>
      ))}
    </Layout>
  );
}

/** The author's form to edit a post (the earlier text is kept). */
export function EditPostPage(p: {
  communitySlug: string;
  communityName: string;
  threadId: string;
  postId: string;
  body: string;
  errors?: FieldError[];
}) {
  const { t, locale } = useCtx();
  const errors = p.errors ?? [];
  const here = `/${locale}/communities/${p.communitySlug}/threads/${p.threadId}`;
  return (
    <Layout title={t('communities.edit.title')} section="communities" indexable={false}>
      <p class="meta">
        <a href={here}>{p.communityName}</a>
      </p>
      <h1>{t('communities.edit.title')}</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action={`${here}/posts/${p.postId}/edit`}>
        <CsrfField />
        <Field
          name="body"
          label={t('communities.reply.body')}
          hint={t('communities.markdownHint')}
          errors={errors}
        >
          <textarea {...describe('body', errors, true)} rows={10} required maxLength={20000}>
            {p.body}
          </textarea>
        </Field>
        <button type="submit">{t('communities.edit.submit')}</button>
      </form>
    </Layout>
  );
}

/** Earlier versions of an edited post, for moderators. */
export function PostHistoryPage(p: {
  back: string;
  current: string;
  revisions: { id: string; body: string; createdAt: Date }[];
}) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('communities.history.title')} section="communities" indexable={false}>
      <p class="meta">
        <a href={p.back}>{t('communities.history.back')}</a>
      </p>
      <h1>{t('communities.history.title')}</h1>
      <h2>{t('communities.history.current')}</h2>
      <pre class="wrap">{p.current}</pre>
      {p.revisions.map((r) => (
        <section key={r.id} aria-labelledby={`rev-${r.id}`}>
          <h2 id={`rev-${r.id}`}>
            {t('communities.history.before', { date: formatDate(locale, r.createdAt, 'medium') })}
          </h2>
          <pre class="wrap">{r.body}</pre>
        </section>
      ))}
    </Layout>
  );
}

/** The platform team's queue of reported posts across communities. */
export function AdminReportsPage(p: { rows: ReportQueueRow[]; notice?: string }) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('communities.admin.reports')} section="admin" indexable={false}>
      <h1>{t('communities.admin.reports')}</h1>
      <AdminNav current="community-reports" />
      <Notice text={p.notice} />
      {p.rows.length === 0 && <p>{t('communities.admin.noReports')}</p>}
      {p.rows.map((r) => (
        <section key={r.postId} aria-labelledby={`rep-${r.postId}`} class="card">
          <h2 id={`rep-${r.postId}`}>
            <a href={`/${locale}/communities/${r.communitySlug}/threads/${r.threadId}#post-${r.postId}`}>
              {r.threadTitle}
            </a>
          </h2>
          <p class="meta">
            {r.communityName} · {t('communities.admin.reportCount', { count: r.reports })} ·{' '}
            {r.reasons.map((x) => t(`communities.report.reason.${x}` as MessageKey)).join(', ')}
            {r.hidden && ` · ${t('communities.admin.hiddenNow')}`}
          </p>
          <blockquote>{r.body.length > 600 ? `${r.body.slice(0, 597)}…` : r.body}</blockquote>
          {(['hide', 'restore'] as const).map((a) => (
            <form
              key={a}
              method="post"
              action={`/${locale}/admin/community-reports/${r.postId}/${a}`}
              class="inline"
            >
              <CsrfField />
              <button type="submit" class={a === 'restore' ? 'secondary' : undefined}>
                {t(a === 'hide' ? 'communities.admin.uphold' : 'communities.admin.dismiss')}
              </button>
            </form>
          ))}
        </section>
      ))}
    </Layout>
  );
}
