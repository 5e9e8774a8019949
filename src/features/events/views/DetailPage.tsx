import { SaveToListLink } from '../../members/views/SaveToListLink.tsx';
import { languageName } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { serializeJsonLd } from '../../library/detail/metadata.ts';
import { countryName } from '../../taxonomy/countries.ts';
import type { EventPage } from '../get-event.ts';
import { When } from './When.tsx';

const ATTENDANCE = {
  online: 'https://schema.org/OnlineEventAttendanceMode',
  in_person: 'https://schema.org/OfflineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

/** schema.org Event: dates with their offsets, attendance mode, the place and/or the virtual location. */
function jsonLd(p: EventPage, pageUrl: string) {
  const e = p.event;
  const place =
    e.mode !== 'online'
      ? {
          '@type': 'Place',
          name: e.venue ?? e.city ?? undefined,
          address: {
            '@type': 'PostalAddress',
            addressLocality: e.city ?? undefined,
            addressCountry: e.country ?? undefined,
          },
        }
      : undefined;
  const virtual =
    e.mode !== 'in_person'
      ? { '@type': 'VirtualLocation', url: e.onlineUrl ?? e.websiteUrl ?? pageUrl }
      : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.title,
    description: e.summary ?? undefined,
    startDate: e.allDay ? p.days.first : e.startsAt.toISOString(),
    endDate: e.allDay ? p.days.last : e.endsAt.toISOString(),
    eventAttendanceMode: ATTENDANCE[e.mode],
    eventStatus: 'https://schema.org/EventScheduled',
    location: place && virtual ? [place, virtual] : (place ?? virtual),
    organizer: p.organisations.map((o) => ({ '@type': 'Organization', name: o.name })),
    url: pageUrl,
    inLanguage: e.originalLocale,
  };
}

export function DetailPage({ page }: { page: EventPage }) {
  const { t, locale, config, nonce } = useCtx();
  const e = page.event;
  const foreign = e.shownLocale !== locale;
  const lang = foreign ? e.shownLocale : undefined;
  const url = `${config.publicUrl}/${locale}/events/${e.slug}`;
  const place = [e.venue, e.city, e.country ? countryName(e.country, locale) : null]
    .filter(Boolean)
    .join(', ');
  const links = [
    { href: e.registrationUrl, label: t('events.link.registration') },
    { href: e.websiteUrl, label: t('events.link.website') },
    { href: e.onlineUrl, label: t('events.link.online') },
  ].filter((l): l is { href: string; label: string } => !!l.href);
  return (
    <Layout
      title={e.title}
      description={e.summary ?? undefined}
      head={
        <script
          type="application/ld+json"
          nonce={nonce}
          dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd(page, url)) }}
        />
      }
    >
      <p class="meta">
        <a href={`/${locale}/events`}>{t('events.title')}</a>
      </p>
      <article>
        <h1 lang={lang}>{e.title}</h1>
        <SaveToListLink itemId={e.id} />
        {foreign && (
          <p class="lang-note">
            {t('events.notInYourLanguage', { language: languageName(e.shownLocale, locale) })}
          </p>
        )}
        <dl class="facts">
          <dt>{t('events.field.when')}</dt>
          <dd>
            <When event={e} mode={e.mode} />
          </dd>
          <dt>{t('events.field.kind')}</dt>
          <dd>{t(`events.kind.${e.kind}`)}</dd>
          <dt>{t('events.field.mode')}</dt>
          <dd>{t(`events.mode.${e.mode}`)}</dd>
          {place && (
            <>
              <dt>{t('events.field.where')}</dt>
              <dd>{place}</dd>
            </>
          )}
          {page.organisations.length > 0 && (
            <>
              <dt>{t('events.field.organisers')}</dt>
              <dd>
                {page.organisations.map((o, i) => (
                  <span key={o.slug}>
                    {i > 0 && ', '}
                    <a href={`/${locale}/organisations/${o.slug}`}>{o.name}</a>
                  </span>
                ))}
              </dd>
            </>
          )}
          {page.terms.map((g) => (
            <>
              <dt key={`${g.vocabulary}-t`}>{g.vocabulary}</dt>
              <dd key={`${g.vocabulary}-d`}>{g.labels.join(', ')}</dd>
            </>
          ))}
        </dl>
        {e.summary && (
          <div lang={lang}>
            {e.summary.split(/\n{2,}/).map((p) => (
              <p key={p.slice(0, 30)}>{p}</p>
            ))}
          </div>
        )}
        {e.body && (
          <div lang={lang}>
            {e.body.split(/\n{2,}/).map((p) => (
              <p key={p.slice(0, 30)}>{p}</p>
            ))}
          </div>
        )}
        {links.length > 0 && (
          <ul>
            {links.map((l) => (
              <li key={l.href}>
                <a href={l.href} rel="noopener">
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={`/${locale}/events/${e.slug}.ics`} download={`${e.slug}.ics`}>
            {t('events.addToCalendar')}
          </a>
        </p>
        {page.locales.length > 1 && (
          <p class="meta">
            {t('events.languages', {
              languages: page.locales.map((l) => languageName(l, locale)).join(', '),
            })}
          </p>
        )}
      </article>
    </Layout>
  );
}
