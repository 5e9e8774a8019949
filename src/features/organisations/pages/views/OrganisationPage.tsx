import { formatDate, languageName, type MessageKey } from '../../../../core/i18n/index.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { CsrfField, Notice } from '../../../../ui/forms.tsx';
import { Layout } from '../../../../ui/Layout.tsx';
import { CONTENT_TYPES } from '../../../content/types.ts';
import { PageMetadata } from '../../../../core/render/metadata.tsx';
import { FollowButton } from '../../../members/views/FollowButton.tsx';
import { countryName } from '../../../taxonomy/countries.ts';
import { logoPath, organisationJsonLd } from '../metadata.ts';
import type { Affiliation, OrganisationRow } from '../repository.ts';

export const PAGE_SECTIONS = ['publication', 'news', 'event', 'webinar'] as const;
type Section = (typeof PAGE_SECTIONS)[number];

export interface OrganisationView {
  org: OrganisationRow;
  description: { locale: string; description: string; locales: string[] } | null;
  items: Record<Section, { slug: string; title: string; published_at: string | Date | null }[]>;
  members: { name: string; handle: string; position: string | null }[];
  mine: Affiliation | null;
  manages: boolean;
  following: boolean;
}

/** An organisation's public page: who it is, what it published, who works there (by choice). */
export function OrganisationPage({ v, notice }: { v: OrganisationView; notice?: string }) {
  const { t, locale, user, config } = useCtx();
  const o = v.org;
  const base = `/${locale}/organisations/${o.slug}`;
  const d = v.description;
  const url = `${config.publicUrl}${base}`;
  const logo = o.logoKey ? logoPath(base, o.logoKey) : null;
  const logoUrl = logo ? `${config.publicUrl}${logo}` : null;
  return (
    <Layout
      title={o.name}
      description={d?.description.slice(0, 200) ?? o.name}
      head={
        <PageMetadata
          card={{
            url,
            type: 'website',
            title: o.acronym ? `${o.name} (${o.acronym})` : o.name,
            description: d?.description,
            image: logoUrl ? { url: logoUrl, alt: t('organisations.page.logo', { name: o.name }) } : null,
            languages: d?.locales,
            jsonLd: organisationJsonLd(v, url, logoUrl),
          }}
        />
      }
    >
      <Notice text={notice} />
      {logo && (
        <img
          class="org-logo"
          src={logo}
          alt={t('organisations.page.logo', { name: o.name })}
          width={240}
          height={120}
        />
      )}
      <h1>
        {o.name}
        {o.acronym && ` (${o.acronym})`}
      </h1>
      <p class="meta">
        {[t(`organisations.type.${o.type}` as MessageKey), o.country ? countryName(o.country, locale) : null]
          .filter(Boolean)
          .join(' · ')}
        {o.verifiedPartner && (
          <>
            {' · '}
            <strong>{t('organisations.page.verified')}</strong>
          </>
        )}
      </p>
      {user && <FollowButton kind="organisation" target={o.id} following={v.following} name={o.name} />}
      {o.website && (
        <p>
          <a href={o.website} rel="noopener">
            {t('organisations.page.website')}
          </a>
        </p>
      )}
      {d && (
        <div lang={d.locale}>
          {d.locale !== locale && (
            <p class="meta">
              {t('organisations.page.inLanguage', { language: languageName(d.locale, locale) })}
            </p>
          )}
          {d.description.split(/\n{2,}/).map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </div>
      )}
      {PAGE_SECTIONS.map((type) =>
        v.items[type].length === 0 ? null : (
          <section key={type} aria-labelledby={`h-${type}`}>
            <h2 id={`h-${type}`}>{t(`organisations.page.section.${type}` as MessageKey)}</h2>
            <ul>
              {v.items[type].map((item) => (
                <li key={item.slug}>
                  <a href={`/${locale}/${CONTENT_TYPES[type].path}/${item.slug}`}>{item.title}</a>
                  {item.published_at && (
                    <span class="meta"> · {formatDate(locale, new Date(item.published_at), 'medium')}</span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
      <p>
        <a href={`/${locale}/search?organisation=${o.slug}`}>{t('organisations.page.allContent')}</a>
      </p>
      <section aria-labelledby="h-members">
        <h2 id="h-members">{t('organisations.page.members')}</h2>
        {v.members.length === 0 ? (
          <p>{t('organisations.page.noMembers')}</p>
        ) : (
          <ul>
            {v.members.map((m) => (
              <li key={m.handle}>
                <a href={`/${locale}/members/${m.handle}`}>{m.name}</a>
                {m.position && <span class="meta"> · {m.position}</span>}
              </li>
            ))}
          </ul>
        )}
        {user && !v.mine && (
          <form method="post" action={`${base}/claim`}>
            <CsrfField />
            <p class="hint">{t('organisations.page.claimHint')}</p>
            <button type="submit">{t('organisations.page.claim')}</button>
          </form>
        )}
        {user && v.mine && (
          <form method="post" action={`${base}/leave`}>
            <CsrfField />
            <p>
              {t(v.mine.status === 'claimed' ? 'organisations.page.claimed' : 'organisations.page.confirmed')}
            </p>
            <button type="submit" class="link-button">
              {t(v.mine.status === 'claimed' ? 'organisations.page.withdraw' : 'organisations.page.leave')}
            </button>
          </form>
        )}
        {v.manages && (
          <p>
            <a href={`${base}/manage`}>{t('organisations.manage.title')}</a>
          </p>
        )}
      </section>
    </Layout>
  );
}
