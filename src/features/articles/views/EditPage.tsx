import type { FieldError } from '../../../core/errors.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, ErrorSummary, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import type { ContentStatus } from '../../content/tables.ts';
import { WorkflowPanel, type WorkflowState } from '../../editorial/views/WorkflowPanel.tsx';
import type { TransitionRow } from '../../editorial/workflow/repository.ts';
import type { ArticleFormOptions } from '../form-options.ts';
import type { ArticleImageView, FormValues } from '../presenter.ts';
import { ARTICLES, type ArticleType } from '../types.ts';
import { ArticleFields } from './ArticleFields.tsx';
import { ImageForm } from './ImageForm.tsx';

interface Props {
  type: ArticleType;
  /** Absent on the "new" form. */
  item?: { id: string; slug: string; status: ContentStatus; title: string; version: number };
  workflow?: { state: WorkflowState; history: TransitionRow[] };
  image?: ArticleImageView | null;
  maxMegabytes?: number;
  values: FormValues;
  errors?: FieldError[];
  /** Errors of the image form (shown next to it). */
  imageErrors?: FieldError[];
  options: ArticleFormOptions;
  notice?: string;
}

/** The editor's screen of a news item or blog post: the workflow panel, the fields, the image. */
export function EditPage(props: Props) {
  const { type, item, workflow, values, errors = [], imageErrors = [], options, notice } = props;
  const { t, locale } = useCtx();
  const def = ARTICLES[type];
  const base = `/${locale}/admin/${def.path}`;
  const heading = item
    ? t('articles.edit.title', { title: item.title })
    : t('articles.admin.new', { kind: t(def.one) });
  return (
    <Layout title={heading} section="admin" indexable={false}>
      <p class="meta">
        <a href={base}>{t(def.plural)}</a>
      </p>
      <h1>{heading}</h1>
      <AdminNav current={type} />
      <Notice text={notice} />
      <ErrorSummary errors={errors} />
      {item && workflow && (
        <>
          {item.status === 'published' && (
            <p>
              <a href={`/${locale}/${def.path}/${item.slug}`}>{t('articles.view')}</a>
            </p>
          )}
          <WorkflowPanel item={workflow.state} history={workflow.history} />
          <p>
            <a href={`/${locale}/admin/translations/${item.id}`}>{t('articles.edit.translations')}</a>
            {' · '}
            <a href={`/${locale}/admin/history/${item.id}`}>{t('articles.edit.history')}</a>
          </p>
        </>
      )}
      <form method="post" action={item ? `${base}/${item.id}/edit` : `${base}/new`}>
        <CsrfField />
        {item && <input type="hidden" name="version" value={String(item.version)} />}
        <ArticleFields values={values} errors={errors} options={options} editor />
        <button type="submit">{item ? t('ui.form.save') : t('articles.edit.create')}</button>
      </form>
      {item && (
        <ImageForm
          action={`${base}/${item.id}/image`}
          image={props.image ?? null}
          errors={imageErrors}
          maxMegabytes={props.maxMegabytes ?? 10}
        />
      )}
    </Layout>
  );
}
