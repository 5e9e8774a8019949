import type { FieldError } from '../../../core/errors.ts';
import type { MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { MESSAGE_MAX, MESSAGE_MIN } from '../schemas.ts';
import { FEEDBACK_CATEGORIES } from '../tables.ts';

type Values = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

/**
 * The feedback form: a category (radio buttons, each with what it covers), the message, and for
 * visitors an optional name and address. The page it came from travels in a hidden field.
 */
export function FeedbackPage(p: { values?: Values; errors?: FieldError[]; from?: string }) {
  const { t, locale, user, fieldLabels } = useCtx();
  const errors = p.errors ?? [];
  const values = p.values ?? {};
  const legend = t('feedback.field.category');
  fieldLabels.set('category', legend);
  const categoryError = errors.find((e) => e.field === 'category');
  return (
    <Layout title={t('feedback.title')} indexable={false}>
      <h1>{t('feedback.title')}</h1>
      <p>{t('feedback.intro')}</p>
      {p.from && <p class="meta">{t('feedback.fromPage', { path: p.from })}</p>}
      <ErrorSummary errors={errors} />
      <form method="post" action={`/${locale}/feedback`}>
        <CsrfField />
        {p.from && <input type="hidden" name="from" value={p.from} />}
        <fieldset
          class={categoryError ? 'field-error' : undefined}
          aria-describedby={categoryError ? 'e-category' : undefined}
        >
          <legend>{legend}</legend>
          {categoryError && (
            <p class="error" id="e-category">
              {t(categoryError.messageKey, categoryError.values)}
            </p>
          )}
          <ul class="checks">
            {FEEDBACK_CATEGORIES.map((c, i) => {
              // The error summary links to #f-category: the first choice carries that id.
              const id = i === 0 ? 'f-category' : `f-category-${c}`;
              return (
                <li key={c}>
                  <input
                    type="radio"
                    id={id}
                    name="category"
                    value={c}
                    checked={one(values.category) === c}
                    required
                  />{' '}
                  <label for={id}>
                    <strong>{t(`feedback.category.${c}` as MessageKey)}</strong> —{' '}
                    {t(`feedback.category.${c}.hint` as MessageKey)}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
        <Field
          name="message"
          label={t('feedback.field.message')}
          hint={t('feedback.hint.message', { min: MESSAGE_MIN, max: MESSAGE_MAX })}
          errors={errors}
        >
          <textarea
            {...describe('message', errors, true)}
            rows={8}
            required
            minLength={MESSAGE_MIN}
            maxLength={MESSAGE_MAX}
          >
            {one(values.message)}
          </textarea>
        </Field>
        {user ? (
          <p>{t('feedback.member', { name: user.name, email: user.email })}</p>
        ) : (
          <>
            <Field name="name" label={t('feedback.field.name')} errors={errors}>
              <input
                {...describe('name', errors)}
                value={one(values.name)}
                maxLength={120}
                autocomplete="name"
              />
            </Field>
            <Field
              name="email"
              label={t('feedback.field.email')}
              hint={t('feedback.hint.email')}
              errors={errors}
            >
              <input
                {...describe('email', errors, true)}
                type="email"
                value={one(values.email)}
                maxLength={254}
                autocomplete="email"
              />
            </Field>
          </>
        )}
        <button type="submit">{t('feedback.submit')}</button>
      </form>
    </Layout>
  );
}

/** After sending: thanks, and the way back to the page the feedback was about. */
export function FeedbackThanksPage(p: { from?: string }) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('feedback.thanks.title')} indexable={false}>
      <h1>{t('feedback.thanks.title')}</h1>
      <p class="notice" role="status">
        {t('feedback.thanks.body')}
      </p>
      <ul>
        {p.from && (
          <li>
            <a href={p.from}>{t('feedback.thanks.back')}</a>
          </li>
        )}
        <li>
          <a href={`/${locale}/feedback${p.from ? `?from=${encodeURIComponent(p.from)}` : ''}`}>
            {t('feedback.thanks.again')}
          </a>
        </li>
      </ul>
    </Layout>
  );
}
