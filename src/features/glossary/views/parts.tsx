import type { ConceptForEditing } from '../read-concept.ts';

export type FormValues = Record<string, string | undefined>;

/** A status line after a successful change (redirect-after-post lands here). */
export function Notice({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <p class="notice" role="status">
      {text}
    </p>
  );
}

/** A saved concept as the values of its form. */
export function savedValues(saved: ConceptForEditing): FormValues {
  const values: FormValues = { slug: saved.concept.slug };
  for (const e of saved.entries) {
    values[`label_${e.locale}`] = e.label;
    values[`synonyms_${e.locale}`] = e.synonyms.join('\n');
    values[`definition_${e.locale}`] = e.definition;
    values[`source_${e.locale}`] = e.source ?? '';
  }
  return values;
}
