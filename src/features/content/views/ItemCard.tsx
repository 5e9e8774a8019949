import { formatDate, languageName } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import type { ItemSummary } from '../browse.ts';
import { CONTENT_TYPES, type ContentType } from '../types.ts';

/** One item in a list: title in the reader's language (or the original, marked), date, source. */
export function ItemCard({ item, headingLevel = 3 }: { item: ItemSummary; headingLevel?: 2 | 3 }) {
  const { locale, t } = useCtx();
  const path = CONTENT_TYPES[item.type as ContentType].path;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const foreign = item.shownLocale !== locale;
  const lang = foreign ? item.shownLocale : undefined;
  return (
    <li class="card">
      <Heading lang={lang}>
        <a href={`/${locale}/${path}/${item.slug}`}>{item.title}</a>
      </Heading>
      <p class="meta">
        {item.year ? String(item.year) : item.publishedAt ? formatDate(locale, item.publishedAt) : ''}
        {item.organisations.length > 0 &&
          ` · ${item.organisations.map((o) => o.acronym ?? o.name).join(', ')}`}
        {foreign && ` · ${t('content.inLanguage', { language: languageName(item.shownLocale, locale) })}`}
      </p>
      {item.summary && <p lang={lang}>{truncate(item.summary, 220)}</p>}
    </li>
  );
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
