import type { FieldError } from '../../../core/errors.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import { SLUG_MAX } from '../schemas.ts';
import type { TermNode, VocabularyScreen } from '../screens.ts';
import { type FormValues, LabelInputs, Notice, TermSelect } from './parts.tsx';

interface Props {
  screen: VocabularyScreen;
  values?: FormValues;
  errors?: FieldError[];
  notice?: string;
}

/** A vocabulary's terms as a nested list, with usage, and the form to add a term. */
export function VocabularyPage({ screen, values = {}, errors = [], notice }: Props) {
  const { t, locale } = useCtx();
  const { vocab, roots } = screen;
  const base = `/${locale}/admin/taxonomy/${vocab.id}`;
  const active = screen.all.filter((n) => n.status === 'active').length;
  return (
    <Layout title={vocab.label} section="admin" indexable={false}>
      <p class="meta">
        <a href={`/${locale}/admin/taxonomy`}>{t('taxonomy.back')}</a>
      </p>
      <h1>{vocab.label}</h1>
      <AdminNav current="taxonomy" />
      <ErrorSummary errors={errors} />
      <Notice text={notice} />
      <section aria-labelledby="terms-h">
        <h2 id="terms-h">{t('taxonomy.terms.heading')}</h2>
        <p class="meta">
          {t('taxonomy.terms.active', { count: active })} ·{' '}
          {t('taxonomy.terms.retired', { count: screen.all.length - active })}
        </p>
        {roots.length === 0 ? <p>{t('taxonomy.terms.empty')}</p> : <TermTree nodes={roots} base={base} />}
      </section>
      <section aria-labelledby="add-h">
        <h2 id="add-h">{t('taxonomy.add.heading')}</h2>
        <form method="post" action={`${base}/terms`}>
          <CsrfField />
          <Field
            name="slug"
            label={t('taxonomy.field.slug')}
            hint={t('taxonomy.field.slugHint')}
            errors={errors}
          >
            <input
              {...describe('slug', errors, true)}
              type="text"
              value={values.slug ?? ''}
              maxLength={SLUG_MAX}
              pattern="[a-z0-9]+(-[a-z0-9]+)*"
              autocomplete="off"
              spellcheck={false}
              required
            />
          </Field>
          {vocab.isTree && (
            <TermSelect
              name="parentId"
              label={t('taxonomy.field.parent')}
              choices={screen.parentChoices}
              selected={values.parentId}
              empty={t('taxonomy.field.noParent')}
              errors={errors}
            />
          )}
          <LabelInputs values={values} errors={errors} />
          <button type="submit">{t('taxonomy.add.submit')}</button>
        </form>
      </section>
    </Layout>
  );
}

function TermTree({ nodes, base }: { nodes: TermNode[]; base: string }) {
  const { t, locale } = useCtx();
  return (
    <ul class="term-tree">
      {nodes.map((n) => (
        <li key={n.id} id={`term-${n.id}`}>
          <a
            href={`${base}/terms/${n.id}`}
            lang={n.labelLocale && n.labelLocale !== locale ? n.labelLocale : undefined}
          >
            {n.status === 'retired' ? <s>{n.label}</s> : n.label}
          </a>{' '}
          <code>{n.slug}</code>
          {n.status === 'retired' && (
            <>
              {' '}
              <strong>
                {n.mergedIntoLabel
                  ? t('taxonomy.term.mergedInto', { label: n.mergedIntoLabel })
                  : t('taxonomy.term.retired')}
              </strong>
            </>
          )}
          {n.labelLocale === 'en' && locale !== 'en' && (
            <span class="meta"> ({t('taxonomy.term.inEnglish')})</span>
          )}
          <span class="meta">
            {' '}
            — {t('taxonomy.term.usage', { items: n.contentCount, members: n.interestCount })}
            {n.countryCount > 0 && `, ${t('taxonomy.term.countries', { count: n.countryCount })}`}
          </span>
          {n.children.length > 0 && <TermTree nodes={n.children} base={base} />}
        </li>
      ))}
    </ul>
  );
}
