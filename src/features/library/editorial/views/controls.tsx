import type { FieldError } from '../../../../core/errors.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { describe, Field } from '../../../../ui/forms.tsx';
import type { TermOption } from '../../../taxonomy/index.tsx';

/** What a form shows: the values typed (or stored), by field name. */
export type FormValues = Record<string, string | string[] | undefined>;

export const textValue = (values: FormValues, name: string): string => {
  const v = values[name];
  return typeof v === 'string' ? v : '';
};

export const listValue = (values: FormValues, name: string): Set<string> => {
  const v = values[name];
  return new Set(v === undefined ? [] : [v].flat());
};

interface Common {
  name: string;
  label: string;
  values: FormValues;
  errors: FieldError[];
  hint?: string;
  optional?: boolean;
  lang?: string;
}

function useLabel(label: string, optional?: boolean) {
  const { t } = useCtx();
  return optional ? `${label} ${t('ui.form.optional')}` : label;
}

export function TextInput({
  name,
  label,
  values,
  errors,
  hint,
  optional,
  lang,
  maxLength,
  type = 'text',
  inputMode,
}: Common & { maxLength?: number; type?: 'text' | 'url' | 'date'; inputMode?: 'numeric' }) {
  const attrs = {
    ...describe(name, errors, !!hint),
    value: textValue(values, name),
    maxLength,
    inputMode,
    required: !optional,
    lang,
  };
  return (
    <Field name={name} label={useLabel(label, optional)} errors={errors} hint={hint}>
      {type === 'date' ? (
        <input type="date" {...attrs} />
      ) : type === 'url' ? (
        <input type="url" spellcheck={false} {...attrs} />
      ) : (
        <input type="text" {...attrs} />
      )}
    </Field>
  );
}

export function TextArea({
  name,
  label,
  values,
  errors,
  hint,
  optional,
  lang,
  maxLength,
  rows = 6,
}: Common & { maxLength?: number; rows?: number }) {
  return (
    <Field name={name} label={useLabel(label, optional)} errors={errors} hint={hint}>
      <textarea
        {...describe(name, errors, !!hint)}
        rows={rows}
        maxLength={maxLength}
        required={!optional}
        lang={lang}
      >
        {textValue(values, name)}
      </textarea>
    </Field>
  );
}

/** A single or multiple choice list; a multiple one says how to choose several. */
export function Select({
  name,
  label,
  values,
  errors,
  hint,
  optional,
  options,
  placeholder,
  multiple,
}: Common & {
  options: { value: string; label: string; lang?: string }[];
  placeholder?: string;
  multiple?: boolean;
}) {
  const { t } = useCtx();
  const chosen = listValue(values, name);
  const fullHint = multiple ? [hint, t('libraryEditorial.hint.multiple')].filter(Boolean).join(' ') : hint;
  return (
    <Field name={name} label={useLabel(label, optional)} errors={errors} hint={fullHint}>
      <select
        {...describe(name, errors, !!fullHint)}
        multiple={multiple}
        size={multiple ? 8 : undefined}
        required={!optional && !multiple}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={chosen.has(o.value)} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/**
 * Terms as checkboxes; a tree vocabulary shows as nested lists. The first box carries the
 * field's id, so the error summary's link lands on the group.
 */
export function TermChecks({
  name,
  label,
  values,
  errors,
  hint,
  terms,
}: Omit<Common, 'optional' | 'lang'> & { terms: TermOption[] }) {
  const { t, fieldLabels } = useCtx();
  if (terms.length === 0) return null;
  fieldLabels.set(name, label);
  const chosen = listValue(values, name);
  const error = errors.find((e) => e.field === name);
  const children = new Map<number | null, TermOption[]>();
  const present = new Set(terms.map((o) => o.id));
  for (const o of terms) {
    const parent = o.parentId !== null && present.has(o.parentId) ? o.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), o]);
  }
  let first = true;
  const level = (parent: number | null) => (
    <ul class="checks">
      {(children.get(parent) ?? []).map((o) => {
        const id = first ? `f-${name}` : `f-${name}-${o.id}`;
        first = false;
        return (
          <li key={o.id}>
            <input
              type="checkbox"
              id={id}
              name={name}
              value={String(o.id)}
              checked={chosen.has(String(o.id))}
            />{' '}
            <label for={id}>{o.label}</label>
            {children.has(o.id) && level(o.id)}
          </li>
        );
      })}
    </ul>
  );
  const describedBy = [hint ? `h-${name}` : '', error ? `e-${name}` : ''].filter(Boolean).join(' ');
  return (
    <fieldset class={error ? 'field-error' : undefined} aria-describedby={describedBy || undefined}>
      <legend>
        {label} {t('ui.form.optional')}
      </legend>
      {hint && (
        <p class="hint" id={`h-${name}`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error" id={`e-${name}`}>
          {t(error.messageKey, error.values)}
        </p>
      )}
      {level(null)}
    </fieldset>
  );
}

export { Notice } from '../../../../ui/forms.tsx';
