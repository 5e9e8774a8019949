import type { FieldError } from '../../../core/errors.ts';
import { formatNumber, languageName, type MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, ErrorSummary, Field, Notice, describe } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import { countryName } from '../../taxonomy/countries.ts';
import type { WebinarPageData } from '../read.ts';
import type { Breakdown } from '../stats/repository.ts';
import { formatSlot, localParts } from '../time.ts';

export interface WebinarStats {
  byDay: { day: string; count: number; total: number }[];
  byCountry: Breakdown[];
  byRegion: Breakdown[];
  bySector: Breakdown[];
  byLanguage: Breakdown[];
}

interface Props {
  id: string;
  data: WebinarPageData;
  stats: WebinarStats;
  errors?: FieldError[];
  notice?: string;
}

/** One webinar for its organisers: registrations and statistics, attendance, slides, filing, cancelling. */
export function ManagePage({ id, data, stats, errors = [], notice }: Props) {
  const { t, locale } = useCtx();
  const base = `/${locale}/admin/webinars/${id}`;
  const w = data.webinar;
  const c = data.counts;
  // The planner opens on this webinar's slot and target regions.
  const local = localParts(w.startsAt, w.timeZone);
  const plannerQuery = new URLSearchParams({
    date: local.day,
    time: local.clock,
    timeZone: w.timeZone,
    durationMinutes: String(w.durationMinutes),
  });
  for (const r of w.targetRegions) plannerQuery.append('regions', r);
  const plannerUrl = `/${locale}/admin/webinars/planner?${plannerQuery}`;
  const table = (caption: MessageKey, rows: Breakdown[], label: (k: string) => string) => (
    <table>
      <caption>{t(caption)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('webinars.stats.group')}</th>
          <th scope="col">{t('webinars.admin.col.registered')}</th>
          <th scope="col">{t('webinars.admin.col.waitlisted')}</th>
          <th scope="col">{t('webinars.stats.attended')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key ?? '-'}>
            <th scope="row">{r.key ? label(r.key) : t('webinars.stats.unknown')}</th>
            <td>{formatNumber(locale, r.registered)}</td>
            <td>{formatNumber(locale, r.waitlisted)}</td>
            <td>{formatNumber(locale, r.attended)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <Layout title={data.texts.title} section="admin" indexable={false}>
      <p class="meta">
        <a href={`/${locale}/admin/webinars`}>{t('webinars.admin.title')}</a>
      </p>
      <h1>{data.texts.title}</h1>
      <AdminNav current="webinars" />
      <Notice text={notice} />
      <ErrorSummary errors={errors} />
      <p>
        {formatSlot(locale, w.startsAt, w.durationMinutes, w.timeZone)} ({w.timeZone})
        {w.cancelledAt && ` — ${t('webinars.cancelled')}`}
      </p>
      <p>
        <a href={`${base}/edit`}>{t('webinars.admin.edit')}</a> ·{' '}
        <a href={`/${locale}/webinars/${data.slug}`}>{t('webinars.admin.publicPage')}</a> ·{' '}
        <a href={`${base}/registrations.csv`}>{t('webinars.stats.export')}</a> ·{' '}
        <a href={plannerUrl}>{t('webinars.planner.title')}</a>
      </p>
      <h2>{t('webinars.stats.title')}</h2>
      <ul>
        <li>
          {t('webinars.stats.registered', {
            count: c.registered,
            formatted: formatNumber(locale, c.registered),
          })}
        </li>
        <li>
          {t('webinars.stats.waitlisted', {
            count: c.waitlisted,
            formatted: formatNumber(locale, c.waitlisted),
          })}
        </li>
        <li>
          {t('webinars.stats.pending', { count: c.pending, formatted: formatNumber(locale, c.pending) })}
        </li>
        <li>
          {t('webinars.stats.cancelled', {
            count: c.cancelled,
            formatted: formatNumber(locale, c.cancelled),
          })}
        </li>
      </ul>
      <table>
        <caption>{t('webinars.stats.overTime')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('webinars.stats.day')}</th>
            <th scope="col">{t('webinars.stats.new')}</th>
            <th scope="col">{t('webinars.stats.total')}</th>
          </tr>
        </thead>
        <tbody>
          {stats.byDay.map((d) => (
            <tr key={d.day}>
              <th scope="row">{d.day}</th>
              <td>{formatNumber(locale, d.count)}</td>
              <td>{formatNumber(locale, d.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {table('webinars.stats.byRegion', stats.byRegion, (k) => t(`webinars.region.${k}` as MessageKey))}
      {table('webinars.stats.byCountry', stats.byCountry, (k) => countryName(k ?? '', locale))}
      {table('webinars.stats.bySector', stats.bySector, (k) => t(`accounts.sector.${k}` as MessageKey))}
      {table('webinars.stats.byLanguage', stats.byLanguage, (k) => languageName(k ?? '', locale))}

      <h2>{t('webinars.attendance.title')}</h2>
      <form method="post" action={`${base}/attendance`} enctype="multipart/form-data">
        <CsrfField />
        <Field
          name="file"
          label={t('webinars.attendance.file')}
          hint={t('webinars.attendance.hint')}
          errors={errors}
        >
          <input {...describe('file', errors, true)} type="file" accept=".csv,text/csv" required />
        </Field>
        <button type="submit">{t('webinars.attendance.import')}</button>
      </form>

      <h2>{t('webinars.slides.title')}</h2>
      {data.files.length > 0 && (
        <ul>
          {data.files.map((f) => (
            <li key={f.id}>
              {f.filename}{' '}
              <form method="post" action={`${base}/files/${f.id}/remove`} class="inline">
                <CsrfField />
                <button type="submit" class="link-button">
                  {t('webinars.slides.remove', { name: f.filename })}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={`${base}/files`} enctype="multipart/form-data">
        <CsrfField />
        <Field name="slides" label={t('webinars.slides.file')} errors={errors}>
          <input {...describe('slides', errors)} type="file" name="file" required />
        </Field>
        <button type="submit">{t('webinars.slides.add')}</button>
      </form>
      <h2>{t('webinars.library.title')}</h2>
      {data.publicationSlug ? (
        <p>
          <a href={`/${locale}/library/${data.publicationSlug}`}>{t('webinars.archive.inLibrary')}</a>
        </p>
      ) : (
        <form method="post" action={`${base}/file-into-library`}>
          <CsrfField />
          <p>{t('webinars.library.intro')}</p>
          <button type="submit">{t('webinars.library.file')}</button>
        </form>
      )}
      {!w.cancelledAt && (
        <>
          <h2>{t('webinars.cancel.title')}</h2>
          <form method="post" action={`${base}/cancel`} data-confirm={t('webinars.cancel.confirm')}>
            <CsrfField />
            <p>{t('webinars.cancel.intro')}</p>
            <button type="submit" class="danger">
              {t('webinars.cancel.submit')}
            </button>
          </form>
        </>
      )}
    </Layout>
  );
}
