import { useCtx } from '../core/render/context.ts';

/** Previous / next links that keep the other query parameters. */
export function Pagination({ page, pages, baseUrl }: { page: number; pages: number; baseUrl: string }) {
  const { t } = useCtx();
  if (pages <= 1) return null;
  const url = (p: number) => {
    const u = new URL(baseUrl, 'http://x');
    if (p === 1) u.searchParams.delete('page');
    else u.searchParams.set('page', String(p));
    return `${u.pathname}${u.search}`;
  };
  return (
    <nav aria-label={t('ui.pagination.label')}>
      <ul class="pagination">
        {page > 1 && (
          <li>
            <a href={url(page - 1)} rel="prev">
              {t('ui.pagination.previous')}
            </a>
          </li>
        )}
        <li aria-current="page">{t('ui.pagination.status', { page, pages })}</li>
        {page < pages && (
          <li>
            <a href={url(page + 1)} rel="next">
              {t('ui.pagination.next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
