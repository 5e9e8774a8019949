import { LOCALES, type Locale } from '../core/i18n/index.ts';
import { VOCABULARIES } from '../features/taxonomy/index.tsx';
import { NEWS_CLOSINGS, NEWS_TEMPLATES } from './data/news.ts';
import { ORGANISATIONS } from './data/organisations.ts';
import { PLACES, placeOf } from './data/places.ts';
import { PROGRAMMES } from './data/programmes.ts';
import { type ContentSeed, chooseLanguages, slugger } from './content.ts';
import { REFERENCE_DATE } from './publications.ts';
import type { Random } from './random.ts';
import { slugify } from './random.ts';
import { capitalize, countryLanguage, fill, programmeSlots } from './text.ts';

const DAY = 86_400_000;
const HOUSEHOLDS = [25_000, 40_000, 75_000, 120_000, 350_000, 1_200_000];

const topicLabel = (slug: string, locale: Locale) =>
  VOCABULARIES.find((v) => v.id === 'topic')!.terms.find((t) => t.slug === slug)!.labels[locale];

/** `count` news items over the last two years, each template in turn applied to a programme. */
export function buildNews(rng: Random, count: number): ContentSeed[] {
  const slug = slugger();
  const out: ContentSeed[] = [];
  const newest = Math.min(REFERENCE_DATE, Date.now());
  for (let i = 0; i < count; i++) {
    const template = NEWS_TEMPLATES[i % NEWS_TEMPLATES.length]!;
    const programme = rng.pick(PROGRAMMES);
    const publishedAt = new Date(newest - rng.int(0, 730) * DAY - rng.int(0, 10) * 3_600_000);
    const year = publishedAt.getUTCFullYear();
    const visitor = rng.pick(PLACES.filter((p) => p.iso2 !== programme.country));
    const organisationKey = rng.pick(programme.orgs);
    const organisation = ORGANISATIONS.find((o) => o.key === organisationKey)!;
    const topic = rng.pick(programme.topics);
    const households = rng.pick(HOUSEHOLDS);
    const closing = rng.pick(NEWS_CLOSINGS);
    const local = countryLanguage(programme.country);
    const originalLocale: Locale = local !== 'en' && rng.chance(0.6) ? local : 'en';

    const texts = Object.fromEntries(
      LOCALES.map((locale) => {
        const slots = {
          ...programmeSlots(programme, locale, year),
          org: organisation.short?.[locale] ?? organisation.acronym ?? organisation.name,
          n: new Intl.NumberFormat(locale).format(households),
          fromB: locale === 'en' ? `from ${visitor.forms.en[0]}` : visitor.forms[locale][2],
          topic: topicLabel(topic, locale),
        };
        const summary = fill(template.summary[locale], slots);
        return [
          locale,
          {
            title: capitalize(fill(template.title[locale], slots)),
            summary,
            body: `${summary}\n\n${closing[locale]}`,
          },
        ];
      }),
    ) as ContentSeed['texts'];

    const topics = [...new Set([...template.topics, topic])];
    out.push({
      id: rng.uuid(),
      type: 'news',
      slug: slug(slugify(texts[originalLocale].title)),
      originalLocale,
      licence: 'cc-by-4.0',
      publishedAt,
      texts,
      translatedInto: chooseLanguages(rng, originalLocale, 0.5),
      terms: [
        { vocabularyId: 'content-type', slug: 'news' },
        ...programme.areas.slice(0, 2).map((s) => ({ vocabularyId: 'programme-area', slug: s })),
        ...topics.map((s) => ({ vocabularyId: 'topic', slug: s })),
      ],
      countries: template.visit ? [programme.country, visitor.iso2] : [placeOf(programme.country).iso2],
      organisations: [organisation.key],
    });
  }
  return out;
}
