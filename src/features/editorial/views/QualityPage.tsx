import { formatDate, type MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import type { BrokenLinkRow, DuplicatePairRow, IncompleteRow } from '../quality/repository.ts';
import { statusKey } from './labels.ts';

interface Props {
  incomplete: { rows: IncompleteRow[]; total: number };
  broken: BrokenLinkRow[];
  duplicates: DuplicatePairRow[];
  editPath: (type: string, id: string) => string;
}

/** The team's quality lists: missing metadata, broken links, suspected duplicates. */
export function QualityPage({ incomplete, broken, duplicates, editPath }: Props) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('editorial.quality.title')} section="admin" indexable={false}>
      <h1>{t('editorial.quality.title')}</h1>
      <AdminNav current="quality" />
      <section aria-labelledby="q-meta">
        <h2 id="q-meta">{t('editorial.quality.metadata', { count: incomplete.total })}</h2>
        {incomplete.rows.length === 0 ? (
          <p>{t('editorial.quality.metadataNone')}</p>
        ) : (
          <ul>
            {incomplete.rows.map((r) => (
              <li key={r.id}>
                <a href={editPath(r.type, r.id)}>{r.title}</a>{' '}
                <span class="meta">({t(statusKey(r.status))})</span> —{' '}
                {r.problems.map((p) => t(`editorial.quality.missing.${p}` as MessageKey)).join(', ')}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="q-links">
        <h2 id="q-links">{t('editorial.quality.links', { count: broken.length })}</h2>
        <p>{t('editorial.quality.linksIntro')}</p>
        {broken.length === 0 ? (
          <p>{t('editorial.quality.linksNone')}</p>
        ) : (
          <ul>
            {broken.map((b) => (
              <li key={`${b.itemId}-${b.url}`}>
                <a href={editPath(b.type, b.itemId)}>{b.title}</a>: <code>{b.url}</code> —{' '}
                {b.statusCode
                  ? t('editorial.quality.status', { status: b.statusCode })
                  : t(`editorial.quality.error.${b.error ?? 'unreachable'}` as MessageKey)}
                {', '}
                {t('editorial.quality.failures', {
                  count: b.failures,
                  date: formatDate(locale, b.checkedAt, 'medium'),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="q-dup">
        <h2 id="q-dup">{t('editorial.quality.duplicates', { count: duplicates.length })}</h2>
        {duplicates.length === 0 ? (
          <p>{t('editorial.quality.duplicatesNone')}</p>
        ) : (
          <ul>
            {duplicates.map((d) => (
              <li key={`${d.itemId}-${d.otherId}-${d.reason}`}>
                <a href={editPath(d.itemType, d.itemId)}>{d.itemTitle}</a> ↔{' '}
                <a href={editPath(d.itemType, d.otherId)}>{d.otherTitle}</a>{' '}
                <span class="meta">({t(`libraryEditorial.reason.${d.reason}` as MessageKey)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
