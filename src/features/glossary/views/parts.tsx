import type { ConceptForEditing } from '../read-concept.ts';

export type FormValues = Record<string, string | undefined>;

export { Notice } from '../../../ui/forms.tsx';

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
