import type { MessageKey } from '../../../../core/i18n/index.ts';
import { CONTENT_STATUSES } from '../../../content/tables.ts';
import type { DuplicateReason } from '../repository.ts';

export { statusKey } from '../../../editorial/views/labels.ts';

/** The editors' status filter: waiting items first. */
export const STATUSES = [
  'submitted',
  'in_review',
  'changes_requested',
  ...CONTENT_STATUSES.filter((s) => !['submitted', 'in_review', 'changes_requested'].includes(s)),
] as const;

export const reasonKey = (r: DuplicateReason) => `libraryEditorial.reason.${r}` as MessageKey;
