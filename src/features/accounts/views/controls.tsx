import type { ComponentChildren } from 'preact';
import type { FieldError } from '../../../core/errors.ts';
import { useCtx } from '../../../core/render/context.ts';
import { describe, Field } from '../../../ui/forms.tsx';

/** What the member typed, for re-rendering a refused form (secrets are never kept). */
export type FormValues = Record<string, string | string[] | undefined>;

export const textValue = (values: FormValues | undefined, name: string): string => {
  const v = values?.[name];
  return typeof v === 'string' ? v : '';
};

export const listOf = (values: FormValues | undefined, name: string): string[] => {
  const v = values?.[name];
  return v === undefined ? [] : [v].flat();
};

interface TextProps {
  name: string;
  label: string;
  values?: FormValues;
  errors?: FieldError[];
  type?: 'text' | 'email';
  autocomplete?: string;
  hint?: string;
  optional?: boolean;
  maxLength?: number;
}

/** A labelled text input; optional fields say so in the label rather than marking required ones. */
export function TextField({
  name,
  label,
  values,
  errors,
  type = 'text',
  autocomplete,
  hint,
  optional,
  maxLength,
}: TextProps) {
  const { t } = useCtx();
  const attrs = {
    ...describe(name, errors, !!hint),
    value: textValue(values, name),
    autocomplete,
    maxLength,
  };
  return (
    <Field
      name={name}
      label={optional ? `${label} ${t('ui.form.optional')}` : label}
      errors={errors}
      hint={hint}
    >
      {type === 'email' ? (
        <input type="email" spellcheck={false} {...attrs} />
      ) : (
        <input type="text" {...attrs} />
      )}
    </Field>
  );
}

/** A password input: never pre-filled, so a refused form does not echo a secret. */
export function PasswordField({
  name,
  label,
  errors,
  autocomplete,
  hint,
}: {
  name: string;
  label: string;
  errors?: FieldError[];
  autocomplete: 'new-password' | 'current-password';
  hint?: string;
}) {
  return (
    <Field name={name} label={label} errors={errors} hint={hint}>
      <input
        type="password"
        {...describe(name, errors, !!hint)}
        autocomplete={autocomplete}
        maxLength={128}
      />
    </Field>
  );
}

/** A new password and its confirmation, as registration, reset and change all ask for them. */
export function NewPasswordFields({
  name,
  label,
  errors,
}: {
  name: string;
  label: string;
  errors?: FieldError[];
}) {
  const { t } = useCtx();
  return (
    <>
      <PasswordField
        name={name}
        label={label}
        hint={t('accounts.password.hint')}
        errors={errors}
        autocomplete="new-password"
      />
      <PasswordField
        name="confirmPassword"
        label={t('accounts.field.confirmPassword')}
        errors={errors}
        autocomplete="new-password"
      />
    </>
  );
}

export function SelectField({
  name,
  label,
  values,
  errors,
  options,
  placeholder,
  hint,
  selected,
  autocomplete,
  suggestTimeZone,
}: {
  name: string;
  label: string;
  values?: FormValues;
  errors?: FieldError[];
  options: { value: string; label: string }[];
  placeholder?: string;
  hint?: string;
  /** Used when the form has no value yet. */
  selected?: string;
  autocomplete?: string;
  suggestTimeZone?: boolean;
}) {
  const current = textValue(values, name) || selected || '';
  return (
    <Field name={name} label={label} errors={errors} hint={hint}>
      <select
        {...describe(name, errors, !!hint)}
        autocomplete={autocomplete}
        data-suggest-timezone={suggestTimeZone ? '' : undefined}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === current}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A status message after a successful action (announced politely to screen readers). */
export function Notice({ children }: { children: ComponentChildren }) {
  return (
    <div class="notice" role="status">
      {children}
    </div>
  );
}

export function SubmitButton({ children, danger }: { children: ComponentChildren; danger?: boolean }) {
  return (
    <button type="submit" class={danger ? 'danger' : undefined}>
      {children}
    </button>
  );
}
