import { formatDate, languageName, type MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { CONTENT_TYPES, type ContentType } from '../../content/types.ts';
import type { viewProfile } from '../profile.ts';
import { FollowButton } from './FollowButton.tsx';
import { MemberPhoto, MemberSummary } from './MemberCard.tsx';

type Profile = Awaited<ReturnType<typeof viewProfile>>;

/** A member's page: what they chose to share, never their e-mail address. */
/** `following`: whether the signed-in viewer follows this member (null: no button). */
export function MemberPage({ profile, following }: { profile: Profile; following: boolean | null }) {
  const { t, locale } = useCtx();
  const { member: m, fields } = profile;
  return (
    <Layout
      title={m.name}
      description={t('members.profile.description', { name: m.name })}
      section="communities"
      indexable={m.visibility === 'public'}
    >
      {profile.self && (
        <p class="notice">
          {t(`members.profile.selfNotice.${m.visibility}` as MessageKey)}{' '}
          <a href={`/${locale}/account/public-profile`}>{t('members.profile.edit')}</a>
        </p>
      )}
      <div class="member">
        <MemberPhoto m={m} fields={fields} size={128} />
        <div>
          <h1>{m.name}</h1>
          <p class="meta">@{m.handle}</p>
          <MemberSummary m={m} fields={fields} />
          {following !== null && (
            <FollowButton kind="member" target={m.id} following={following} name={m.name} />
          )}
        </div>
      </div>
      {fields.has('bio') && m.bio && (
        <section aria-labelledby="bio-heading">
          <h2 id="bio-heading">{t('members.profile.bio')}</h2>
          {m.bio.split(/\n{2,}/).map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </section>
      )}
      {profile.organisations.length > 0 && (
        <section aria-labelledby="org-heading">
          <h2 id="org-heading">{t('members.profile.organisations')}</h2>
          <ul>
            {profile.organisations.map((o) => (
              <li key={o.id}>{o.name}</li>
            ))}
          </ul>
        </section>
      )}
      {(profile.expertise.length > 0 || (fields.has('languages') && m.languages.length > 0)) && (
        <section aria-labelledby="expertise-heading">
          <h2 id="expertise-heading">{t('members.profile.expertise')}</h2>
          {profile.expertise.length > 0 && (
            <ul class="tags">
              {profile.expertise.map((e) => (
                <li key={e.id}>
                  <a href={`/${locale}/members?expertise=${e.id}`}>{e.label}</a>
                </li>
              ))}
            </ul>
          )}
          {fields.has('languages') && m.languages.length > 0 && (
            <p>
              {t('members.profile.languages')}: {m.languages.map((l) => languageName(l, locale)).join(', ')}
            </p>
          )}
        </section>
      )}
      {fields.has('contributions') && (
        <section aria-labelledby="contrib-heading">
          <h2 id="contrib-heading">{t('members.profile.contributions')}</h2>
          {profile.contributions.length === 0 ? (
            <p>{t('members.profile.noContributions')}</p>
          ) : (
            <ul>
              {profile.contributions.map((c) => (
                <li key={`${c.type}/${c.slug}`}>
                  <a href={`/${locale}/${CONTENT_TYPES[c.type as ContentType]?.path ?? 'library'}/${c.slug}`}>
                    {c.title}
                  </a>
                  {c.published_at && (
                    <span class="meta"> · {formatDate(locale, new Date(c.published_at), 'medium')}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {fields.has('communities') && profile.communities.length > 0 && (
        <section aria-labelledby="communities-heading">
          <h2 id="communities-heading">{t('members.profile.communities')}</h2>
          <ul>
            {profile.communities.map((c) => (
              <li key={c.slug}>
                <a href={`/${locale}/communities/${c.slug}`}>{c.name}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}
