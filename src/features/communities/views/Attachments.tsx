import type { FieldError } from '../../../core/errors.ts';
import { useCtx } from '../../../core/render/context.ts';
import { describe, Field } from '../../../ui/forms.tsx';
import { formatFileSize } from '../../library/detail/files.ts';
import { fileTypeLabel } from '../../library/files/formats.ts';
import type { PostAttachment } from '../repository.ts';

/**
 * The optional document of a post. It must be the form's last field: the multipart reader
 * takes the fields before the file as the form, and streams the file itself.
 */
export function AttachmentField({ errors }: { errors: FieldError[] }) {
  const { t, config } = useCtx();
  return (
    <Field
      name="file"
      label={t('communities.attachment.label')}
      hint={t('communities.attachment.hint', { max: Math.floor(config.UPLOAD_MAX_BYTES / 1_048_576) || 1 })}
      errors={errors}
    >
      <input {...describe('file', errors, true)} type="file" />
    </Field>
  );
}

/** A post's documents, with type and size shown before the click. */
export function Attachments({ files, base }: { files: PostAttachment[]; base: string }) {
  const { t, locale } = useCtx();
  if (files.length === 0) return null;
  return (
    <ul class="attachments" aria-label={t('communities.attachment.list')}>
      {files.map((f) => (
        <li key={f.id}>
          <a href={`${base}/files/${f.id}`} download>
            {f.filename}
          </a>{' '}
          <span class="meta">
            ({fileTypeLabel(f.mediaType)}, {formatFileSize(locale, f.size)})
          </span>
        </li>
      ))}
    </ul>
  );
}
