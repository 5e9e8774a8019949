import type { MessageKey } from '../../../core/i18n/index.ts';

export const statusKey = (s: string) => `editorial.status.${s}` as MessageKey;
export const actionKey = (a: string) => `editorial.action.${a}` as MessageKey;
