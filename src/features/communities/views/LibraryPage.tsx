import type { FieldError } from '../../../core/errors.ts';
import { formatDate } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { CONTENT_TYPES, type ContentType } from '../../content/types.ts';
import { fileTypeLabel } from '../../library/files/formats.ts';
import type { CommunityContext } from '../read.ts';
import type { LibraryEntry } from '../repository.ts';

/** The community's shared library: linked items of the site and uploaded documents. */
export function LibraryPage(p: {
  ctx: CommunityContext;
  entries: LibraryEntry[];
  errors?: FieldError[];
  notice?: string;
}) {
  const { t, locale } = useCtx();
  const c = p.ctx.community;
  const base = `/${locale}/communities/${c.slug}`;
  const errors = p.errors ?? [];
  return (
    <Layout title={t('communities.library.title')} section="communities" indexable={false}>
      <p class="meta">
        <a href={base}>{c.name}</a>
      </p>
      <h1>{t('communities.library.title')}</h1>
      <Notice text={p.notice} />
      <ErrorSummary errors={errors} />
      {p.entries.length === 0 ? (
        <p>{t('communities.library.empty')}</p>
      ) : (
        <ul class="cards">
          {p.entries.map((e) => (
            <li key={e.id} class="card">
              {e.kind === 'item' ? (
                <a href={`/${locale}/${CONTENT_TYPES[e.type as ContentType]?.path ?? 'library'}/${e.path}`}>
                  {e.title}
                </a>
              ) : (
                <a href={`${base}/files/${e.id}`}>{e.title}</a>
              )}
              <p class="meta">
                {e.kind === 'file' && e.type ? `${fileTypeLabel(e.type)} · ` : ''}
                {e.addedBy ?? t('communities.formerMember')} · {formatDate(locale, e.addedAt, 'medium')}
              </p>
            </li>
          ))}
        </ul>
      )}
      {p.ctx.can('reply') && (
        <>
          <h2>{t('communities.library.link')}</h2>
          <form method="post" action={`${base}/library/link`}>
            <CsrfField />
            <Field
              name="address"
              label={t('communities.library.address')}
              hint={t('communities.library.addressHint')}
              errors={errors}
            >
              <input {...describe('address', errors, true)} type="url" required maxLength={500} />
            </Field>
            <button type="submit">{t('communities.library.linkSubmit')}</button>
          </form>
          <h2>{t('communities.library.upload')}</h2>
          <form method="post" action={`${base}/library/upload`} enctype="multipart/form-data">
            <CsrfField />
            <Field name="title" label={t('communities.library.docTitle')} errors={errors}>
              <input {...describe('title', errors)} maxLength={200} />
            </Field>
            <Field
              name="file"
              label={t('communities.library.file')}
              hint={t('communities.library.fileHint')}
              errors={errors}
            >
              <input {...describe('file', errors, true)} type="file" required />
            </Field>
            <button type="submit">{t('communities.library.uploadSubmit')}</button>
          </form>
        </>
      )}
    </Layout>
  );
}
