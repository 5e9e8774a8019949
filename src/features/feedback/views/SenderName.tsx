import { useCtx } from '../../../core/render/context.ts';

/** Who sent a feedback, in a few words: a member's name and handle, or what a visitor gave. */
export function SenderName({
  row,
}: {
  row: { memberName: string | null; memberHandle: string | null; name: string | null; email: string | null };
}) {
  const { t } = useCtx();
  if (row.memberName) return <>{`${row.memberName} (@${row.memberHandle})`}</>;
  const given = row.name ?? row.email;
  return <>{given ? t('feedback.admin.visitor', { name: given }) : t('feedback.admin.anonymous')}</>;
}
