import type { FieldError } from '../../../core/errors.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field } from '../../../ui/forms.tsx';
import type { ArticleImageView } from '../presenter.ts';
import { ALT_MAX } from '../schemas.ts';
import { ArticleImage } from './ArticleImage.tsx';

/**
 * The lead image: the current one, a form to upload a new one with its text alternative (the
 * text comes before the file, so the server checks it before reading a byte of the file), and
 * a button to remove it.
 */
export function ImageForm({
  action,
  image,
  errors = [],
  maxMegabytes,
}: {
  /** Form address; "/remove" is appended for removal. */
  action: string;
  image: ArticleImageView | null;
  errors?: FieldError[];
  maxMegabytes: number;
}) {
  const { t } = useCtx();
  return (
    <section aria-labelledby="image-h">
      <h2 id="image-h">{t('articles.image.heading')}</h2>
      <ErrorSummary errors={errors} />
      {image ? <ArticleImage image={image} sizes="20rem" /> : <p>{t('articles.image.none')}</p>}
      <form method="post" action={action} enctype="multipart/form-data">
        <CsrfField />
        <Field name="alt" label={t('articles.field.alt')} hint={t('articles.hint.alt')} errors={errors}>
          <input {...describe('alt', errors, true)} type="text" maxLength={ALT_MAX} required />
        </Field>
        <Field
          name="file"
          label={t('articles.field.image')}
          hint={t('articles.hint.image', { max: maxMegabytes })}
          errors={errors}
        >
          <input
            {...describe('file', errors, true)}
            type="file"
            accept="image/jpeg,image/png,image/webp"
            required
          />
        </Field>
        <button type="submit">{t(image ? 'articles.image.replace' : 'articles.image.add')}</button>
      </form>
      {image && (
        <form method="post" action={`${action}/remove`}>
          <CsrfField />
          <button type="submit">{t('articles.image.remove')}</button>
        </form>
      )}
    </section>
  );
}
