import { Fragment } from 'preact';
import type { FieldError } from '../../../../core/errors.ts';
import { formatDate, formatDateTime, type MessageKey } from '../../../../core/i18n/index.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { CsrfField, ErrorSummary, Notice } from '../../../../ui/forms.tsx';
import { Layout } from '../../../../ui/Layout.tsx';
import type { InterestGroup } from '../../../accounts/repository.ts';
import { CONTENT_TYPES, type ContentType } from '../../../content/types.ts';
import { countryName, countryOptions } from '../../../taxonomy/countries.ts';
import type { dashboardFor } from '../dashboard.ts';

type Dashboard = Awaited<ReturnType<typeof dashboardFor>>;

const itemHref = (locale: string, type: string, slug: string) =>
  `/${locale}/${CONTENT_TYPES[type as ContentType]?.path ?? 'library'}/${slug}`;

/** The member's own page: what is new for them, what they submitted, where they take part. */
export function DashboardPage(p: {
  d: Dashboard;
  themes: InterestGroup[];
  errors?: FieldError[];
  notice?: string;
}) {
  const { t, locale, user } = useCtx();
  const d = p.d;
  const zone = user?.timeZone ?? 'UTC';
  return (
    <Layout title={t('members.me.title')} section="account" indexable={false}>
      <h1>{t('members.me.title')}</h1>
      <Notice text={p.notice} />
      <ErrorSummary errors={p.errors ?? []} />
      <section aria-labelledby="h-for-you">
        <h2 id="h-for-you">{t('members.me.forYou')}</h2>
        {d.items.length === 0 ? (
          <p>{t(d.follows.length ? 'members.me.forYouEmpty' : 'members.me.forYouStart')}</p>
        ) : (
          <ul class="cards">
            {d.items.map((i) => (
              <li key={i.ref_id} class="card">
                <h3>
                  <a href={itemHref(locale, i.kind, i.slug)}>
                    {i.titles[locale] ?? i.titles[i.original_locale] ?? i.slug}
                  </a>
                </h3>
                <p class="meta">
                  {t(`members.me.kind.${i.kind}` as MessageKey)}
                  {i.sort_date && ` · ${formatDate(locale, new Date(i.sort_date), 'medium')}`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="h-follows">
        <h2 id="h-follows">{t('members.me.follows')}</h2>
        {d.follows.length === 0 ? (
          <p>{t('members.me.followsNone')}</p>
        ) : (
          <ul>
            {d.follows.map((f) => (
              <li key={`${f.kind}:${f.target_id}`}>
                {f.kind === 'country' ? (
                  countryName(f.target_id, locale)
                ) : f.kind === 'organisation' && f.slug ? (
                  <a href={`/${locale}/organisations/${f.slug}`}>{f.label}</a>
                ) : f.kind === 'member' && f.slug ? (
                  <a href={`/${locale}/members/${f.slug}`}>{f.label}</a>
                ) : (
                  (f.label ?? f.target_id)
                )}{' '}
                <span class="meta">({t(`members.me.followKind.${f.kind}` as MessageKey)})</span>{' '}
                <form method="post" action={`/${locale}/me/unfollow`} class="inline">
                  <CsrfField />
                  <input type="hidden" name="kind" value={f.kind} />
                  <input type="hidden" name="target" value={f.target_id} />
                  <button type="submit" class="link-button">
                    {t('members.me.unfollow')}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <FollowPicker
          kind="term"
          label={t('members.me.followTheme')}
          groups={p.themes.map((g) => ({
            label: g.label,
            options: g.terms.map((term) => ({ value: String(term.id), label: term.label })),
          }))}
        />
        <FollowPicker
          kind="country"
          label={t('members.me.followCountry')}
          groups={[{ options: countryOptions(locale).map((c) => ({ value: c.code, label: c.name })) }]}
        />
      </section>
      <section aria-labelledby="h-lists">
        <h2 id="h-lists">{t('members.me.lists')}</h2>
        {d.lists.length === 0 ? (
          <p>{t('members.me.listsNone')}</p>
        ) : (
          <ul>
            {d.lists.slice(0, 5).map((l) => (
              <li key={l.id}>
                <a href={`/${locale}/me/lists/${l.id}`}>{l.name}</a>{' '}
                <span class="meta">
                  · {t('members.lists.count', { count: l.items, formatted: String(l.items) })}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={`/${locale}/me/lists`}>{t('members.me.listsLink')}</a>
        </p>
      </section>
      <section aria-labelledby="h-webinars">
        <h2 id="h-webinars">{t('members.me.webinars')}</h2>
        {d.registrations.length === 0 ? (
          <p>
            {t('members.me.webinarsNone')} <a href={`/${locale}/webinars`}>{t('members.me.webinarsLink')}</a>
          </p>
        ) : (
          <ul>
            {d.registrations.map((r) => (
              <li key={r.slug}>
                <a href={`/${locale}/webinars/${r.slug}`}>{r.title}</a>{' '}
                <span class="meta">
                  · {formatDateTime(locale, new Date(r.starts_at), zone)}
                  {r.status === 'waitlisted' && ` · ${t('members.me.waitlisted')}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="h-communities">
        <h2 id="h-communities">{t('members.me.communities')}</h2>
        {d.communities.length === 0 ? (
          <p>
            {t('members.me.communitiesNone')}{' '}
            <a href={`/${locale}/communities`}>{t('members.me.communitiesLink')}</a>
          </p>
        ) : (
          <ul>
            {d.communities.map((c) => (
              <li key={c.slug}>
                <a href={`/${locale}/communities/${c.slug}`}>{c.name}</a>
                {c.unread > 0 && <span class="meta"> · {t('members.me.unread', { count: c.unread })}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="h-submissions">
        <h2 id="h-submissions">{t('members.me.submissions')}</h2>
        {d.submissions.length === 0 ? (
          <p>
            {t('members.me.submissionsNone')}{' '}
            <a href={`/${locale}/library/submit`}>{t('members.me.submit')}</a>
          </p>
        ) : (
          <ul>
            {d.submissions.map((s) => (
              <li key={s.id}>
                {s.status === 'published' ? (
                  <a href={itemHref(locale, s.type, s.slug)}>{s.title}</a>
                ) : (
                  s.title
                )}{' '}
                <span class="meta">
                  · {t(`members.me.kind.${s.type}` as MessageKey)} ·{' '}
                  {t(`members.me.status.${s.status}` as MessageKey)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}

/** A form to follow one thing picked from a list (grouped when the groups have labels). */
function FollowPicker(p: {
  kind: 'term' | 'country';
  label: string;
  groups: { label?: string; options: { value: string; label: string }[] }[];
}) {
  const { t, locale } = useCtx();
  const id = `f-target-${p.kind}`;
  const options = (o: { value: string; label: string }[]) =>
    o.map((x) => (
      <option key={x.value} value={x.value}>
        {x.label}
      </option>
    ));
  return (
    <form method="post" action={`/${locale}/me/follow`} class="filters">
      <CsrfField />
      <input type="hidden" name="kind" value={p.kind} />
      <div class="field">
        <label for={id}>{p.label}</label>
        <select id={id} name="target" required>
          {p.groups.map((g, i) =>
            g.label ? (
              <optgroup key={g.label} label={g.label}>
                {options(g.options)}
              </optgroup>
            ) : (
              <Fragment key={i}>{options(g.options)}</Fragment>
            ),
          )}
        </select>
      </div>
      <p>
        <button type="submit">{t('members.me.follow')}</button>
      </p>
    </form>
  );
}
