import { ld, ldDocument, webPage } from '../../core/render/metadata.tsx';
import type { ConceptDetail } from './read-concept.ts';

/**
 * A concept as a schema.org DefinedTerm of the glossary (a DefinedTermSet), in the language
 * shown: its label, definition, synonyms and slug (the term code, the same in every language).
 */
export function conceptJsonLd(
  detail: ConceptDetail,
  url: string,
  glossary: { url: string; name: string; description: string },
) {
  const { concept, shown } = detail;
  return ldDocument(
    ld('DefinedTerm', url, {
      '@id': `${url}#term`,
      name: shown.label,
      description: shown.definition,
      alternateName: shown.synonyms,
      termCode: concept.slug,
      inLanguage: shown.locale,
      inDefinedTermSet: ld('DefinedTermSet', glossary.url, {
        name: glossary.name,
        description: glossary.description,
      }),
      mainEntityOfPage: webPage(url, { inLanguage: shown.locale, dateModified: concept.updatedAt }),
    }),
  );
}
