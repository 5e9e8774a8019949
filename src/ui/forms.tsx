import type { ComponentChildren } from 'preact';
import type { FieldError } from '../core/errors.ts';
import { useCtx } from '../core/render/context.ts';

export function CsrfField() {
  return <input type="hidden" name="_csrf" value={useCtx().csrfToken} />;
}

/** Lists every error at the top of a form, each linking to its field (WCAG 3.3.1). */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const { t, fieldLabels } = useCtx();
  const describeError = (e: FieldError) => {
    const message = t(e.messageKey, e.values);
    const label = e.field ? fieldLabels.get(e.field) : undefined;
    return label ? t('ui.form.fieldError', { field: label, message }) : message;
  };
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} id="error-summary">
      <h2>{t('ui.form.errorSummary', { count: errors.length })}</h2>
      <ul>
        {errors.map((e) => (
          <li key={`${e.field}-${e.code}`}>
            {e.field ? <a href={`#f-${e.field}`}>{describeError(e)}</a> : describeError(e)}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  name: string;
  label: string;
  errors?: FieldError[];
  hint?: string;
  children?: ComponentChildren;
}

/** Label, hint, error and control wired together with ids and aria-describedby. */
export function Field({ name, label, errors = [], hint, children }: FieldProps) {
  const { t, fieldLabels } = useCtx();
  fieldLabels.set(name, label);
  const error = errors.find((e) => e.field === name);
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={`f-${name}`}>{label}</label>
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
      {children}
    </div>
  );
}

/** aria-describedby / aria-invalid for a control inside a Field. */
export function describe(name: string, errors: FieldError[] = [], hint?: boolean) {
  const error = errors.some((e) => e.field === name);
  const ids = [hint ? `h-${name}` : '', error ? `e-${name}` : ''].filter(Boolean).join(' ');
  return {
    id: `f-${name}`,
    name,
    'aria-describedby': ids || undefined,
    'aria-invalid': error ? ('true' as const) : undefined,
  };
}

/** A status line after a successful action (redirect-after-post lands here). */
export function Notice({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <p class="notice" role="status">
      {text}
    </p>
  );
}

/**
 * A group of checkboxes (several answers) or radio buttons (one) in a fieldset with its legend,
 * hint and error. The first control carries the id the error summary links to (#f-{name}).
 */
export function ChoiceGroup({
  name,
  legend,
  hint,
  options,
  chosen,
  errors = [],
  type = 'checkbox',
  anchor = true,
}: {
  name: string;
  legend: string;
  /** False for the second and later groups of one field (only the first carries #f-{name}). */
  anchor?: boolean;
  hint?: string;
  options: { value: string; label: string }[];
  chosen: Iterable<string>;
  errors?: FieldError[];
  type?: 'checkbox' | 'radio';
}) {
  const { t, fieldLabels } = useCtx();
  fieldLabels.set(name, legend);
  const picked = new Set(chosen);
  const error = errors.find((e) => e.field === name);
  const described = [hint ? `h-${name}` : '', error ? `e-${name}` : ''].filter(Boolean).join(' ');
  return (
    <fieldset class={error ? 'field-error' : undefined} aria-describedby={described || undefined}>
      <legend>{legend}</legend>
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
      <ul class="checks">
        {options.map((o, i) => {
          const id = i === 0 && anchor ? `f-${name}` : `f-${name}-${o.value}`;
          return (
            <li key={o.value}>
              <input type={type} id={id} name={name} value={o.value} checked={picked.has(o.value)} />{' '}
              <label for={id}>{o.label}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
