import type { FieldError } from '../../../core/errors.ts';
import { LOCALES, languageName } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { describe, Field } from '../../../ui/forms.tsx';
import { DESCRIPTION_MAX, LABEL_MAX } from '../schemas.ts';
import type { Choice } from '../screens.ts';

export type FormValues = Record<string, string | undefined>;

export { Notice } from '../../../ui/forms.tsx';

/** A select of terms, indented by depth so the tree shows without scripts. */
export function TermSelect({
  name,
  label,
  choices,
  selected,
  empty,
  errors,
}: {
  name: string;
  label: string;
  choices: Choice[];
  selected?: string;
  empty: string;
  errors: FieldError[];
}) {
  return (
    <Field name={name} label={label} errors={errors}>
      <select {...describe(name, errors)}>
        <option value="">{empty}</option>
        {choices.map((c) => (
          <option key={c.id} value={String(c.id)} selected={selected === String(c.id)}>
            {`${'— '.repeat(c.depth)}${c.label}`}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** One label (and optionally one description) per language, English first and required. */
export function LabelInputs({
  values,
  errors,
  descriptions,
}: {
  values: FormValues;
  errors: FieldError[];
  descriptions?: boolean;
}) {
  const { t, locale } = useCtx();
  return (
    <>
      {LOCALES.map((l) => {
        const language = languageName(l, locale);
        const name = `label_${l}`;
        const descName = `description_${l}`;
        return (
          <fieldset key={l} lang={l === locale ? undefined : l}>
            <legend lang={locale}>{language.charAt(0).toLocaleUpperCase(locale) + language.slice(1)}</legend>
            <Field
              name={name}
              label={`${t('taxonomy.field.label', { language })}${l === 'en' ? '' : ` ${t('ui.form.optional')}`}`}
              hint={l === 'en' ? t('taxonomy.field.labelHint') : undefined}
              errors={errors}
            >
              <input
                {...describe(name, errors, l === 'en')}
                type="text"
                value={values[name] ?? ''}
                maxLength={LABEL_MAX}
                required={l === 'en'}
              />
            </Field>
            {descriptions && (
              <Field
                name={descName}
                label={`${t('taxonomy.field.description', { language })} ${t('ui.form.optional')}`}
                errors={errors}
              >
                <textarea {...describe(descName, errors)} rows={2} maxLength={DESCRIPTION_MAX}>
                  {values[descName] ?? ''}
                </textarea>
              </Field>
            )}
          </fieldset>
        );
      })}
    </>
  );
}
