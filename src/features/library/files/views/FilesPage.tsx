import type { FieldError } from '../../../../core/errors.ts';
import { formatNumber, type MessageKey } from '../../../../core/i18n/index.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field } from '../../../../ui/forms.tsx';
import { Layout } from '../../../../ui/Layout.tsx';
import { AdminNav } from '../../../admin/views/AdminNav.tsx';
import { formatFileSize } from '../../detail/files.ts';
import { acceptAttribute, fileTypeLabel } from '../formats.ts';
import type { PublicationFileView } from '../presenter.ts';

export interface FilesScreen {
  item: { id: string; slug: string; status: string; title: string | null };
  files: PublicationFileView[];
  maxMegabytes: number;
}

interface Props {
  screen: FilesScreen;
  role?: string;
  errors?: FieldError[];
  notice?: string;
}

const REASONS: Record<string, MessageKey> = {
  unreadable: 'libraryFiles.reason.unreadable',
  password: 'libraryFiles.reason.password',
  timeout: 'libraryFiles.reason.timeout',
  missing: 'libraryFiles.reason.missing',
};

function TextStatus({ file }: { file: PublicationFileView }) {
  const { t } = useCtx();
  if (file.textStatus === 'failed')
    return (
      <>
        {t('libraryFiles.text.failed', {
          reason: t(REASONS[file.textError ?? ''] ?? 'libraryFiles.reason.unreadable'),
        })}
      </>
    );
  return <>{t(`libraryFiles.text.${file.textStatus}`)}</>;
}

/** Editors' screen of one publication's files: what is there, upload another, remove one. */
export function FilesPage({ screen, role = 'document', errors = [], notice }: Props) {
  const { t, locale, fieldLabels } = useCtx();
  const { item, files } = screen;
  const base = `/${locale}/admin/library/${item.id}`;
  const heading = t('libraryFiles.title', { title: item.title ?? item.slug });
  const roleLabel = t('libraryFiles.upload.role');
  fieldLabels.set('role', roleLabel);
  const roleError = errors.find((e) => e.field === 'role');
  return (
    <Layout title={heading} section="admin" indexable={false}>
      <p class="meta">
        <a href={`/${locale}/admin/library`}>{t('libraryFiles.back.list')}</a> ›{' '}
        <a href={`${base}/edit`}>{t('libraryFiles.back.edit')}</a>
        {item.status === 'published' && (
          <>
            {' · '}
            <a href={`/${locale}/library/${item.slug}`}>{t('libraryFiles.view')}</a>
          </>
        )}
      </p>
      <h1>{heading}</h1>
      <AdminNav current="library" />
      <ErrorSummary errors={errors} />
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}

      <section aria-labelledby="files-h">
        <h2 id="files-h">{t('libraryFiles.list.heading')}</h2>
        {files.length === 0 ? (
          <p>{t('libraryFiles.list.empty')}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('libraryFiles.column.file')}</th>
                  <th scope="col">{t('libraryFiles.column.role')}</th>
                  <th scope="col">{t('libraryFiles.column.type')}</th>
                  <th scope="col">{t('libraryFiles.column.size')}</th>
                  <th scope="col">{t('libraryFiles.column.pages')}</th>
                  <th scope="col">{t('libraryFiles.column.sha256')}</th>
                  <th scope="col">{t('libraryFiles.column.text')}</th>
                  <th scope="col">{t('libraryFiles.column.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {files.map((f) => (
                  <tr key={f.id} id={`file-${f.id}`}>
                    <td>
                      <a href={f.url}>{f.filename}</a>
                    </td>
                    <td>
                      {t(f.role === 'cover' ? 'libraryFiles.role.cover' : 'libraryFiles.role.document')}
                    </td>
                    <td>{fileTypeLabel(f.mediaType)}</td>
                    <td>{formatFileSize(locale, f.size)}</td>
                    <td>{f.pageCount === null ? '—' : formatNumber(locale, f.pageCount)}</td>
                    <td>
                      <code title={f.sha256}>{f.sha256.slice(0, 12)}</code>
                    </td>
                    <td>
                      <TextStatus file={f} />
                    </td>
                    <td>
                      <form method="post" action={`${base}/files/${f.id}/remove`}>
                        <CsrfField />
                        <button
                          type="submit"
                          class="danger"
                          aria-label={t('libraryFiles.removeLabel', { filename: f.filename })}
                        >
                          {t('libraryFiles.remove')}
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="upload-h">
        <h2 id="upload-h">{t('libraryFiles.upload.heading')}</h2>
        {/* The token and the role come before the file: the server reads them before the file's bytes. */}
        <form method="post" action={`${base}/files`} enctype="multipart/form-data">
          <CsrfField />
          <fieldset>
            <legend>{roleLabel}</legend>
            {roleError && (
              <p class="error" id="e-role">
                {t(roleError.messageKey, roleError.values)}
              </p>
            )}
            <ul class="checks">
              {(['document', 'cover'] as const).map((r) => (
                <li key={r}>
                  <label>
                    <input
                      type="radio"
                      name="role"
                      value={r}
                      id={r === 'document' ? 'f-role' : undefined}
                      checked={role === r}
                    />{' '}
                    {t(r === 'cover' ? 'libraryFiles.role.cover' : 'libraryFiles.role.document')}
                    {r === 'cover' && ` (${t('libraryFiles.upload.coverNote')})`}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <Field
            name="file"
            label={t('libraryFiles.upload.file')}
            hint={t('libraryFiles.upload.hint', { max: screen.maxMegabytes })}
            errors={errors}
          >
            <input
              {...describe('file', errors, true)}
              type="file"
              accept={`${acceptAttribute('document')},${acceptAttribute('cover')}`}
              required
            />
          </Field>
          <button type="submit">{t('libraryFiles.upload.submit')}</button>
        </form>
      </section>
    </Layout>
  );
}
