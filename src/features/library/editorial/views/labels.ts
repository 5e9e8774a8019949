import type { MessageKey } from '../../../../core/i18n/index.ts';
import type { DuplicateReason, PublicationStatus } from '../repository.ts';

export const STATUSES = [
  'submitted',
  'draft',
  'published',
  'rejected',
  'archived',
] as const satisfies readonly PublicationStatus[];

export const statusKey = (s: PublicationStatus) => `libraryEditorial.status.${s}` as MessageKey;
export const reasonKey = (r: DuplicateReason) => `libraryEditorial.reason.${r}` as MessageKey;
