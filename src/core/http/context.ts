import type { Config } from '../../config.ts';
import type { Locale, Translate } from '../i18n/index.ts';

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  handle: string;
  role: 'member' | 'editor' | 'admin';
  locale: Locale;
  timeZone: string;
  emailVerified: boolean;
  twoFactorEnabled: boolean;
}

/** What every page needs to render, built once per request. */
export interface RequestContext {
  locale: Locale;
  t: Translate;
  user: SessionUser | null;
  csrfToken: string;
  nonce: string;
  /** Path after the locale prefix, with query string ("/library?page=2"). */
  pathInLocale: string;
  config: Config;
  /** Labels of the form fields on the page being rendered, so the error summary can name them. */
  fieldLabels: Map<string, string>;
  /** Unread notifications of the signed-in member, for the header (set by the notifications feature). */
  unreadNotifications?: number;
}
