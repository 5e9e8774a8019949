import { formatDateTime, languageName, type MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import type { FieldDiff } from '../revisions/diff.ts';
import type { RevisionRow } from '../revisions/repository.ts';

interface Props {
  itemId: string;
  title: string;
  version: number;
  editPath: string;
  revisions: RevisionRow[];
  compared?: { from: number; to: number; diff: FieldDiff[] };
  notice?: string;
}

/** `title.fr` → "Title (French)". */
function FieldName({ field }: { field: string }) {
  const { t, locale } = useCtx();
  const [name, lang] = field.split('.');
  const label = t(`editorial.field.${name}` as MessageKey);
  return <>{lang ? `${label} (${languageName(lang, locale)})` : label}</>;
}

/**
 * An item's revisions: pick any two to compare (a GET form of radio buttons), read the
 * differences field by field (removed words struck through, added ones marked), restore one.
 */
export function HistoryPage({ itemId, title, version, editPath, revisions, compared, notice }: Props) {
  const { t, locale, user } = useCtx();
  const base = `/${locale}/admin/history/${itemId}`;
  const zone = user?.timeZone ?? 'UTC';
  const heading = t('editorial.history.title', { title });
  const who = (r: RevisionRow) => r.actorName ?? t('editorial.panel.platform');
  const note = (r: RevisionRow) =>
    r.note?.startsWith('restore:')
      ? t('editorial.history.restoredFrom', { number: r.note.slice(8) })
      : r.note;
  return (
    <Layout title={heading} section="admin" indexable={false}>
      <p class="meta">
        <a href={editPath}>{t('editorial.history.back')}</a>
      </p>
      <h1>{heading}</h1>
      <AdminNav current="review" />
      <Notice text={notice} />
      {revisions.length === 0 ? (
        <p>{t('editorial.history.none')}</p>
      ) : (
        <form method="get" action={base}>
          <div class="table-wrap">
            <table>
              <caption>{t('editorial.history.caption', { count: revisions.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('editorial.history.revision')}</th>
                  <th scope="col">{t('editorial.history.compareFrom')}</th>
                  <th scope="col">{t('editorial.history.compareTo')}</th>
                  <th scope="col">{t('admin.audit.when')}</th>
                  <th scope="col">{t('admin.audit.who')}</th>
                </tr>
              </thead>
              <tbody>
                {revisions.map((r) => (
                  <tr key={r.number}>
                    <th scope="row">
                      {t('editorial.history.number', { number: r.number })}
                      {note(r) && <span class="meta"> — {note(r)}</span>}
                    </th>
                    <td>
                      <input
                        type="radio"
                        name="from"
                        value={String(r.number)}
                        checked={compared?.from === r.number}
                        aria-label={t('editorial.history.fromLabel', { number: r.number })}
                      />
                    </td>
                    <td>
                      <input
                        type="radio"
                        name="to"
                        value={String(r.number)}
                        checked={compared?.to === r.number}
                        aria-label={t('editorial.history.toLabel', { number: r.number })}
                      />
                    </td>
                    <td>
                      <time dateTime={r.at.toISOString()}>{formatDateTime(locale, r.at, zone)}</time>
                    </td>
                    <td>{who(r)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="submit">{t('editorial.history.compare')}</button>
        </form>
      )}
      {compared && (
        <section aria-labelledby="diff-h">
          <h2 id="diff-h">{t('editorial.history.diffHeading', { from: compared.from, to: compared.to })}</h2>
          {compared.diff.length === 0 ? (
            <p>{t('editorial.history.same')}</p>
          ) : (
            <dl class="diff">
              {compared.diff.map((d) => (
                <div key={d.field}>
                  <dt>
                    <FieldName field={d.field} />
                  </dt>
                  <dd>
                    {d.parts.map((p, i) =>
                      p.change === 'added' ? (
                        <ins key={i}>{p.text}</ins>
                      ) : p.change === 'removed' ? (
                        <del key={i}>{p.text}</del>
                      ) : (
                        <span key={i}>{p.text}</span>
                      ),
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          )}
          {compared.from !== revisions[0]?.number && (
            <form method="post" action={`${base}/${compared.from}/restore`}>
              <CsrfField />
              <input type="hidden" name="version" value={String(version)} />
              <button type="submit" class="secondary">
                {t('editorial.history.restore', { number: compared.from })}
              </button>
            </form>
          )}
        </section>
      )}
    </Layout>
  );
}
