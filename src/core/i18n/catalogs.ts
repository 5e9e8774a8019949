// The explicit list of message catalogs: one line per feature. English is the source and
// types the keys; a test checks every other locale has the same keys and variables.
import accounts from '../../features/accounts/locales/index.ts';
import admin from '../../features/admin/locales/index.ts';
import content from '../../features/content/locales/index.ts';
import pages from '../../features/pages/locales/index.ts';
import taxonomy from '../../features/taxonomy/locales/index.ts';
import ui from '../../ui/locales/index.ts';
import type { Locale } from './locales.ts';

export const catalogs = [ui, pages, accounts, taxonomy, content, admin];

export type MessageKey =
  | keyof typeof ui.en
  | keyof typeof pages.en
  | keyof typeof accounts.en
  | keyof typeof taxonomy.en
  | keyof typeof content.en
  | keyof typeof admin.en;

export type Catalog = Record<string, string>;
export type FeatureCatalogs = Record<Locale, Catalog>;
