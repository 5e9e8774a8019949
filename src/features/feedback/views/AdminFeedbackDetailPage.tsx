import type { FieldError } from '../../../core/errors.ts';
import { formatDate, formatDateTime, languageName, type MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import type { FeedbackDetail } from '../repository.ts';
import { REPLY_MAX } from '../schemas.ts';
import { FEEDBACK_STATUSES } from '../tables.ts';
import type { Recipient } from '../triage.ts';

/**
 * One feedback for the team: the message, where it came from and who sent it; a form to change
 * its status and one to reply by e-mail (to whom and in which language is said before sending).
 */
export function AdminFeedbackDetailPage(p: {
  detail: FeedbackDetail;
  recipient: Recipient | null;
  reply?: string;
  errors?: FieldError[];
  notice?: string;
}) {
  const { t, locale } = useCtx();
  const { feedback: fb, member, repliedByName } = p.detail;
  const errors = p.errors ?? [];
  const base = `/${locale}/admin/feedback/${fb.id}`;
  const title = t('feedback.detail.title', { date: formatDate(locale, fb.createdAt, 'long') });
  const sender = member?.id
    ? member.deletedAt
      ? t('feedback.admin.deletedMember')
      : `${member.name} (@${member.handle}) · ${member.email}`
    : [
        fb.name ? t('feedback.admin.visitor', { name: fb.name }) : t('feedback.admin.anonymous'),
        fb.email ?? t('feedback.detail.noAddress'),
      ].join(' · ');
  return (
    <Layout title={title} section="admin" indexable={false}>
      <p class="meta">
        <a href={`/${locale}/admin/feedback`}>{t('feedback.detail.back')}</a>
      </p>
      <h1>{title}</h1>
      <AdminNav current="feedback" />
      <Notice text={p.notice} />
      <ErrorSummary errors={errors} />
      <dl>
        <div>
          <dt>{t('feedback.admin.category')}</dt>
          <dd>{t(`feedback.category.${fb.category}` as MessageKey)}</dd>
        </div>
        <div>
          <dt>{t('feedback.admin.status')}</dt>
          <dd>{t(`feedback.status.${fb.status}` as MessageKey)}</dd>
        </div>
        <div>
          <dt>{t('feedback.detail.sender')}</dt>
          <dd>{sender}</dd>
        </div>
        <div>
          <dt>{t('feedback.detail.page')}</dt>
          <dd>{fb.pagePath ? <a href={fb.pagePath}>{fb.pagePath}</a> : t('feedback.detail.noPage')}</dd>
        </div>
        <div>
          <dt>{t('feedback.detail.language')}</dt>
          <dd>{languageName(fb.locale, locale)}</dd>
        </div>
        <div>
          <dt>{t('feedback.admin.column.received')}</dt>
          <dd>
            <time dateTime={fb.createdAt.toISOString()}>{formatDateTime(locale, fb.createdAt)}</time>
          </dd>
        </div>
      </dl>
      <h2>{t('feedback.detail.message')}</h2>
      <blockquote class="mail-text" lang={fb.locale}>
        {fb.message}
      </blockquote>
      {fb.reply && fb.repliedAt && (
        <>
          <h2>
            {t('feedback.detail.lastReply', {
              date: formatDateTime(locale, fb.repliedAt),
              name: repliedByName ?? '—',
            })}
          </h2>
          <blockquote class="mail-text">{fb.reply}</blockquote>
        </>
      )}
      <h2 id="status-h">{t('feedback.detail.changeStatus')}</h2>
      <form method="post" action={`${base}/status`} aria-labelledby="status-h">
        <CsrfField />
        <div class="field">
          <label for="f-status">{t('feedback.admin.status')}</label>
          <select id="f-status" name="status">
            {FEEDBACK_STATUSES.map((s) => (
              <option key={s} value={s} selected={fb.status === s}>
                {t(`feedback.status.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="secondary">
          {t('feedback.detail.saveStatus')}
        </button>
      </form>
      <h2 id="reply-h">{t('feedback.detail.reply')}</h2>
      <form method="post" action={`${base}/reply`} aria-labelledby="reply-h">
        <CsrfField />
        <Field
          name="reply"
          label={t('feedback.detail.replyField')}
          hint={
            p.recipient
              ? t('feedback.detail.replyTo', {
                  email: p.recipient.email,
                  language: languageName(p.recipient.locale, locale),
                })
              : t('feedback.detail.noRecipient')
          }
          errors={errors}
        >
          <textarea
            {...describe('reply', errors, true)}
            rows={8}
            required
            maxLength={REPLY_MAX}
            lang={p.recipient?.locale}
          >
            {p.reply ?? ''}
          </textarea>
        </Field>
        <button type="submit">{t('feedback.detail.send')}</button>
      </form>
    </Layout>
  );
}
