import type { DbOrTx } from '../core/db/client.ts';
import type { Locale } from '../core/i18n/index.ts';
import {
  contentCountry,
  contentItem,
  contentOrganisation,
  contentTerm,
  contentTranslation,
} from '../features/content/tables.ts';
import { reindexAllEvents } from '../features/events/search-index.ts';
import { type AttendanceMode, type EventKind, eventDetails } from '../features/events/tables.ts';
import { nextDay, zonedInstant } from '../features/events/time.ts';
import { slugify } from '../features/library/editorial/slug.ts';
import type { Random } from './random.ts';
import { insertRows } from './repository.ts';

const DAY = 86_400_000;

type Text = { title: string; summary: string };

interface EventSeed {
  texts: Partial<Record<Locale, Text>>;
  original: Locale;
  kind: EventKind;
  mode: AttendanceMode;
  zone: string;
  /** Days from the seed's run date (negative: past), and the last day for multi-day events. */
  from: number;
  to?: number;
  /** Local clock times; none for an all-day event. */
  times?: [string, string];
  venue?: string;
  city?: string;
  country?: string;
  onlineUrl?: string;
  registrationUrl?: string;
  websiteUrl?: string;
  organisations: string[];
  topics: string[];
  areas?: string[];
}

/** Conferences, trainings and courses around the seed's run date, in the zones they happen in. */
const EVENTS: EventSeed[] = [
  {
    original: 'en',
    texts: {
      en: {
        title: 'Africa Social Protection Week',
        summary:
          'Ministers, social protection agencies and researchers from across the continent review progress towards universal social protection floors and the financing it needs.',
      },
      fr: {
        title: 'Semaine africaine de la protection sociale',
        summary:
          'Ministres, agences de protection sociale et chercheurs du continent font le point sur les socles universels de protection sociale et leur financement.',
      },
    },
    kind: 'conference',
    mode: 'in_person',
    zone: 'Africa/Nairobi',
    from: -150,
    to: -147,
    venue: 'Kenyatta International Convention Centre',
    city: 'Nairobi',
    country: 'KE',
    websiteUrl: 'https://au.int/en/events',
    organisations: ['african-union', 'ilo'],
    topics: ['universal-sp-floors', 'financing'],
  },
  {
    original: 'en',
    texts: {
      en: {
        title: 'Online training: building dynamic social registries',
        summary:
          'A three-hour session for registry managers on interoperability, updating household data on demand and protecting personal data.',
      },
    },
    kind: 'training',
    mode: 'online',
    zone: 'Asia/Jakarta',
    from: -60,
    times: ['09:00', '12:00'],
    onlineUrl: 'https://example.org/registries-training',
    organisations: ['bappenas', 'world-bank'],
    topics: ['digital-delivery', 'targeting'],
  },
  {
    original: 'fr',
    texts: {
      fr: {
        title: 'Atelier : transferts monétaires réactifs aux chocs au Sahel',
        summary:
          'Deux journées pour partager les leçons des réponses aux sécheresses et aux inondations au Sénégal, au Niger et au Burkina Faso.',
      },
      en: {
        title: 'Workshop: shock-responsive cash transfers in the Sahel',
        summary:
          'Two days to share lessons from drought and flood responses in Senegal, Niger and Burkina Faso.',
      },
    },
    kind: 'workshop',
    mode: 'hybrid',
    zone: 'Africa/Dakar',
    from: -20,
    to: -19,
    times: ['09:00', '17:00'],
    venue: 'Hôtel Terrou-Bi',
    city: 'Dakar',
    country: 'SN',
    onlineUrl: 'https://example.org/sahel-workshop',
    organisations: ['wfp', 'dgpsn-senegal'],
    topics: ['shock-responsive', 'climate'],
    areas: ['cash-transfers'],
  },
  {
    original: 'pt',
    texts: {
      pt: {
        title: 'Curso online: desenho de pensões sociais',
        summary:
          'Sessão aberta sobre elegibilidade, valor do benefício e financiamento das pensões não contributivas, com exemplos do Brasil, da Bolívia e de Moçambique.',
      },
      en: {
        title: 'Online course: designing social pensions',
        summary:
          'An open session on eligibility, benefit levels and financing of non-contributory pensions, with examples from Brazil, Bolivia and Mozambique.',
      },
      es: {
        title: 'Curso en línea: diseño de pensiones sociales',
        summary:
          'Sesión abierta sobre elegibilidad, monto de la prestación y financiamiento de las pensiones no contributivas, con ejemplos de Brasil, Bolivia y Mozambique.',
      },
    },
    kind: 'course',
    mode: 'online',
    zone: 'America/Sao_Paulo',
    from: 5,
    times: ['14:00', '16:00'],
    onlineUrl: 'https://example.org/social-pensions-course',
    registrationUrl: 'https://example.org/social-pensions-course/register',
    organisations: ['ipc-ig', 'helpage'],
    topics: ['benefit-adequacy'],
    areas: ['social-pensions'],
  },
  {
    original: 'en',
    texts: {
      en: {
        title: 'Training of trainers on gender-responsive social protection',
        summary:
          'Three days for national trainers on care, maternity protection and women’s access to cash transfers.',
      },
    },
    kind: 'training',
    mode: 'in_person',
    zone: 'Africa/Nairobi',
    from: 9,
    to: 11,
    times: ['08:30', '16:30'],
    venue: 'UN Gigiri Complex',
    city: 'Nairobi',
    country: 'KE',
    registrationUrl: 'https://example.org/gender-tot',
    organisations: ['unicef', 'kenya-sdsp'],
    topics: ['gender', 'care'],
  },
  {
    original: 'pt',
    texts: {
      pt: {
        title: 'Intercâmbio Sul–Sul sobre o Bolsa Família',
        summary:
          'Delegações da África e da Ásia conhecem a gestão do Cadastro Único e do Bolsa Família em Brasília e em municípios do entorno.',
      },
      en: {
        title: 'South–South exchange on Bolsa Família',
        summary:
          'Delegations from Africa and Asia learn how the Cadastro Único and Bolsa Família are run, in Brasília and nearby municipalities.',
      },
    },
    kind: 'meeting',
    mode: 'in_person',
    zone: 'America/Sao_Paulo',
    from: 12,
    to: 14,
    city: 'Brasília',
    country: 'BR',
    organisations: ['mds-brazil', 'ipc-ig'],
    topics: ['south-south-cooperation'],
    areas: ['conditional-cash-transfers'],
  },
  {
    original: 'en',
    texts: {
      en: {
        title: 'Online training: climate-adaptive social protection in South-East Asia',
        summary:
          'How social protection systems prepare for typhoons, floods and heatwaves before they strike.',
      },
    },
    kind: 'training',
    mode: 'online',
    zone: 'Asia/Jakarta',
    from: 18,
    times: ['09:00', '11:00'],
    onlineUrl: 'https://example.org/adaptive-sp',
    organisations: ['asean', 'giz'],
    topics: ['climate', 'shock-responsive'],
  },
  {
    original: 'en',
    texts: {
      en: {
        title: 'Regional conference on universal social protection in South Asia',
        summary:
          'Governments, trade unions and researchers discuss extending coverage to informal workers and financing universal schemes.',
      },
      fr: {
        title: 'Conférence régionale sur la protection sociale universelle en Asie du Sud',
        summary:
          'Gouvernements, syndicats et chercheurs débattent de l’extension de la couverture aux travailleurs informels et du financement des régimes universels.',
      },
    },
    kind: 'conference',
    mode: 'hybrid',
    zone: 'Asia/Kolkata',
    from: 25,
    to: 27,
    times: ['09:30', '17:30'],
    venue: 'India Habitat Centre',
    city: 'New Delhi',
    country: 'IN',
    onlineUrl: 'https://example.org/south-asia-usp',
    organisations: ['niti-aayog', 'ilo'],
    topics: ['universal-sp-floors', 'informality'],
  },
  {
    original: 'en',
    texts: {
      en: {
        title: 'Workshop on graduation programmes for economic inclusion',
        summary:
          'Practitioners compare asset transfers, coaching and savings groups across Bangladesh and East Africa.',
      },
    },
    kind: 'workshop',
    mode: 'hybrid',
    zone: 'Asia/Dhaka',
    from: 33,
    times: ['09:00', '17:00'],
    city: 'Dhaka',
    country: 'BD',
    onlineUrl: 'https://example.org/graduation',
    organisations: ['brac', 'world-bank'],
    topics: ['poverty-inequality'],
    areas: ['productive-inclusion'],
  },
  {
    original: 'fr',
    texts: {
      fr: {
        title: 'Forum mondial de la sécurité sociale',
        summary:
          'Le forum triennal des institutions de sécurité sociale : couverture, numérique et services aux assurés.',
      },
      en: {
        title: 'World Social Security Forum',
        summary:
          'The triennial forum of social security institutions: coverage, digital services and the insured.',
      },
      es: {
        title: 'Foro Mundial de la Seguridad Social',
        summary:
          'El foro trienal de las instituciones de seguridad social: cobertura, servicios digitales y asegurados.',
      },
    },
    kind: 'conference',
    mode: 'in_person',
    zone: 'Africa/Casablanca',
    from: 45,
    to: 49,
    venue: 'Palais des congrès',
    city: 'Marrakech',
    country: 'MA',
    websiteUrl: 'https://www.issa.int/events',
    organisations: ['issa', 'cnss-morocco'],
    topics: ['coverage-extension', 'digital-delivery'],
    areas: ['social-insurance'],
  },
  {
    original: 'fr',
    texts: {
      fr: {
        title: 'Cours : suivi et évaluation des programmes de transferts monétaires',
        summary:
          'Quatre semaines en ligne, deux séances par semaine, sur les indicateurs, les enquêtes et l’évaluation d’impact.',
      },
    },
    kind: 'course',
    mode: 'online',
    zone: 'Africa/Dakar',
    from: 60,
    to: 88,
    times: ['10:00', '12:00'],
    onlineUrl: 'https://example.org/me-course',
    registrationUrl: 'https://example.org/me-course/inscription',
    organisations: ['ids', 'unicef'],
    topics: ['monitoring-evaluation'],
    areas: ['cash-transfers'],
  },
  {
    original: 'es',
    texts: {
      es: {
        title: 'Intercambio entre pares sobre protección social para trabajadores informales',
        summary:
          'Ministerios de América Latina comparan cómo llegan a los trabajadores independientes e informales con seguros y transferencias.',
      },
      en: {
        title: 'Peer exchange on social protection for informal workers',
        summary:
          'Latin American ministries compare how they reach self-employed and informal workers with insurance and transfers.',
      },
    },
    kind: 'meeting',
    mode: 'in_person',
    zone: 'America/Lima',
    from: 70,
    to: 71,
    city: 'Lima',
    country: 'PE',
    organisations: ['midis-peru', 'eclac'],
    topics: ['informality', 'coverage-extension'],
  },
];

