import { useCtx } from '../../../core/render/context.ts';
import { CsrfField } from '../../../ui/forms.tsx';
import type { FollowKind } from '../tables.ts';

/** Follow or stop following something; back on the same page afterwards. Plain form, no script. */
export function FollowButton(p: { kind: FollowKind; target: string; following: boolean; name: string }) {
  const { t, locale, pathInLocale } = useCtx();
  return (
    <form method="post" action={`/${locale}/me/${p.following ? 'unfollow' : 'follow'}`} class="inline">
      <CsrfField />
      <input type="hidden" name="kind" value={p.kind} />
      <input type="hidden" name="target" value={p.target} />
      <input type="hidden" name="back" value={pathInLocale.split('?')[0]} />
      <button type="submit" class={p.following ? 'secondary' : undefined}>
        {p.following
          ? t('members.follow.stop', { name: p.name })
          : t('members.follow.start', { name: p.name })}
      </button>
    </form>
  );
}
