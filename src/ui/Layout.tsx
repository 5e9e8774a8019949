import type { ComponentChildren } from 'preact';
import { assetUrl } from '../core/http/assets.ts';
import { LOCALE_NAMES, LOCALES, localeDirection } from '../core/i18n/index.ts';
import { isStaff } from '../core/policies/index.ts';
import { useCtx } from '../core/render/context.ts';
import { CsrfField } from './forms.tsx';

interface LayoutProps {
  title: string;
  description?: string;
  children: ComponentChildren;
  /** Set false for pages that must not be indexed (account, admin, errors). */
  indexable?: boolean;
  /** The navigation entry to mark as current. */
  section?:
    | 'home'
    | 'library'
    | 'news'
    | 'events'
    | 'webinars'
    | 'communities'
    | 'about'
    | 'account'
    | 'admin'
    | 'search'
    | 'glossary';
  head?: ComponentChildren;
}

export function Layout({ title, description, children, indexable = true, section, head }: LayoutProps) {
  const { locale, t, user, pathInLocale, config, nonce, unreadNotifications } = useCtx();
  const siteName = t('ui.site.name');
  // A very long query string (a pasted 10 KB search) is not repeated in every language link.
  const path = pathInLocale.length > 500 ? (pathInLocale.split('?')[0] as string) : pathInLocale;
  const href = (l: string) => `/${l}${path === '/' ? '/' : path}`;
  // Where feedback comes from — never the secret part of a link (a shared list, an invitation).
  const feedbackFrom = /^\/(lists|communities\/invitations)\//.test(path) ? '/' : path.split('?')[0];
  const nav = [
    { id: 'library', href: `/${locale}/library`, label: t('ui.nav.library') },
    { id: 'news', href: `/${locale}/news`, label: t('ui.nav.news') },
    { id: 'events', href: `/${locale}/events`, label: t('ui.nav.events') },
    { id: 'webinars', href: `/${locale}/webinars`, label: t('ui.nav.webinars') },
    { id: 'communities', href: `/${locale}/communities`, label: t('ui.nav.communities') },
    { id: 'glossary', href: `/${locale}/glossary`, label: t('glossary.nav') },
    { id: 'about', href: `/${locale}/about`, label: t('ui.nav.about') },
    { id: 'search', href: `/${locale}/search`, label: t('ui.nav.search') },
  ] as const;
  return (
    <html lang={locale} dir={localeDirection(locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title === siteName ? siteName : `${title} · ${siteName}`}</title>
        {description && <meta name="description" content={description} />}
        {!indexable && <meta name="robots" content="noindex" />}
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={assetUrl('app.css')} />
        {indexable &&
          LOCALES.map((l) => (
            <link key={l} rel="alternate" hreflang={l} href={`${config.publicUrl}${href(l)}`} />
          ))}
        {indexable && <link rel="alternate" hreflang="x-default" href={`${config.publicUrl}${href('en')}`} />}
        {head}
        <script type="module" src={assetUrl('app.js')} nonce={nonce} defer />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('ui.skipToContent')}
        </a>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="brand" href={`/${locale}/`}>
              {siteName}
            </a>
            <nav aria-label={t('ui.nav.label')}>
              <ul class="nav">
                {nav.map((n) => (
                  <li key={n.id}>
                    <a href={n.href} aria-current={section === n.id ? 'page' : undefined}>
                      {n.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <div class="account">
              {user ? (
                <ul class="nav">
                  <li>
                    <a
                      href={`/${locale}/me`}
                      aria-current={path.split('?')[0] === '/me' ? 'page' : undefined}
                    >
                      {t('members.me.title')}
                    </a>
                  </li>
                  <li>
                    <a href={`/${locale}/account`} aria-current={section === 'account' ? 'page' : undefined}>
                      {t('ui.account.mine')}
                    </a>
                  </li>
                  <li>
                    <a
                      href={`/${locale}/notifications`}
                      aria-current={path.split('?')[0] === '/notifications' ? 'page' : undefined}
                    >
                      {t('notifications.header.link')}
                      {!!unreadNotifications && (
                        <>
                          <span aria-hidden="true"> ({unreadNotifications})</span>
                          <span class="visually-hidden">
                            {t('notifications.header.unread', { count: unreadNotifications })}
                          </span>
                        </>
                      )}
                    </a>
                  </li>
                  {isStaff(user) && (
                    <li>
                      <a href={`/${locale}/admin`} aria-current={section === 'admin' ? 'page' : undefined}>
                        {t('ui.nav.admin')}
                      </a>
                    </li>
                  )}
                  <li>
                    <form method="post" action={`/${locale}/sign-out`} class="inline">
                      <CsrfField />
                      <button type="submit" class="link-button">
                        {t('ui.account.signOut')}
                      </button>
                    </form>
                  </li>
                </ul>
              ) : (
                <ul class="nav">
                  <li>
                    <a href={`/${locale}/sign-in`}>{t('ui.account.signIn')}</a>
                  </li>
                  <li>
                    <a href={`/${locale}/register`} class="button-link">
                      {t('ui.account.register')}
                    </a>
                  </li>
                </ul>
              )}
            </div>
          </div>
          <nav class="wrap languages" aria-label={t('ui.languages.label')}>
            <ul>
              {LOCALES.map((l) => (
                <li key={l}>
                  <a href={href(l)} hreflang={l} lang={l} aria-current={l === locale ? 'true' : undefined}>
                    {LOCALE_NAMES[l]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" class="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <nav aria-label={t('ui.footer.label')}>
              <ul class="nav">
                <li>
                  <a href={`/${locale}/about`}>{t('ui.footer.about')}</a>
                </li>
                <li>
                  <a href={`/${locale}/members`}>{t('ui.footer.members')}</a>
                </li>
                <li>
                  <a href={`/${locale}/organisations`}>{t('ui.footer.organisations')}</a>
                </li>
                <li>
                  <a href={`/${locale}/terms`}>{t('ui.footer.terms')}</a>
                </li>
                <li>
                  <a href={`/${locale}/privacy`}>{t('ui.footer.privacy')}</a>
                </li>
                <li>
                  <a href={`/${locale}/contact`}>{t('ui.footer.contact')}</a>
                </li>
                <li>
                  <a href={`/${locale}/feedback?from=${encodeURIComponent(`/${locale}${feedbackFrom}`)}`}>
                    {t('ui.footer.feedback')}
                  </a>
                </li>
              </ul>
            </nav>
            <p>{t('ui.footer.tagline')}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
