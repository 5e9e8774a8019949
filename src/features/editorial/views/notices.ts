import type { MessageKey, Translate } from '../../../core/i18n/index.ts';
import { WORKFLOW_ACTIONS } from '../workflow/rules.ts';

/** The notice after a workflow action (`?wf=<action>` on the page the decision returns to). */
export function workflowNotice(t: Translate, query: unknown): string | undefined {
  const wf = (query as { wf?: unknown } | undefined)?.wf;
  return typeof wf === 'string' && (WORKFLOW_ACTIONS as string[]).includes(wf)
    ? t(`editorial.done.${wf}` as MessageKey)
    : undefined;
}
