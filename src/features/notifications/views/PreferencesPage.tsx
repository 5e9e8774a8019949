import type { FieldError } from '../../../core/errors.ts';
import type { MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, ErrorSummary, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { KIND_LIST } from '../kinds.ts';
import { DELIVERY_MODES, type DeliveryMode } from '../tables.ts';

interface Props {
  /** The mode checked for each kind (saved, default, or what a refused form posted). */
  modes: Record<string, string>;
  errors?: FieldError[];
  notice?: string;
}

/** One radio group per kind of notification: by e-mail at once, in the daily summary, or not. */
export function PreferencesPage({ modes, errors = [], notice }: Props) {
  const { t, locale, fieldLabels } = useCtx();
  return (
    <Layout title={t('notifications.prefs.title')} indexable={false} section="account">
      <h1>{t('notifications.prefs.title')}</h1>
      <Notice text={notice} />
      <ErrorSummary errors={errors} />
      <p>{t('notifications.prefs.intro')}</p>
      <form method="post" action={`/${locale}/account/notifications`}>
        <CsrfField />
        {KIND_LIST.map((kind) => {
          const label = t(`notifications.kind.${kind}.label` as MessageKey);
          fieldLabels.set(kind, label);
          const error = errors.find((e) => e.field === kind);
          return (
            <fieldset
              key={kind}
              class={error ? 'field-error' : undefined}
              aria-describedby={error ? `e-${kind}` : undefined}
            >
              <legend>{label}</legend>
              {error && (
                <p class="error" id={`e-${kind}`}>
                  {t(error.messageKey, error.values)}
                </p>
              )}
              {DELIVERY_MODES.map((mode: DeliveryMode, i) => {
                // The error summary links to #f-{kind}: the first choice carries that id.
                const id = i === 0 ? `f-${kind}` : `f-${kind}-${mode}`;
                return (
                  <div key={mode}>
                    <input type="radio" id={id} name={kind} value={mode} checked={modes[kind] === mode} />{' '}
                    <label for={id}>{t(`notifications.mode.${mode}`)}</label>
                  </div>
                );
              })}
            </fieldset>
          );
        })}
        <button type="submit">{t('notifications.prefs.save')}</button>
      </form>
      <p>
        <a href={`/${locale}/notifications`}>{t('notifications.centre.title')}</a>
      </p>
    </Layout>
  );
}
