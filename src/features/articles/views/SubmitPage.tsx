import type { FieldError } from '../../../core/errors.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, ErrorSummary } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import type { ArticleFormOptions } from '../form-options.ts';
import type { FormValues } from '../presenter.ts';
import { ARTICLES, type ArticleType } from '../types.ts';
import { ArticleFields } from './ArticleFields.tsx';

/** The member's form to propose a news item or blog post, or to revise one (`revise`). */
export function SubmitPage({
  type,
  values = {},
  errors = [],
  options,
  revise,
}: {
  type: ArticleType;
  values?: FormValues;
  errors?: FieldError[];
  options: ArticleFormOptions;
  revise?: { id: string; version: number };
}) {
  const { t, locale } = useCtx();
  const def = ARTICLES[type];
  const title = revise
    ? t('articles.revise.title', { kind: t(def.one) })
    : t(type === 'news' ? 'articles.submit.titleNews' : 'articles.submit.titleBlog');
  return (
    <Layout title={title} section="news" indexable={false}>
      <p class="meta">
        <a href={`/${locale}/${def.path}`}>{t(def.plural)}</a>
      </p>
      <h1>{title}</h1>
      <p>{t(revise ? 'articles.revise.intro' : 'articles.submit.intro')}</p>
      <ErrorSummary errors={errors} />
      <form
        method="post"
        action={
          revise ? `/${locale}/${def.path}/submissions/${revise.id}/edit` : `/${locale}/${def.path}/submit`
        }
      >
        <CsrfField />
        {revise && <input type="hidden" name="version" value={String(revise.version)} />}
        <ArticleFields values={values} errors={errors} options={options} />
        <p>{t('articles.submit.imageLater')}</p>
        <button type="submit">{t(revise ? 'articles.revise.button' : 'articles.submit.button')}</button>
      </form>
    </Layout>
  );
}
