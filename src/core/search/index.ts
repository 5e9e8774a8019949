export { indexDocument, removeDocument, type SearchDocumentInput, type Weight } from './indexing.ts';
export { reindexDocumentsWithTerms } from './reindex.ts';
export {
  createSearchRegistry,
  type QueryExpander,
  type PhraseSource,
  type QueryExpansion,
  type SearchKind,
  type SearchRegistry,
} from './registry.ts';
export { pruneChanges } from './memory/repository.ts';
