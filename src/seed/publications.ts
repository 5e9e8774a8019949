import { LOCALES, type Locale } from '../core/i18n/index.ts';
import { PLACES, placeOf } from './data/places.ts';
import { PROGRAMMES, type ProgrammeSeed } from './data/programmes.ts';
import {
  AUTHOR_FAMILY,
  AUTHOR_GIVEN,
  FINDINGS,
  LICENCES,
  RECOMMENDATIONS,
  TITLE_TEMPLATES,
  type TitleTemplate,
} from './data/publications.ts';
import { type ContentSeed, chooseLanguages, slugger } from './content.ts';
import type { Random } from './random.ts';
import { slugify } from './random.ts';
import { capitalize, countryLanguage, fill, programmeSlots } from './text.ts';

export const LAST_YEAR = 2026;
/** Demo items are dated up to this day (or today, if earlier), so reruns give the same dates. */
export const REFERENCE_DATE = Date.UTC(2026, 10, 15);
const DAY = 86_400_000;

const PAGES: Record<string, [number, number]> = {
  'fact-sheet': [1, 4],
  infographic: [1, 2],
  'policy-brief': [4, 12],
  presentation: [10, 40],
  'working-paper': [20, 60],
  'journal-article': [15, 35],
  'book-chapter': [15, 40],
  report: [40, 180],
  evaluation: [60, 220],
  'manual-toolkit': [30, 150],
  thesis: [80, 250],
};

function originalLanguage(rng: Random, programme: ProgrammeSeed): Locale {
  const local = countryLanguage(programme.country);
  if (local !== 'en')
    return rng.weighted([
      [local, 55],
      ['en', 45],
    ] as const);
  return rng.weighted([
    ['en', 88],
    ['fr', 4],
    ['es', 4],
    ['pt', 4],
  ] as const);
}

function yearRange(programme: ProgrammeSeed, template: TitleTemplate): [number, number] {
  return [
    Math.max(2012, programme.since, template.minYear ?? 2012),
    Math.min(LAST_YEAR, template.maxYear ?? LAST_YEAR),
  ];
}

function dateIn(rng: Random, year: number): Date {
  const end = Math.min(Date.UTC(year, 11, 31), REFERENCE_DATE, Date.now());
  const start = Math.min(Date.UTC(year, 0, 1), end);
  return new Date(
    start + Math.floor(rng.next() * ((end - start) / DAY + 1)) * DAY + rng.int(7, 17) * 3_600_000,
  );
}

/** ~`count` publications: each one title template applied to one programme, never twice the same pair. */
export function buildPublications(rng: Random, count: number): ContentSeed[] {
  const slug = slugger();
  const used = new Set<string>();
  const out: ContentSeed[] = [];
  let order: ProgrammeSeed[] = [];
  while (out.length < count) {
    if (order.length === 0) order = rng.sample(PROGRAMMES, PROGRAMMES.length);
    const programme = order.pop()!;
    const candidates = TITLE_TEMPLATES.filter((t) => {
      const [from, to] = yearRange(programme, t);
      return from <= to && !used.has(`${programme.key}/${t.key}`);
    });
    if (candidates.length === 0) continue;
    const template = rng.pick(candidates);
    used.add(`${programme.key}/${template.key}`);
    out.push(buildOne(rng, programme, template, slug));
  }
  return out;
}

function buildOne(
  rng: Random,
  programme: ProgrammeSeed,
  template: TitleTemplate,
  slug: (base: string) => string,
): ContentSeed {
  const [from, to] = yearRange(programme, template);
  const year = rng.int(from, to);
  const originalLocale = originalLanguage(rng, programme);
  const finding = rng.pick(FINDINGS);
  const recommendation = rng.pick(RECOMMENDATIONS);
  const texts = Object.fromEntries(
    LOCALES.map((locale) => {
      const slots = programmeSlots(programme, locale, year);
      const summary = [fill(template.opening[locale], slots), finding[locale], recommendation[locale]].join(
        ' ',
      );
      return [locale, { title: capitalize(fill(template.title[locale], slots)), summary, body: null }];
    }),
  ) as ContentSeed['texts'];

  const documentType = rng.pick(template.documentTypes);
  const topics = [...new Set([...template.topics, ...rng.sample(programme.topics, 2)])].slice(
    0,
    rng.int(Math.max(1, Math.min(2, template.topics.length)), 3),
  );
  const groups = [
    ...new Set([...(template.groups ?? []), ...rng.sample(programme.groups, rng.int(1, 2))]),
  ].slice(0, 3);
  const areas = programme.areas.slice(0, 3);
  const neighbours = PLACES.filter(
    (p) => p.subregion === placeOf(programme.country).subregion && p.iso2 !== programme.country,
  ).map((p) => p.iso2);
  const others = programme.alsoIn ?? (template.regional ? neighbours : []);
  const countries = [programme.country, ...rng.sample(others, others.length ? rng.int(1, 2) : 0)];
  const [lead, ...partners] = programme.orgs;
  const organisations = [lead!, ...rng.sample(partners, rng.int(0, 2))];
  const authors = rng.chance(0.75)
    ? [
        ...new Set(
          Array.from({ length: rng.int(1, 4) }, () => `${rng.pick(AUTHOR_GIVEN)} ${rng.pick(AUTHOR_FAMILY)}`),
        ),
      ]
    : [];
  const [minPages, maxPages] = PAGES[documentType] ?? [20, 100];

  return {
    id: rng.uuid(),
    type: 'publication',
    slug: slug(slugify(texts[originalLocale].title)),
    originalLocale,
    licence: rng.weighted(LICENCES),
    publishedAt: dateIn(rng, year),
    texts,
    translatedInto: chooseLanguages(rng, originalLocale, 0.4),
    terms: [
      { vocabularyId: 'content-type', slug: 'publication' },
      { vocabularyId: 'document-type', slug: documentType },
      ...areas.map((s) => ({ vocabularyId: 'programme-area', slug: s })),
      ...topics.map((s) => ({ vocabularyId: 'topic', slug: s })),
      ...groups.map((s) => ({ vocabularyId: 'population-group', slug: s })),
    ],
    countries: countries.slice(0, 3),
    organisations,
    publication: { year, authors, pageCount: rng.int(minPages, maxPages) },
  };
}
