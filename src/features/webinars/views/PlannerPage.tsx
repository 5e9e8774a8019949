import type { FieldError } from '../../../core/errors.ts';
import type { MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { describe, ErrorSummary, Field } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { TIME_ZONES } from '../../accounts/schemas.ts';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import { countryName } from '../../taxonomy/countries.ts';
import { type CapitalSlot, PLANNER_REGIONS, type SuggestedSlot } from '../planner.ts';
import { formatSlot, localParts } from '../time.ts';

interface Props {
  values: { date: string; time: string; timeZone: string; durationMinutes: string; regions: string[] };
  slots: CapitalSlot[] | null;
  suggestions: SuggestedSlot[];
  errors?: FieldError[];
}

/**
 * The organisers' time-zone planner: a proposed slot in the capitals of the target regions,
 * flagged where it falls outside 08:00–20:00, and the best slots of that day. A GET form.
 */
export function PlannerPage({ values, slots, suggestions, errors = [] }: Props) {
  const { t, locale } = useCtx();
  const minutes = Number(values.durationMinutes) || 90;
  const tryUrl = (start: Date) => {
    const local = localParts(start, values.timeZone);
    const q = new URLSearchParams({
      date: local.day,
      time: local.clock,
      timeZone: values.timeZone,
      durationMinutes: String(minutes),
    });
    for (const r of values.regions) q.append('regions', r);
    return `/${locale}/admin/webinars/planner?${q}`;
  };
  return (
    <Layout title={t('webinars.planner.title')} section="admin" indexable={false}>
      <h1>{t('webinars.planner.title')}</h1>
      <AdminNav current="webinars" />
      <p>{t('webinars.planner.intro')}</p>
      <ErrorSummary errors={errors} />
      <form method="get" action={`/${locale}/admin/webinars/planner`}>
        <Field name="date" label={t('webinars.field.date')} errors={errors}>
          <input {...describe('date', errors)} type="date" value={values.date} required />
        </Field>
        <Field name="time" label={t('webinars.field.time')} errors={errors}>
          <input {...describe('time', errors)} type="time" value={values.time} required />
        </Field>
        <Field name="timeZone" label={t('webinars.field.organiserZone')} errors={errors}>
          <select {...describe('timeZone', errors)} data-suggest-timezone>
            {TIME_ZONES.map((z) => (
              <option key={z} value={z} selected={values.timeZone === z}>
                {z.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
        </Field>
        <Field name="durationMinutes" label={t('webinars.field.duration')} errors={errors}>
          <input
            {...describe('durationMinutes', errors)}
            type="number"
            min={15}
            max={480}
            value={values.durationMinutes}
          />
        </Field>
        <fieldset id="f-regions">
          <legend>{t('webinars.field.targetRegions')}</legend>
          {PLANNER_REGIONS.map((r) => (
            <label key={r} class="check">
              <input type="checkbox" name="regions" value={r} checked={values.regions.includes(r)} />{' '}
              {t(`webinars.region.${r}` as MessageKey)}
            </label>
          ))}
        </fieldset>
        <button type="submit">{t('webinars.planner.check')}</button>
      </form>
      {slots && (
        <>
          <table>
            <caption>{t('webinars.planner.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webinars.planner.col.capital')}</th>
                <th scope="col">{t('webinars.planner.col.local')}</th>
                <th scope="col">{t('webinars.planner.col.fits')}</th>
              </tr>
            </thead>
            <tbody>
              {slots.map((s) => (
                <tr key={s.zone} class={s.outside ? 'outside' : undefined}>
                  <th scope="row">
                    {countryName(s.country, locale)} ({s.zone.split('/').pop()!.replaceAll('_', ' ')})
                  </th>
                  <td>
                    {s.date} {s.start}–{s.end}
                  </td>
                  <td>{s.outside ? t('webinars.planner.outside') : t('webinars.planner.inside')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t('webinars.planner.suggestions')}</h2>
          <ol>
            {suggestions.map((s) => (
              <li key={s.start.toISOString()}>
                <a href={tryUrl(s.start)}>{formatSlot(locale, s.start, minutes, values.timeZone)}</a> —{' '}
                {t('webinars.planner.fitCount', { inside: s.inside, total: s.total })}
              </li>
            ))}
          </ol>
        </>
      )}
    </Layout>
  );
}
