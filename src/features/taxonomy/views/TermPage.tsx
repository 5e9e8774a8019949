import type { FieldError } from '../../../core/errors.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import type { TermScreen } from '../screens.ts';
import { type FormValues, LabelInputs, Notice, TermSelect } from './parts.tsx';

interface Props {
  screen: TermScreen;
  /** Submitted values when a form comes back with errors; otherwise the saved ones are shown. */
  values?: FormValues;
  errors?: FieldError[];
  notice?: string;
}

/** One term: its labels in every language, and the forms to move, merge, retire or reactivate it. */
export function TermPage({ screen, values, errors = [], notice }: Props) {
  const { t, locale } = useCtx();
  const { vocab, term } = screen;
  const base = `/${locale}/admin/taxonomy/${vocab.id}/terms/${term.id}`;
  const saved: FormValues = {
    parentId: term.parentId ? String(term.parentId) : '',
    position: String(term.position),
  };
  for (const l of screen.labels) {
    saved[`label_${l.locale}`] = l.label;
    saved[`description_${l.locale}`] = l.description ?? '';
  }
  const shown = { ...saved, ...values };
  const merged = term.mergedIntoId !== null;
  const status = merged
    ? t('taxonomy.status.merged', { label: term.mergedIntoLabel ?? `#${term.mergedIntoId}` })
    : term.status === 'retired'
      ? t('taxonomy.status.retired')
      : t('taxonomy.status.active');
  return (
    <Layout title={t('taxonomy.edit.title', { label: term.label })} section="admin" indexable={false}>
      <p class="meta">
        <a href={`/${locale}/admin/taxonomy`}>{t('taxonomy.back')}</a> ›{' '}
        <a href={`/${locale}/admin/taxonomy/${vocab.id}#term-${term.id}`}>{vocab.label}</a>
      </p>
      <h1>{t('taxonomy.edit.title', { label: term.label })}</h1>
      <AdminNav current="taxonomy" />
      <ErrorSummary errors={errors} />
      <Notice text={notice} />
      <dl>
        <dt>{t('taxonomy.edit.slug')}</dt>
        <dd>
          <code>{term.slug}</code>
        </dd>
        {screen.parentLabel && (
          <>
            <dt>{t('taxonomy.field.parent')}</dt>
            <dd>{screen.parentLabel}</dd>
          </>
        )}
        <dt>{t('taxonomy.edit.status')}</dt>
        <dd>{status}</dd>
        <dt>{t('taxonomy.edit.usage')}</dt>
        <dd>
          {t('taxonomy.term.usage', { items: term.contentCount, members: term.interestCount })}
          {term.countryCount > 0 && `, ${t('taxonomy.term.countries', { count: term.countryCount })}`}
        </dd>
      </dl>
      {merged && (
        <p>{t('taxonomy.merged.note', { label: term.mergedIntoLabel ?? `#${term.mergedIntoId}` })}</p>
      )}

      <section aria-labelledby="labels-h">
        <h2 id="labels-h">{t('taxonomy.labels.heading')}</h2>
        <form method="post" action={`${base}/labels`}>
          <CsrfField />
          <LabelInputs values={shown} errors={errors} descriptions />
          <button type="submit">{t('taxonomy.labels.submit')}</button>
        </form>
      </section>

      {!merged && (
        <section aria-labelledby="move-h">
          <h2 id="move-h">{t('taxonomy.move.heading')}</h2>
          <form method="post" action={`${base}/move`}>
            <CsrfField />
            {vocab.isTree && (
              <TermSelect
                name="parentId"
                label={t('taxonomy.field.parent')}
                choices={screen.parentChoices}
                selected={shown.parentId}
                empty={t('taxonomy.field.noParent')}
                errors={errors}
              />
            )}
            <Field
              name="position"
              label={t('taxonomy.field.position')}
              hint={t('taxonomy.field.positionHint')}
              errors={errors}
            >
              <input
                {...describe('position', errors, true)}
                type="number"
                min={0}
                max={10000}
                step={1}
                inputMode="numeric"
                value={shown.position ?? ''}
                required
              />
            </Field>
            <button type="submit">{t('taxonomy.move.submit')}</button>
          </form>
        </section>
      )}

      {!merged && screen.mergeChoices.length > 0 && (
        <section aria-labelledby="merge-h">
          <h2 id="merge-h">{t('taxonomy.merge.heading')}</h2>
          <p>{t('taxonomy.merge.intro')}</p>
          <form method="post" action={`${base}/merge`}>
            <CsrfField />
            <TermSelect
              name="targetId"
              label={t('taxonomy.field.target')}
              choices={screen.mergeChoices}
              selected={shown.targetId}
              empty={t('taxonomy.field.choose')}
              errors={errors}
            />
            <button type="submit" class="secondary">
              {t('taxonomy.merge.submit')}
            </button>
          </form>
        </section>
      )}

      {!merged && term.status === 'active' && (
        <section aria-labelledby="retire-h">
          <h2 id="retire-h">{t('taxonomy.retire.heading')}</h2>
          <p>{t('taxonomy.retire.intro')}</p>
          <form method="post" action={`${base}/retire`}>
            <CsrfField />
            <button type="submit" class="secondary">
              {t('taxonomy.retire.submit')}
            </button>
          </form>
        </section>
      )}

      {!merged && term.status === 'retired' && (
        <section aria-labelledby="reactivate-h">
          <h2 id="reactivate-h">{t('taxonomy.reactivate.heading')}</h2>
          <p>{t('taxonomy.reactivate.intro')}</p>
          <form method="post" action={`${base}/reactivate`}>
            <CsrfField />
            <button type="submit">{t('taxonomy.reactivate.submit')}</button>
          </form>
        </section>
      )}
    </Layout>
  );
}
