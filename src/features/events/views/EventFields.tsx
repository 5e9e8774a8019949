import type { FieldError } from '../../../core/errors.ts';
import { LOCALES, languageName } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { describe, Field } from '../../../ui/forms.tsx';
import {
  type FormValues,
  Select,
  TermChecks,
  TextArea,
  TextInput,
  textValue,
} from '../../library/editorial/views/controls.tsx';
import type { TermOption } from '../../taxonomy/index.tsx';
import { countryOptions } from '../../taxonomy/countries.ts';
import { ATTENDANCE_MODES, EVENT_KINDS } from '../tables.ts';

export interface EventFormOptions {
  topics: TermOption[];
  programmeAreas: TermOption[];
  organisations: { id: string; name: string; acronym: string | null }[];
}

/** The event form's fields, shared by the member's submission and the editor's screen. */
export function EventFields({
  values,
  errors,
  options,
  editor,
}: {
  values: FormValues;
  errors: FieldError[];
  options: EventFormOptions;
  editor?: boolean;
}) {
  const { t, locale } = useCtx();
  const common = { values, errors };
  const original = textValue(values, 'originalLocale') || locale;
  return (
    <>
      <fieldset>
        <legend>{t('events.form.what')}</legend>
        <TextInput name="title" label={t('events.field.title')} maxLength={300} {...common} />
        <TextArea name="summary" label={t('events.field.summary')} rows={4} maxLength={5000} {...common} />
        <TextArea name="body" label={t('events.field.body')} optional maxLength={50_000} {...common} />
        <Select
          name="originalLocale"
          label={t('events.field.originalLocale')}
          options={LOCALES.map((l) => ({ value: l, label: languageName(l, locale) }))}
          {...common}
          values={{ ...values, originalLocale: original }}
        />
        <Select
          name="kind"
          label={t('events.field.kind')}
          options={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kind.${k}`) }))}
          placeholder={t('events.form.choose')}
          {...common}
        />
      </fieldset>
      <fieldset>
        <legend>{t('events.form.when')}</legend>
        <p class="hint">{t('events.form.whenHint')}</p>
        <TextInput name="startDate" label={t('events.field.startDate')} type="date" {...common} />
        <TextInput
          name="startTime"
          label={t('events.field.startTime')}
          hint={t('events.form.timeHint')}
          optional
          maxLength={5}
          {...common}
        />
        <TextInput name="endDate" label={t('events.field.endDate')} type="date" {...common} />
        <TextInput name="endTime" label={t('events.field.endTime')} optional maxLength={5} {...common} />
        <TextInput
          name="timeZone"
          label={t('events.field.timeZone')}
          hint={t('events.form.zoneHint')}
          maxLength={64}
          {...common}
        />
        <Field name="allDay" label={t('events.field.allDay')} errors={errors}>
          <input
            type="checkbox"
            value="1"
            checked={textValue(values, 'allDay') === '1'}
            {...describe('allDay', errors)}
          />
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t('events.form.where')}</legend>
        <Select
          name="mode"
          label={t('events.field.mode')}
          options={ATTENDANCE_MODES.map((m) => ({ value: m, label: t(`events.mode.${m}`) }))}
          placeholder={t('events.form.choose')}
          {...common}
        />
        <TextInput name="venue" label={t('events.field.venue')} optional maxLength={200} {...common} />
        <TextInput name="city" label={t('events.field.city')} optional maxLength={200} {...common} />
        <Select
          name="country"
          label={t('events.field.country')}
          hint={t('events.form.countryHint')}
          optional
          placeholder={t('events.form.choose')}
          options={countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))}
          {...common}
        />
        <TextInput name="onlineUrl" label={t('events.field.onlineUrl')} type="url" optional {...common} />
        <TextInput
          name="registrationUrl"
          label={t('events.field.registrationUrl')}
          type="url"
          optional
          {...common}
        />
        <TextInput name="websiteUrl" label={t('events.field.websiteUrl')} type="url" optional {...common} />
      </fieldset>
      <fieldset>
        <legend>{t('events.form.about')}</legend>
        <Select
          name="organisations"
          label={t('events.field.organisers')}
          optional
          multiple
          options={options.organisations.map((o) => ({
            value: o.id,
            label: o.acronym ? `${o.name} (${o.acronym})` : o.name,
          }))}
          {...common}
        />
        <TermChecks name="topics" label={t('events.field.topics')} terms={options.topics} {...common} />
        <TermChecks
          name="programmeAreas"
          label={t('events.field.programmeAreas')}
          terms={options.programmeAreas}
          {...common}
        />
      </fieldset>
      {editor && (
        <fieldset>
          <legend>{t('events.form.translations')}</legend>
          {LOCALES.filter((l) => l !== original).map((l) => (
            <div key={l}>
              <TextInput
                name={`title_${l}`}
                label={t('events.field.titleIn', { language: languageName(l, locale) })}
                optional
                lang={l}
                maxLength={300}
                {...common}
              />
              <TextArea
                name={`summary_${l}`}
                label={t('events.field.summaryIn', { language: languageName(l, locale) })}
                optional
                lang={l}
                rows={3}
                maxLength={5000}
                {...common}
              />
            </div>
          ))}
        </fieldset>
      )}
    </>
  );
}
