import type { FieldError } from '../../../../core/errors.ts';
import { LOCALES, languageName } from '../../../../core/i18n/index.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { BODY_MAX, PROVENANCES, SUMMARY_MAX, TITLE_MAX } from '../schemas.ts';
import { type FormValues, Select, TextArea, TextInput, textValue } from './controls.tsx';

/** Title, summary and body in each interface language other than the original, with provenance. */
export function TranslationFields({ values, errors }: { values: FormValues; errors: FieldError[] }) {
  const { t, locale } = useCtx();
  const original = textValue(values, 'originalLocale');
  const common = { values, errors, optional: true };
  return (
    <section aria-labelledby="translations-h">
      <h2 id="translations-h">{t('libraryEditorial.translations.heading')}</h2>
      <p class="hint">{t('libraryEditorial.translations.hint')}</p>
      {/* The original's language has its own fields above, unless a refused form put text there. */}
      {LOCALES.filter(
        (l) => l !== original || ['title', 'summary', 'body'].some((f) => textValue(values, `${f}_${l}`)),
      ).map((l) => {
        const language = languageName(l, locale);
        return (
          <fieldset key={l}>
            <legend>{language.charAt(0).toLocaleUpperCase(locale) + language.slice(1)}</legend>
            <TextInput
              {...common}
              name={`title_${l}`}
              label={t('libraryEditorial.translations.title', { language })}
              maxLength={TITLE_MAX}
              lang={l}
            />
            <TextArea
              {...common}
              name={`summary_${l}`}
              label={t('libraryEditorial.translations.summary', { language })}
              maxLength={SUMMARY_MAX}
              rows={4}
              lang={l}
            />
            <TextArea
              {...common}
              name={`body_${l}`}
              label={t('libraryEditorial.translations.body', { language })}
              maxLength={BODY_MAX}
              rows={4}
              lang={l}
            />
            <Select
              values={values}
              errors={errors}
              name={`provenance_${l}`}
              label={t('libraryEditorial.translations.provenance', { language })}
              options={PROVENANCES.map((p) => ({ value: p, label: t(`libraryEditorial.provenance.${p}`) }))}
            />
          </fieldset>
        );
      })}
    </section>
  );
}
