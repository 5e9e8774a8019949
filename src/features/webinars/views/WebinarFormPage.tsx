import type { FieldError } from '../../../core/errors.ts';
import { LOCALES, languageName, type MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { TIME_ZONES } from '../../accounts/schemas.ts';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import { PLANNER_REGIONS } from '../planner.ts';
import { WEBINAR_LANGUAGES } from '../schemas.ts';

export type WebinarValues = Record<string, string | string[] | undefined>;

interface Props {
  id?: string;
  values: WebinarValues;
  organisations: { id: string; name: string }[];
  errors?: FieldError[];
  notice?: string;
}

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

/** Scheduling a webinar: time in the organiser's zone, texts per language, people, languages. */
export function WebinarFormPage({ id, values, organisations, errors = [], notice }: Props) {
  const { t, locale } = useCtx();
  const base = `/${locale}/admin/webinars`;
  const heading = id ? t('webinars.admin.edit') : t('webinars.admin.new');
  const checkboxes = (name: string, options: readonly string[], label: (o: string) => string) => (
    <fieldset id={`f-${name}`}>
      <legend>{t(`webinars.field.${name}` as MessageKey)}</legend>
      {options.map((o) => (
        <label key={o} class="check">
          <input type="checkbox" name={name} value={o} checked={list(values[name]).includes(o)} /> {label(o)}
        </label>
      ))}
    </fieldset>
  );
  return (
    <Layout title={heading} section="admin" indexable={false}>
      <p class="meta">
        <a href={base}>{t('webinars.admin.title')}</a>
      </p>
      <h1>{heading}</h1>
      <AdminNav current="webinars" />
      <Notice text={notice} />
      <ErrorSummary errors={errors} />
      <form method="post" action={id ? `${base}/${id}/edit` : `${base}/new`}>
        <CsrfField />
        {values.version !== undefined && <input type="hidden" name="version" value={one(values.version)} />}
        <Field name="originalLocale" label={t('webinars.field.originalLocale')} errors={errors}>
          <select {...describe('originalLocale', errors)}>
            {LOCALES.map((l) => (
              <option key={l} value={l} selected={(one(values.originalLocale) || locale) === l}>
                {languageName(l, locale)}
              </option>
            ))}
          </select>
        </Field>
        {LOCALES.map((l) => (
          <fieldset key={l}>
            <legend>{languageName(l, locale)}</legend>
            <Field name={`title_${l}`} label={t('webinars.field.title')} errors={errors}>
              <input
                {...describe(`title_${l}`, errors)}
                value={one(values[`title_${l}`])}
                maxLength={300}
                lang={l}
              />
            </Field>
            <Field name={`description_${l}`} label={t('webinars.field.description')} errors={errors}>
              <textarea {...describe(`description_${l}`, errors)} rows={5} maxLength={20000} lang={l}>
                {one(values[`description_${l}`])}
              </textarea>
            </Field>
            {id && (
              <Field name={`summary_${l}`} label={t('webinars.field.summary')} errors={errors}>
                <textarea {...describe(`summary_${l}`, errors)} rows={4} maxLength={20000} lang={l}>
                  {one(values[`summary_${l}`])}
                </textarea>
              </Field>
            )}
          </fieldset>
        ))}
        <Field name="date" label={t('webinars.field.date')} errors={errors}>
          <input {...describe('date', errors)} type="date" value={one(values.date)} required />
        </Field>
        <Field name="time" label={t('webinars.field.time')} errors={errors}>
          <input {...describe('time', errors)} type="time" value={one(values.time)} required />
        </Field>
        <Field name="timeZone" label={t('webinars.field.organiserZone')} errors={errors}>
          <select {...describe('timeZone', errors)} data-suggest-timezone>
            {TIME_ZONES.map((z) => (
              <option key={z} value={z} selected={(one(values.timeZone) || 'UTC') === z}>
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
            value={one(values.durationMinutes) || '90'}
            required
          />
        </Field>
        <Field
          name="capacity"
          label={t('webinars.field.capacity')}
          hint={t('webinars.field.capacityHint')}
          errors={errors}
        >
          <input {...describe('capacity', errors, true)} type="number" min={1} value={one(values.capacity)} />
        </Field>
        <Field
          name="meetingUrl"
          label={t('webinars.field.meetingUrl')}
          hint={t('webinars.field.meetingUrlHint')}
          errors={errors}
        >
          <input
            {...describe('meetingUrl', errors, true)}
            type="url"
            value={one(values.meetingUrl)}
            maxLength={500}
          />
        </Field>
        <Field
          name="moderator"
          label={t('webinars.field.moderator')}
          hint={t('webinars.field.peopleHint')}
          errors={errors}
        >
          <input {...describe('moderator', errors, true)} value={one(values.moderator)} maxLength={600} />
        </Field>
        <Field
          name="speakers"
          label={t('webinars.field.speakers')}
          hint={t('webinars.field.peopleHint')}
          errors={errors}
        >
          <textarea {...describe('speakers', errors, true)} rows={5}>
            {one(values.speakers)}
          </textarea>
        </Field>
        {checkboxes('spokenLanguages', WEBINAR_LANGUAGES, (l) => languageName(l, locale))}
        {checkboxes('interpretation', WEBINAR_LANGUAGES, (l) => languageName(l, locale))}
        {checkboxes('targetRegions', PLANNER_REGIONS, (r) => t(`webinars.region.${r}` as MessageKey))}
        {checkboxes(
          'organisationIds',
          organisations.map((o) => o.id),
          (oid) => organisations.find((o) => o.id === oid)?.name ?? oid,
        )}
        {id && (
          <Field name="recordingUrl" label={t('webinars.field.recordingUrl')} errors={errors}>
            <input
              {...describe('recordingUrl', errors)}
              type="url"
              value={one(values.recordingUrl)}
              maxLength={500}
            />
          </Field>
        )}
        <label class="check">
          <input type="checkbox" name="publish" value="on" checked={one(values.publish) === 'on'} />{' '}
          {t('webinars.field.publish')}
        </label>
        <p>
          <button type="submit">{t('webinars.admin.save')}</button>
        </p>
      </form>
    </Layout>
  );
}
