import type { FieldError } from '../../../core/errors.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import type { CommunityContext } from '../read.ts';
import { POST_MAX } from '../schemas.ts';
import { AttachmentField } from './Attachments.tsx';

export function NewThreadPage(p: {
  ctx: CommunityContext;
  clientKey: string;
  values?: Record<string, string>;
  errors?: FieldError[];
}) {
  const { t, locale } = useCtx();
  const c = p.ctx.community;
  const errors = p.errors ?? [];
  return (
    <Layout title={t('communities.threads.new')} section="communities" indexable={false}>
      <p class="meta">
        <a href={`/${locale}/communities/${c.slug}`}>{c.name}</a>
      </p>
      <h1>{t('communities.threads.new')}</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/${locale}/communities/${c.slug}/threads`} enctype="multipart/form-data">
        <CsrfField />
        <input type="hidden" name="clientKey" value={p.clientKey} />
        <Field name="title" label={t('communities.threads.field.title')} errors={errors}>
          <input {...describe('title', errors)} value={p.values?.title ?? ''} required maxLength={200} />
        </Field>
        <Field
          name="body"
          label={t('communities.threads.field.body')}
          hint={t('communities.markdownHint')}
          errors={errors}
        >
          <textarea {...describe('body', errors, true)} rows={10} required maxLength={POST_MAX}>
            {p.values?.body ?? ''}
          </textarea>
        </Field>
        {p.ctx.can('announce') && (
          <label class="check">
            <input type="checkbox" name="announcement" value="on" checked={p.values?.announcement === 'on'} />{' '}
            {t('communities.threads.field.announcement')}
          </label>
        )}
        <AttachmentField errors={errors} />
        <p>
          <button type="submit">{t('communities.threads.submit')}</button>
        </p>
      </form>
    </Layout>
  );
}
