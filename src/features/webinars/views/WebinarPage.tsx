import { SaveToListLink } from '../../members/views/SaveToListLink.tsx';
import type { FieldError } from '../../../core/errors.ts';
import { formatNumber, languageName, type MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { PageMetadata } from '../../../core/render/metadata.tsx';
import { CsrfField, describe, ErrorSummary, Field, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { SECTORS, TIME_ZONES } from '../../accounts/schemas.ts';
import { countryOptions } from '../../taxonomy/countries.ts';
import type { WebinarPageData } from '../read.ts';
import { webinarJsonLd } from '../metadata.ts';
import { WhenBlock } from './WhenBlock.tsx';

interface Props {
  data: WebinarPageData;
  now: Date;
  errors?: FieldError[];
  values?: Record<string, string>;
  notice?: string;
}

const paragraphs = (text: string | null) =>
  (text ?? '')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * A webinar's page: when (in the reader's zone), who speaks, languages, and registration; once
 * it is over, the archive page with its recording, slides, summary and library publication.
 */
export function WebinarPage({ data, now, errors = [], values = {}, notice }: Props) {
  const { t, locale, user, config } = useCtx();
  const w = data.webinar;
  const end = new Date(w.startsAt.getTime() + w.durationMinutes * 60_000);
  const over = end.getTime() <= now.getTime();
  const started = w.startsAt.getTime() <= now.getTime();
  const base = `/${locale}/webinars/${data.slug}`;
  const placesLeft = w.capacity == null ? null : Math.max(0, w.capacity - data.counts.registered);
  const moderators = data.people.filter((p) => p.role === 'moderator');
  const speakers = data.people.filter((p) => p.role === 'speaker');
  const person = (p: (typeof data.people)[number]) =>
    [p.name, p.position, p.organisation].filter(Boolean).join(', ');
  const url = `${config.publicUrl}${base}`;
  const description = paragraphs(data.texts.body)[0];
  return (
    <Layout
      title={data.texts.title}
      section="webinars"
      description={description?.slice(0, 200)}
      head={
        <PageMetadata
          card={{
            url,
            type: 'website',
            title: data.texts.title,
            description,
            languages: data.locales,
            jsonLd: webinarJsonLd(
              data,
              url,
              { name: t('ui.site.name'), publicUrl: config.publicUrl, locale },
              description,
            ),
          }}
        />
      }
    >
      <p class="meta">
        <a href={`/${locale}/webinars${over ? '/past' : ''}`}>
          {t(over ? 'webinars.past.title' : 'webinars.list.title')}
        </a>
      </p>
      <h1>{data.texts.title}</h1>
      <SaveToListLink itemId={w.itemId} />
      <Notice text={notice} />
      {w.cancelledAt && (
        <p class="notice" role="status">
          {t('webinars.cancelledNotice')}
        </p>
      )}
      {over && !w.cancelledAt && <p class="meta">{t('webinars.archive.note')}</p>}
      <WhenBlock start={w.startsAt} minutes={w.durationMinutes} zone={w.timeZone} />
      {!over && !w.cancelledAt && (
        <p>
          <a href={`${base}.ics`}>{t('webinars.addToCalendar')}</a>
        </p>
      )}
      {paragraphs(data.texts.body).map((p) => (
        <p key={p.slice(0, 40)}>{p}</p>
      ))}
      <dl class="facts">
        {moderators.length > 0 && (
          <>
            <dt>{t('webinars.moderator')}</dt>
            {moderators.map((p) => (
              <dd key={p.id}>{person(p)}</dd>
            ))}
          </>
        )}
        {speakers.length > 0 && (
          <>
            <dt>{t('webinars.speakers')}</dt>
            {speakers.map((p) => (
              <dd key={p.id}>{person(p)}</dd>
            ))}
          </>
        )}
        {data.organisations.length > 0 && (
          <>
            <dt>{t('webinars.organisers')}</dt>
            <dd>{data.organisations.map((o) => o.name).join(', ')}</dd>
          </>
        )}
        {w.spokenLanguages.length > 0 && (
          <>
            <dt>{t('webinars.languages')}</dt>
            <dd>{w.spokenLanguages.map((l) => languageName(l, locale)).join(', ')}</dd>
          </>
        )}
        {w.interpretation.length > 0 && (
          <>
            <dt>{t('webinars.interpretation')}</dt>
            <dd>{w.interpretation.map((l) => languageName(l, locale)).join(', ')}</dd>
          </>
        )}
        {!over && placesLeft !== null && (
          <>
            <dt>{t('webinars.places')}</dt>
            <dd>
              {placesLeft > 0
                ? t('webinars.placesLeft', { count: placesLeft, formatted: formatNumber(locale, placesLeft) })
                : t('webinars.full')}
            </dd>
          </>
        )}
      </dl>
      {over ? (
        <Archive data={data} />
      ) : (
        !w.cancelledAt && (
          <section aria-labelledby="register-heading">
            <h2 id="register-heading">{t('webinars.register.title')}</h2>
            <ErrorSummary errors={errors} />
            {data.mine && data.mine.status !== 'cancelled' && data.mine.status !== 'pending' ? (
              <>
                <p>{t(`webinars.status.${data.mine.status}` as MessageKey)}</p>
                {data.mine.status === 'registered' && w.meetingUrl && (
                  <p>
                    {t('webinars.joinLink')} <a href={w.meetingUrl}>{w.meetingUrl}</a>
                  </p>
                )}
                <form method="post" action={`${base}/registration/cancel`}>
                  <CsrfField />
                  <button type="submit" class="secondary">
                    {t('webinars.register.cancel')}
                  </button>
                </form>
              </>
            ) : started ? (
              <p>{t('webinars.error.started')}</p>
            ) : user ? (
              <form method="post" action={`${base}/register`}>
                <CsrfField />
                <p>
                  {t(placesLeft === 0 ? 'webinars.register.waitlistNote' : 'webinars.register.memberNote')}
                </p>
                <button type="submit">
                  {t(placesLeft === 0 ? 'webinars.register.joinWaitlist' : 'webinars.register.oneClick')}
                </button>
              </form>
            ) : (
              <form method="post" action={`${base}/register`}>
                <CsrfField />
                <p>
                  {t('webinars.register.visitorNote')}{' '}
                  <a
                    href={`/${locale}/sign-in?next=${encodeURIComponent(`/${locale}/webinars/${data.slug}`)}`}
                  >
                    {t('webinars.register.signIn')}
                  </a>
                </p>
                <Field name="name" label={t('accounts.field.name')} errors={errors}>
                  <input
                    {...describe('name', errors)}
                    value={values.name ?? ''}
                    required
                    maxLength={200}
                    autocomplete="name"
                  />
                </Field>
                <Field name="email" label={t('accounts.field.email')} errors={errors}>
                  <input
                    {...describe('email', errors)}
                    type="email"
                    value={values.email ?? ''}
                    required
                    maxLength={254}
                    autocomplete="email"
                  />
                </Field>
                <Field name="timeZone" label={t('webinars.field.timeZone')} errors={errors}>
                  <select {...describe('timeZone', errors)} data-suggest-timezone>
                    {TIME_ZONES.map((z) => (
                      <option key={z} value={z} selected={(values.timeZone ?? 'UTC') === z}>
                        {z.replaceAll('_', ' ')}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field name="country" label={t('accounts.field.country')} errors={errors}>
                  <select {...describe('country', errors)}>
                    <option value="">{t('webinars.field.optional')}</option>
                    {countryOptions(locale).map((c) => (
                      <option key={c.code} value={c.code} selected={values.country === c.code}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field name="sector" label={t('accounts.field.sector')} errors={errors}>
                  <select {...describe('sector', errors)}>
                    <option value="">{t('webinars.field.optional')}</option>
                    {SECTORS.map((s) => (
                      <option key={s} value={s} selected={values.sector === s}>
                        {t(`accounts.sector.${s}` as MessageKey)}
                      </option>
                    ))}
                  </select>
                </Field>
                <button type="submit">{t('webinars.register.submit')}</button>
              </form>
            )}
          </section>
        )
      )}
    </Layout>
  );
}

function Archive({ data }: { data: WebinarPageData }) {
  const { t, locale } = useCtx();
  const w = data.webinar;
  const base = `/${locale}/webinars/${data.slug}`;
  return (
    <section aria-labelledby="archive-heading">
      <h2 id="archive-heading">{t('webinars.archive.title')}</h2>
      {w.recordingUrl && (
        <p>
          <a href={w.recordingUrl}>{t('webinars.archive.recording')}</a>
        </p>
      )}
      {data.files.length > 0 && (
        <ul>
          {data.files.map((f) => (
            <li key={f.id}>
              <a href={`${base}/files/${f.id}`}>{f.filename}</a>
            </li>
          ))}
        </ul>
      )}
      {paragraphs(data.texts.summary).map((p) => (
        <p key={p.slice(0, 40)}>{p}</p>
      ))}
      {data.publicationSlug && (
        <p>
          <a href={`/${locale}/library/${data.publicationSlug}`}>{t('webinars.archive.inLibrary')}</a>
        </p>
      )}
      {!w.recordingUrl && data.files.length === 0 && !data.texts.summary && (
        <p>{t('webinars.archive.soon')}</p>
      )}
    </section>
  );
}