/**
 * The demo events, dated around the run date so the calendar always has past and upcoming
 * ones. Returns how many were written (already indexed for search).
 */
export async function seedEvents(
  tx: DbOrTx,
  rng: Random,
  termId: (vocabularyId: string, slug: string) => number,
  organisationId: (key: string) => string,
): Promise<number> {
  const today = new Date(Math.floor(Date.now() / DAY) * DAY);
  const day = (offset: number) => new Date(today.getTime() + offset * DAY).toISOString().slice(0, 10);
  const rows = EVENTS.map((e) => {
    const first = day(e.from);
    const last = day(e.to ?? e.from);
    const startsAt = zonedInstant(first, e.times?.[0] ?? '00:00', e.zone);
    const endsAt = e.times
      ? zonedInstant(last, e.times[1], e.zone)
      : zonedInstant(nextDay(last), '00:00', e.zone);
    const publishedAt = new Date(Math.min(Date.now(), startsAt.getTime() - 30 * DAY));
    return { e, id: rng.uuid(), slug: slugify(e.texts[e.original]!.title), startsAt, endsAt, publishedAt };
  });
  await insertRows(
    tx,
    contentItem,
    rows.map((r) => ({
      id: r.id,
      type: 'event',
      slug: r.slug,
      status: 'published' as const,
      originalLocale: r.e.original,
      publishedAt: r.publishedAt,
      createdAt: r.publishedAt,
      updatedAt: r.publishedAt,
    })),
  );
  await insertRows(
    tx,
    contentTranslation,
    rows.flatMap((r) =>
      Object.entries(r.e.texts).map(([locale, text]) => ({
        itemId: r.id,
        locale,
        title: text.title,
        summary: text.summary,
        provenance: locale === r.e.original ? ('original' as const) : ('human' as const),
        updatedAt: r.publishedAt,
      })),
    ),
  );
  await insertRows(
    tx,
    contentTerm,
    rows.flatMap((r) =>
      [
        termId('content-type', 'event'),
        ...r.e.topics.map((s) => termId('topic', s)),
        ...(r.e.areas ?? []).map((s) => termId('programme-area', s)),
      ].map((id) => ({ itemId: r.id, termId: id })),
    ),
  );
  await insertRows(
    tx,
    contentCountry,
    rows.flatMap((r) => (r.e.country ? [{ itemId: r.id, country: r.e.country }] : [])),
  );
  await insertRows(
    tx,
    contentOrganisation,
    rows.flatMap((r) =>
      r.e.organisations.map((key) => ({ itemId: r.id, organisationId: organisationId(key) })),
    ),
  );
  await insertRows(
    tx,
    eventDetails,
    rows.map((r) => ({
      itemId: r.id,
      kind: r.e.kind,
      mode: r.e.mode,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      timeZone: r.e.zone,
      allDay: !r.e.times,
      venue: r.e.venue ?? null,
      city: r.e.city ?? null,
      country: r.e.country ?? null,
      onlineUrl: r.e.onlineUrl ?? null,
      registrationUrl: r.e.registrationUrl ?? null,
      websiteUrl: r.e.websiteUrl ?? null,
    })),
  );
  await reindexAllEvents(tx);
  return rows.length;
}
