import type { FieldError } from '../../../core/errors.ts';
import { formatDate } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { statusKey } from '../../editorial/views/labels.ts';
import { WorkflowPanel, type WorkflowState } from '../../editorial/views/WorkflowPanel.tsx';
import type { TransitionRow } from '../../editorial/workflow/repository.ts';
import type { ArticleImageView } from '../presenter.ts';
import type { ArticleRow } from '../repository.ts';
import { ARTICLES } from '../types.ts';
import { ImageForm } from './ImageForm.tsx';

/** The member's own view of a submission: its state, the workflow, and (while it is theirs) its image. */
export function SubmissionPage({
  submission,
  workflow,
  image,
  imageForm,
  revisable,
  notice,
  errors = [],
}: {
  submission: ArticleRow;
  workflow?: { state: WorkflowState; history: TransitionRow[] };
  image: ArticleImageView | null;
  /** Present while the member may still change the image. */
  imageForm?: { maxMegabytes: number };
  revisable: boolean;
  notice?: string;
  errors?: FieldError[];
}) {
  const { t, locale } = useCtx();
  const def = ARTICLES[submission.type];
  const base = `/${locale}/${def.path}/submissions/${submission.id}`;
  return (
    <Layout title={submission.title} section="news" indexable={false}>
      <p class="meta">
        <a href={`/${locale}/${def.path}/submissions`}>
          {t(
            submission.type === 'news' ? 'articles.submissions.titleNews' : 'articles.submissions.titleBlog',
          )}
        </a>
      </p>
      <Notice text={notice} />
      <h1>{submission.title}</h1>
      <dl>
        <dt>{t('articles.column.kind')}</dt>
        <dd>{t(def.one)}</dd>
        <dt>{t('articles.column.status')}</dt>
        <dd>{t(statusKey(submission.status))}</dd>
        <dt>{t('articles.column.created')}</dt>
        <dd>{formatDate(locale, new Date(submission.created_at))}</dd>
      </dl>
      {submission.status === 'submitted' && <p>{t('articles.submitted.next')}</p>}
      {revisable && (
        <p>
          <a href={`${base}/edit`}>{t('articles.revise.link')}</a>
        </p>
      )}
      {submission.status === 'published' && (
        <p>
          <a href={`/${locale}/${def.path}/${submission.slug}`}>{t('articles.view')}</a>
        </p>
      )}
      {workflow && <WorkflowPanel item={workflow.state} history={workflow.history} />}
      {imageForm ? (
        <ImageForm
          action={`${base}/image`}
          image={image}
          errors={errors}
          maxMegabytes={imageForm.maxMegabytes}
        />
      ) : null}
    </Layout>
  );
}
