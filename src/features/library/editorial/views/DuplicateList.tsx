import { useCtx } from '../../../../core/render/context.ts';
import type { DuplicateRow } from '../repository.ts';
import { reasonKey, statusKey } from './labels.ts';

/**
 * Possible duplicates. Editors see every one with a link to its edit page; a member sees
 * the published ones with a link, and only how many others await review (their titles are
 * not public yet).
 */
export function DuplicateList({ duplicates, editor }: { duplicates: DuplicateRow[]; editor?: boolean }) {
  const { t, locale } = useCtx();
  if (duplicates.length === 0) return null;
  const shown = editor ? duplicates : duplicates.filter((d) => d.status === 'published');
  const hidden = duplicates.length - shown.length;
  return (
    <section aria-labelledby="duplicates-h">
      <h2 id="duplicates-h">{t('libraryEditorial.duplicates.heading', { count: duplicates.length })}</h2>
      <p>
        {editor ? t('libraryEditorial.duplicates.editorIntro') : t('libraryEditorial.duplicates.memberIntro')}
      </p>
      {shown.length > 0 && (
        <ul>
          {shown.map((d) => (
            <li key={d.id}>
              <a href={editor ? `/${locale}/admin/library/${d.id}/edit` : `/${locale}/library/${d.slug}`}>
                {d.title}
              </a>{' '}
              <span class="meta">
                — {d.reasons.map((r) => t(reasonKey(r))).join(', ')}
                {editor && ` · ${t(statusKey(d.status))}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && <p>{t('libraryEditorial.duplicates.pending', { count: hidden })}</p>}
    </section>
  );
}
