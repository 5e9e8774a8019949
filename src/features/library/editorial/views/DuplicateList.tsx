import { useCtx } from '../../../../core/render/context.ts';
import type { DuplicateRow } from '../repository.ts';
import { reasonKey, statusKey } from './labels.ts';

/**
 * Possible duplicates. Editors see every one with a link to its edit page and its status; a
 * member sees only the published ones, with a link — nothing tells them that unpublished
 * publications exist (not their number either), only that the editors look further.
 */
export function DuplicateList({ duplicates, editor }: { duplicates: DuplicateRow[]; editor?: boolean }) {
  const { t, locale } = useCtx();
  const shown = editor ? duplicates : duplicates.filter((d) => d.status === 'published');
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="duplicates-h">
      <h2 id="duplicates-h">{t('libraryEditorial.duplicates.heading', { count: shown.length })}</h2>
      <p>
        {editor ? t('libraryEditorial.duplicates.editorIntro') : t('libraryEditorial.duplicates.memberIntro')}
      </p>
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
      {!editor && <p>{t('libraryEditorial.duplicates.memberMore')}</p>}
    </section>
  );
}
