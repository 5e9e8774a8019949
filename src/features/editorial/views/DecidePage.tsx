import type { FieldError } from '../../../core/errors.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { RULES, type WorkflowAction } from '../workflow/rules.ts';
import { MESSAGE_MAX } from '../workflow/transition.ts';
import { actionKey } from './labels.ts';

interface Props {
  action: WorkflowAction;
  /** One item, or several (a bulk decision from the queue). */
  items: { id: string; title: string }[];
  /** Where the form posts. */
  postTo: string;
  back: string;
  version?: number;
  values?: { message?: string; scheduledFor?: string };
  errors?: FieldError[];
}

/** Asks for what a decision needs (a message, a date) and confirms it; one item or many. */
export function DecidePage({ action, items, postTo, back, version, values = {}, errors = [] }: Props) {
  const { t, user } = useCtx();
  const rule = RULES[action];
  const single = items.length === 1 ? items[0] : undefined;
  const heading = single
    ? t('editorial.decide.title', { action: t(actionKey(action)), title: single.title })
    : t('editorial.queue.bulkConfirmTitle', { action: t(actionKey(action)), count: items.length });
  const messageHint =
    rule.message === 'required'
      ? t('editorial.decide.messageRequiredHint')
      : t('editorial.decide.messageOptionalHint');
  return (
    <Layout title={heading} section="admin" indexable={false}>
      <h1>{heading}</h1>
      <ErrorSummary errors={errors} />
      {!single && (
        <ul>
          {items.map((i) => (
            <li key={i.id}>{i.title}</li>
          ))}
        </ul>
      )}
      <form method="post" action={postTo}>
        <CsrfField />
        {version !== undefined && <input type="hidden" name="version" value={String(version)} />}
        {!single && items.map((i) => <input key={i.id} type="hidden" name="ids" value={i.id} />)}
        {!single && <input type="hidden" name="action" value={action} />}
        {action === 'schedule' && (
          <Field
            name="scheduledFor"
            label={t('editorial.decide.scheduledFor', { zone: user?.timeZone ?? 'UTC' })}
            errors={errors}
          >
            <input
              type="datetime-local"
              required
              value={values.scheduledFor ?? ''}
              {...describe('scheduledFor', errors)}
            />
          </Field>
        )}
        {rule.message !== 'none' && (
          <Field
            name="message"
            label={single ? t('editorial.decide.message') : t('editorial.queue.bulkReason')}
            errors={errors}
            hint={messageHint}
          >
            <textarea
              rows={6}
              maxLength={MESSAGE_MAX}
              required={rule.message === 'required'}
              {...describe('message', errors, true)}
            >
              {values.message ?? ''}
            </textarea>
          </Field>
        )}
        <p class="actions">
          <button type="submit" name="confirm" value="1">
            {t('editorial.decide.confirm')}
          </button>{' '}
          <a href={back}>{t('editorial.decide.cancel')}</a>
        </p>
      </form>
    </Layout>
  );
}
