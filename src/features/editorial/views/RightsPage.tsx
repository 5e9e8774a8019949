import type { FieldError } from '../../../core/errors.ts';
import type { MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, ErrorSummary, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import { resolveRight } from '../rights/effective-right.ts';
import type { MemberRightRow, OrganisationRightRow, PostingLevel } from '../rights/repository.ts';

/** A member's choices: `default` clears the member's own setting (their organisations' applies). */
export const MEMBER_LEVELS = ['default', 'unverified', 'trusted', 'blocked'] as const;
/** An organisation's: `default` passes on trust only when it is a verified partner. */
export const ORGANISATION_LEVELS = ['default', 'trusted', 'blocked'] as const;

interface Props {
  q: string;
  members: MemberRightRow[];
  organisations: OrganisationRightRow[];
  notice?: string;
  errors?: FieldError[];
}

function LevelSelect({
  id,
  value,
  levels,
  defaultLabel,
}: {
  id: string;
  value: PostingLevel | null;
  levels: readonly string[];
  defaultLabel: MessageKey;
}) {
  const { t } = useCtx();
  return (
    <select id={id} name="level">
      {levels.map((l) => (
        <option key={l} value={l} selected={(value ?? 'default') === l}>
          {t(l === 'default' ? defaultLabel : (`editorial.rights.level.${l}` as MessageKey))}
        </option>
      ))}
    </select>
  );
}

/**
 * Posting rights: members and organisations, each with a small form of its own (a native
 * select and a button), and members' confirmed affiliations, which pass on an organisation's
 * trust.
 */
export function RightsPage({ q, members, organisations, notice, errors = [] }: Props) {
  const { t, locale } = useCtx();
  // What applies to the member now, and why (their own setting, an organisation, the default).
  const effectiveText = (m: MemberRightRow) => {
    const r = resolveRight(
      m.level,
      m.affiliations
        .filter((a) => a.status === 'confirmed')
        .map((a) => ({ name: a.name, level: a.level, verified: a.verified })),
    );
    const level = t(`editorial.rights.level.${r.level}` as MessageKey);
    return r.source === 'organisation'
      ? t('editorial.rights.effectiveFrom', { level, organisation: r.organisation ?? '' })
      : t(r.source === 'member' ? 'editorial.rights.effectiveOwn' : 'editorial.rights.effectiveDefault', {
          level,
        });
  };
  const base = `/${locale}/admin/rights`;
  return (
    <Layout title={t('editorial.rights.title')} section="admin" indexable={false}>
      <h1>{t('editorial.rights.title')}</h1>
      <AdminNav current="rights" />
      <Notice text={notice} />
      <ErrorSummary errors={errors} />
      <p>{t('editorial.rights.intro')}</p>
      <form method="get" action={base} role="search">
        <label for="r-q">{t('editorial.rights.search')}</label>{' '}
        <input id="r-q" type="search" name="q" value={q} maxLength={200} />{' '}
        <button type="submit">{t('editorial.queue.filter')}</button>
      </form>
      <section aria-labelledby="rm-h">
        <h2 id="rm-h">{t('editorial.rights.members')}</h2>
        {members.length === 0 ? (
          <p>{t('editorial.rights.noMembers')}</p>
        ) : (
          <ul class="plain">
            {members.map((m) => (
              <li key={m.id}>
                <h3>
                  {m.name} <span class="meta">@{m.handle}</span>
                </h3>
                <p>{effectiveText(m)}</p>
                <form method="post" action={`${base}/members/${m.id}`} class="inline">
                  <CsrfField />
                  <label for={`lvl-${m.id}`}>{t('editorial.rights.levelFor', { name: m.name })}</label>{' '}
                  <LevelSelect
                    id={`lvl-${m.id}`}
                    value={m.level}
                    levels={MEMBER_LEVELS}
                    defaultLabel="editorial.rights.level.memberDefault"
                  />{' '}
                  <button type="submit" class="secondary">
                    {t('editorial.rights.save')}
                  </button>
                </form>
                {m.affiliations.length > 0 && (
                  <ul>
                    {m.affiliations.map((a) => (
                      <li key={a.organisationId}>
                        {a.name}
                        {a.verified && <> ({t('editorial.rights.verified')})</>} —{' '}
                        {t(`editorial.rights.affiliation.${a.status}`)}{' '}
                        <form method="post" action={`${base}/members/${m.id}/affiliation`} class="inline">
                          <CsrfField />
                          <input type="hidden" name="organisation" value={a.organisationId} />
                          <input type="hidden" name="remove" value="1" />
                          <button type="submit" class="secondary">
                            {t('editorial.rights.removeAffiliation')}
                            <span class="visually-hidden">: {a.name}</span>
                          </button>
                        </form>
                      </li>
                    ))}
                  </ul>
                )}
                <form method="post" action={`${base}/members/${m.id}/affiliation`} class="inline">
                  <CsrfField />
                  <label for={`aff-${m.id}`}>
                    {t('editorial.rights.confirmAffiliation', { name: m.name })}
                  </label>{' '}
                  <input id={`aff-${m.id}`} name="organisation" maxLength={200} required />{' '}
                  <button type="submit" class="secondary">
                    {t('editorial.rights.confirm')}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="ro-h">
        <h2 id="ro-h">{t('editorial.rights.organisations')}</h2>
        {organisations.length === 0 ? (
          <p>{t('editorial.rights.noOrganisations')}</p>
        ) : (
          <ul class="plain">
            {organisations.map((o) => (
              <li key={o.id}>
                <form method="post" action={`${base}/organisations/${o.id}`}>
                  <CsrfField />
                  <fieldset>
                    <legend>
                      {o.name}
                      {o.acronym && ` (${o.acronym})`} —{' '}
                      {t('editorial.rights.confirmedMembers', { count: o.members })}
                    </legend>
                    <label for={`olvl-${o.id}`}>{t('editorial.rights.level')}</label>{' '}
                    <LevelSelect
                      id={`olvl-${o.id}`}
                      value={o.level === 'unverified' ? null : o.level}
                      levels={ORGANISATION_LEVELS}
                      defaultLabel="editorial.rights.level.organisationDefault"
                    />{' '}
                    <input
                      type="checkbox"
                      id={`ver-${o.id}`}
                      name="verifiedPartner"
                      value="1"
                      checked={o.verifiedPartner}
                    />{' '}
                    <label for={`ver-${o.id}`}>{t('editorial.rights.verifiedPartner')}</label>{' '}
                    <button type="submit" class="secondary">
                      {t('editorial.rights.save')}
                    </button>
                  </fieldset>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
