import type { MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { countryName } from '../../taxonomy/countries.ts';
import type { MemberRow } from '../repository.ts';
import type { ProfileField } from '../tables.ts';

/** The photo of a member (when shown), or their initials. Decorative: the name is beside it. */
export function MemberPhoto({ m, fields, size }: { m: MemberRow; fields: Set<ProfileField>; size: number }) {
  const { locale } = useCtx();
  if (m.photoKey && fields.has('photo'))
    return (
      <img
        class="member-photo"
        src={`/${locale}/members/${m.handle}/photo?v=${encodeURIComponent(m.photoKey.slice(-12))}`}
        alt=""
        width={size}
        height={size}
        loading="lazy"
      />
    );
  const initials = m.name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase())
    .join('');
  return (
    <span
      class={size > 100 ? 'member-photo member-initials large' : 'member-photo member-initials'}
      aria-hidden="true"
    >
      {initials}
    </span>
  );
}

/** One line of what a member shows: position, organisation, country, sector. */
export function MemberSummary({ m, fields }: { m: MemberRow; fields: Set<ProfileField> }) {
  const { t, locale } = useCtx();
  const parts = [
    fields.has('position') ? m.position : null,
    fields.has('organisation') ? m.organisationName : null,
    fields.has('country') && m.country ? countryName(m.country, locale) : null,
    fields.has('sector') && m.sector ? t(`accounts.sector.${m.sector}` as MessageKey) : null,
  ].filter((p): p is string => !!p);
  return parts.length ? <p class="meta">{parts.join(' · ')}</p> : null;
}
