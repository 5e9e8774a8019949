import { useCtx } from '../../../core/render/context.ts';

/** On a published item's page, for members: a link to save it to one of their reading lists. */
export function SaveToListLink({ itemId }: { itemId: string }) {
  const { t, locale, user } = useCtx();
  if (!user) return null;
  return (
    <p>
      <a href={`/${locale}/me/save?item=${itemId}`}>{t('members.lists.save')}</a>
    </p>
  );
}
