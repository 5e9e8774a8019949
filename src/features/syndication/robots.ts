import { LOCALES } from '../../core/i18n/index.ts';
import { CONTENT_TYPES } from '../content/types.ts';

/**
 * Per language: what is private to a member or to the team (account, dashboard, reading lists,
 * notifications, the team's screens, submissions and forms), and the pages that hold a secret
 * (shared lists, invitations). `$` ends a path, so a publication whose slug starts with
 * "submit" or "me" stays crawlable; `*` stands for a slug (RFC 9309).
 */
const PRIVATE = [
  '/account',
  '/me$',
  '/me/',
  '/admin',
  '/lists/',
  '/notifications',
  '/sign-in',
  '/register',
  '/forgot-password',
  '/reset-password',
  '/verify-email',
  '/workflow/',
  '/feedback',
  '/communities/request',
  '/communities/invitations/',
  '/communities/*/threads/new',
  '/communities/*/threads/*/posts/',
  '/organisations/*/manage',
  '/webinars/*/registration',
  ...Object.values(CONTENT_TYPES).flatMap((d) => [
    `/${d.path}/submit$`,
    `/${d.path}/submissions$`,
    `/${d.path}/submissions/`,
  ]),
];

/** robots.txt: the public site is open to every crawler; private areas are not; where the sitemap is. */
export function robotsTxt(origin: string): string {
  const lines = ['User-agent: *', 'Allow: /'];
  for (const locale of LOCALES) for (const path of PRIVATE) lines.push(`Disallow: /${locale}${path}`);
  lines.push('', `Sitemap: ${origin}/sitemap.xml`, '');
  return lines.join('\n');
}
