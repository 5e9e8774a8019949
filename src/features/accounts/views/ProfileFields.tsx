import type { FieldError } from '../../../core/errors.ts';
import { LOCALE_NAMES, LOCALES } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { countryOptions } from '../../taxonomy/countries.ts';
import type { InterestGroup } from '../repository.ts';
import { SECTORS, TIME_ZONES } from '../schemas.ts';
import { type FormValues, listOf, SelectField, TextField } from './controls.tsx';

interface Props {
  values?: FormValues;
  errors?: FieldError[];
}

export function NameField({ values, errors }: Props) {
  const { t } = useCtx();
  return (
    <TextField
      name="name"
      label={t('accounts.field.name')}
      values={values}
      errors={errors}
      autocomplete="name"
      maxLength={100}
    />
  );
}

/** Country, organisation, position and sector: what the member directory and statistics use. */
export function AboutYouFields({ values, errors }: Props) {
  const { t, locale } = useCtx();
  return (
    <>
      <SelectField
        name="country"
        label={t('accounts.field.country')}
        values={values}
        errors={errors}
        placeholder={t('accounts.field.choose')}
        options={countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))}
        autocomplete="country"
      />
      <TextField
        name="organisation"
        label={t('accounts.field.organisation')}
        values={values}
        errors={errors}
        autocomplete="organization"
        optional
        maxLength={200}
      />
      <TextField
        name="position"
        label={t('accounts.field.position')}
        values={values}
        errors={errors}
        autocomplete="organization-title"
        optional
        maxLength={200}
      />
      <SelectField
        name="sector"
        label={t('accounts.field.sector')}
        values={values}
        errors={errors}
        placeholder={t('accounts.field.choose')}
        options={SECTORS.map((s) => ({ value: s, label: t(`accounts.sector.${s}`) }))}
      />
    </>
  );
}

/** Checkbox groups, one per vocabulary; nothing at all when the taxonomy has no terms yet. */
export function InterestsField({ values, errors = [], groups }: Props & { groups: InterestGroup[] }) {
  const { t } = useCtx();
  if (groups.length === 0) return null;
  const chosen = new Set(listOf(values, 'interests'));
  const error = errors.find((e) => e.field === 'interests');
  let first = true;
  return (
    <fieldset
      class={error ? 'field-error' : undefined}
      aria-describedby={['h-interests', error ? 'e-interests' : ''].filter(Boolean).join(' ')}
    >
      <legend>
        {t('accounts.field.interests')} {t('ui.form.optional')}
      </legend>
      <p class="hint" id="h-interests">
        {t('accounts.field.interestsHint')}
      </p>
      {error && (
        <p class="error" id="e-interests">
          {t(error.messageKey, error.values)}
        </p>
      )}
      {groups.map((g) => (
        <fieldset key={g.vocabularyId}>
          <legend>{g.label}</legend>
          <ul class="checks">
            {g.terms.map((term) => {
              // The error summary links to #f-interests: the first box carries that id.
              const id = first ? 'f-interests' : `f-interests-${term.id}`;
              first = false;
              return (
                <li key={term.id}>
                  <input
                    type="checkbox"
                    id={id}
                    name="interests"
                    value={String(term.id)}
                    checked={chosen.has(String(term.id))}
                  />{' '}
                  <label for={id}>{term.label}</label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </fieldset>
  );
}

/** Language for e-mails and time zone for event times. */
export function PreferenceFields({ values, errors }: Props) {
  const { t, locale } = useCtx();
  return (
    <>
      <SelectField
        name="language"
        label={t('accounts.field.language')}
        hint={t('accounts.field.languageHint')}
        values={values}
        errors={errors}
        selected={locale}
        options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
      />
      <SelectField
        name="timeZone"
        label={t('accounts.field.timeZone')}
        hint={t('accounts.field.timeZoneHint')}
        values={values}
        errors={errors}
        selected="UTC"
        options={TIME_ZONES.map((z) => ({ value: z, label: z.replaceAll('_', ' ') }))}
        suggestTimeZone
      />
    </>
  );
}
