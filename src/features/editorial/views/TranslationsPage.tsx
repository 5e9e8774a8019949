import type { FieldError } from '../../../core/errors.ts';
import { formatDateTime, LOCALES, languageName } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import type { TranslationRow } from '../translations/repository.ts';

interface Props {
  itemId: string;
  title: string;
  version: number;
  editPath: string;
  translations: TranslationRow[];
  /** The language whose form is open, with what was typed when it was refused. */
  editing?: { locale: string; values: Record<string, string | undefined>; errors: FieldError[] };
  notice?: string;
}

/**
 * An item's language versions: which exist, where each comes from, which need another look;
 * one form per language (the platform's four, plus any other the item has).
 */
export function TranslationsPage({ itemId, title, version, editPath, translations, editing, notice }: Props) {
  const { t, locale, user } = useCtx();
  const base = `/${locale}/admin/translations/${itemId}`;
  const heading = t('editorial.translations.itemTitle', { title });
  const locales = [...new Set([...LOCALES, ...translations.map((x) => x.locale)])];
  return (
    <Layout title={heading} section="admin" indexable={false}>
      <p class="meta">
        <a href={editPath}>{t('editorial.history.back')}</a>
      </p>
      <h1>{heading}</h1>
      <AdminNav current="translations" />
      <Notice text={notice} />
      <ErrorSummary errors={editing?.errors ?? []} />
      {locales.map((l) => {
        const tr = translations.find((x) => x.locale === l);
        const typed = editing?.locale === l ? editing.values : undefined;
        const errors = editing?.locale === l ? editing.errors : [];
        const v = (name: 'title' | 'summary' | 'body') => typed?.[name] ?? tr?.[name] ?? '';
        const id = (name: string) => `${name}-${l}`;
        const lang = languageName(l, locale);
        return (
          <section key={l} aria-labelledby={`tr-${l}`}>
            <h2 id={`tr-${l}`} lang={l}>
              {lang}
            </h2>
            <p>
              {tr
                ? t('editorial.translations.state', {
                    provenance: t(`editorial.translations.provenance.${tr.provenance}`),
                    date: formatDateTime(locale, tr.updatedAt, user?.timeZone ?? 'UTC'),
                  })
                : t('editorial.translations.missing')}
              {tr?.needsReview && (
                <>
                  {' '}
                  <strong class="badge">{t('editorial.translations.needsReview')}</strong>
                </>
              )}
            </p>
            <form method="post" action={`${base}/${l}`}>
              <CsrfField />
              <input type="hidden" name="version" value={String(version)} />
              <Field name={id('title')} label={t('editorial.field.title')} errors={errors}>
                <input
                  {...describe(id('title'), errors)}
                  name="title"
                  value={v('title')}
                  maxLength={500}
                  lang={l}
                />
              </Field>
              <Field name={id('summary')} label={t('editorial.field.summary')} errors={errors}>
                <textarea
                  {...describe(id('summary'), errors)}
                  name="summary"
                  rows={5}
                  maxLength={5000}
                  lang={l}
                >
                  {v('summary')}
                </textarea>
              </Field>
              <Field name={id('body')} label={t('editorial.field.body')} errors={errors}>
                <textarea {...describe(id('body'), errors)} name="body" rows={8} maxLength={50000} lang={l}>
                  {v('body')}
                </textarea>
              </Field>
              {tr?.provenance !== 'original' && (
                <Field name={id('provenance')} label={t('editorial.field.provenance')} errors={errors}>
                  <select {...describe(id('provenance'), errors)} name="provenance">
                    {(['human', 'machine'] as const).map((p) => (
                      <option
                        key={p}
                        value={p}
                        selected={(typed?.provenance ?? tr?.provenance ?? 'human') === p}
                      >
                        {t(`editorial.translations.provenance.${p}`)}
                      </option>
                    ))}
                  </select>
                </Field>
              )}
              <p>
                <input
                  type="checkbox"
                  id={id('needsReview')}
                  name="needsReview"
                  value="1"
                  checked={typed ? typed.needsReview === '1' : (tr?.needsReview ?? false)}
                />{' '}
                <label for={id('needsReview')}>{t('editorial.translations.markReview')}</label>
              </p>
              <button type="submit">{t('editorial.translations.save', { language: lang })}</button>
            </form>
            {tr && tr.provenance !== 'original' && (
              <form method="post" action={`${base}/${l}/remove`}>
                <CsrfField />
                <input type="hidden" name="version" value={String(version)} />
                <button type="submit" class="secondary">
                  {t('editorial.translations.remove', { language: lang })}
                </button>
              </form>
            )}
          </section>
        );
      })}
    </Layout>
  );
}
