import { SaveToListLink } from '../../members/views/SaveToListLink.tsx';
import { languageName } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';
import { PageMetadata } from '../../../core/render/metadata.tsx';
import { countryName } from '../../taxonomy/countries.ts';
import type { EventPage } from '../get-event.ts';
import { eventJsonLd } from '../metadata.ts';
import { When } from './When.tsx';

/** A published event: when, where, how to take part, who organises it; in <head>, its card and schema.org Event. */
export function DetailPage({ page }: { page: EventPage }) {
  const { t, locale, config } = useCtx();
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
        <PageMetadata
          card={{
            url,
            type: 'website',
            title: e.title,
            description: e.summary,
            languages: page.locales,
            jsonLd: eventJsonLd(page, url, config.publicUrl, locale),
          }}
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
