import { useCtx } from '../../../core/render/context.ts';
import { CsrfField } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { AdminNav } from '../../admin/views/AdminNav.tsx';

/** Asks before a concept is deleted; the deletion itself is the POST of this form. */
export function DeleteConceptPage({ concept }: { concept: { id: number; label: string; lang?: string } }) {
  const { t, locale } = useCtx();
  const base = `/${locale}/admin/glossary/${concept.id}`;
  const title = t('glossary.delete.title', { label: concept.label });
  return (
    <Layout title={title} section="admin" indexable={false}>
      <p class="meta">
        <a href={`/${locale}/admin/glossary`}>{t('glossary.admin.back')}</a>
      </p>
      <h1>{title}</h1>
      <AdminNav current="glossary" />
      <p>{t('glossary.delete.body')}</p>
      <form method="post" action={`${base}/delete`}>
        <CsrfField />
        <button type="submit">{t('glossary.delete.submit')}</button>{' '}
        <a href={base}>{t('glossary.delete.cancel')}</a>
      </form>
    </Layout>
  );
}
