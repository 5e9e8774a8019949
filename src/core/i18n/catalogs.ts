// The explicit list of message catalogs: one line per feature. English is the source and
// types the keys; a test checks every other locale has the same keys and variables.
import accounts from '../../features/accounts/locales/index.ts';
import admin from '../../features/admin/locales/index.ts';
import api from '../../features/api/locales/index.ts';
import articles from '../../features/articles/locales/index.ts';
import communityHealth from '../../features/communities/health/locales/index.ts';
import content from '../../features/content/locales/index.ts';
import editorial from '../../features/editorial/locales/index.ts';
import events from '../../features/events/locales/index.ts';
import feedback from '../../features/feedback/locales/index.ts';
import glossary from '../../features/glossary/locales/index.ts';
import library from '../../features/library/locales/index.ts';
import libraryDetail from '../../features/library/detail/locales/index.ts';
import libraryEditorial from '../../features/library/editorial/locales/index.ts';
import libraryFiles from '../../features/library/files/locales/index.ts';
import organisations from '../../features/organisations/locales/index.ts';
import pages from '../../features/pages/locales/index.ts';
import search from '../../features/search/locales/index.ts';
import syndication from '../../features/syndication/locales/index.ts';
import taxonomy from '../../features/taxonomy/locales/index.ts';
import communities from '../../features/communities/locales/index.ts';
import members from '../../features/members/locales/index.ts';
import notifications from '../../features/notifications/locales/index.ts';
import webinars from '../../features/webinars/locales/index.ts';
import ui from '../../ui/locales/index.ts';
import type { Locale } from './locales.ts';

export const catalogs = [
  ui,
  pages,
  accounts,
  taxonomy,
  content,
  admin,
  library,
  libraryFiles,
  libraryDetail,
  libraryEditorial,
  editorial,
  events,
  glossary,
  search,
  organisations,
  articles,
  webinars,
  notifications,
  communities,
  members,
  communityHealth,
  feedback,
  api,
  syndication,
];

export type MessageKey =
  | keyof typeof ui.en
  | keyof typeof pages.en
  | keyof typeof accounts.en
  | keyof typeof taxonomy.en
  | keyof typeof content.en
  | keyof typeof admin.en
  | keyof typeof library.en
  | keyof typeof libraryFiles.en
  | keyof typeof libraryDetail.en
  | keyof typeof libraryEditorial.en
  | keyof typeof editorial.en
  | keyof typeof events.en
  | keyof typeof glossary.en
  | keyof typeof search.en
  | keyof typeof organisations.en
  | keyof typeof articles.en
  | keyof typeof webinars.en
  | keyof typeof notifications.en
  | keyof typeof communities.en
  | keyof typeof members.en
  | keyof typeof communityHealth.en
  | keyof typeof feedback.en
  | keyof typeof api.en
  | keyof typeof syndication.en;

export type Catalog = Record<string, string>;
export type FeatureCatalogs = Record<Locale, Catalog>;
