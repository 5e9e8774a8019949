import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../core/db/client.ts';
import { replaceClassification, replaceTranslations } from '../features/content/repository.ts';
import { insertWebinar, insertWebinarItem, replacePeople } from '../features/webinars/repository.ts';
import { reindexWebinar } from '../features/webinars/search.ts';
import { webinarRegistration } from '../features/webinars/tables.ts';
import { zonedToUtc } from '../features/webinars/time.ts';
import type { Random } from './random.ts';

interface WebinarSeed {
  slug: string;
  /** Days from today (negative: past), local time in the organiser's zone. */
  inDays: number;
  time: string;
  zone: string;
  minutes: number;
  capacity: number | null;
  languages: string[];
  interpretation: string[];
  regions: string[];
  organisations: string[];
  moderator: [string, string, string];
  speakers: [string, string, string][];
  texts: { locale: string; title: string; body: string; summary?: string }[];
  recording?: string;
  registrants: number;
}

// Webinars like those the real platform ran with partners: upcoming ones open for registration,
// one full with a waitlist, past ones with a recording and a summary (the archive).
const WEBINARS: WebinarSeed[] = [
  {
    slug: 'shock-responsive-social-protection-in-the-sahel',
    inDays: 9,
    time: '14:00',
    zone: 'Africa/Dakar',
    minutes: 90,
    capacity: 500,
    languages: ['en', 'fr'],
    interpretation: ['en', 'fr'],
    regions: ['sub-saharan-africa', 'europe-central-asia'],
    organisations: ['wfp', 'world-bank'],
    moderator: ['Awa Ndiaye', 'Programme officer', 'IPC-IG'],
    speakers: [
      ['Moussa Issoufou', 'Director of social safety nets', 'Government of Niger'],
      ['Clara Ruiz', 'Senior social protection specialist', 'World Bank'],
    ],
    texts: [
      {
        locale: 'en',
        title: 'Shock-responsive social protection in the Sahel: scaling up before the lean season',
        body: 'How Niger, Mali and Burkina Faso used early-warning data to scale up cash transfers ahead of the 2025 lean season, and what it took to pay on time.\n\nThe session presents the triggers, the financing arrangements and the registries behind vertical and horizontal expansion, followed by questions from participants.',
      },
      {
        locale: 'fr',
        title: 'Protection sociale réactive aux chocs au Sahel : anticiper la période de soudure',
        body: 'Comment le Niger, le Mali et le Burkina Faso ont utilisé les données d’alerte précoce pour étendre les transferts monétaires avant la soudure 2025, et ce qu’il a fallu pour payer à temps.\n\nLa session présente les déclencheurs, les financements et les registres qui ont permis l’extension verticale et horizontale, puis répond aux questions des participants.',
      },
    ],
    registrants: 46,
  },
  {
    slug: 'digital-public-infrastructure-for-social-protection-payments',
    inDays: 16,
    time: '09:00',
    zone: 'America/Sao_Paulo',
    minutes: 75,
    capacity: 40,
    languages: ['es', 'pt'],
    interpretation: ['en'],
    regions: ['latin-america-caribbean', 'sub-saharan-africa'],
    organisations: ['mds-brazil', 'ipc-ig'],
    moderator: ['Renata Oliveira', 'Research coordinator', 'IPC-IG'],
    speakers: [
      ['Joaquín Herrera', 'Head of payments', 'Ministry of Social Development, Uruguay'],
      [
        'Fernanda Lima',
        'Secretary for the Single Registry',
        'Ministry of Development and Social Assistance, Brazil',
      ],
    ],
    texts: [
      {
        locale: 'pt',
        title: 'Infraestrutura pública digital para pagamentos da proteção social',
        body: 'Pix, contas simplificadas e o Cadastro Único: o que o Brasil e o Uruguai aprenderam ao pagar benefícios diretamente em contas digitais, e como proteger quem não tem acesso à internet.\n\nVagas limitadas: a sessão é interativa, com trabalho em pequenos grupos.',
      },
      {
        locale: 'es',
        title: 'Infraestructura pública digital para los pagos de la protección social',
        body: 'Pix, cuentas simplificadas y el Registro Único: lo que Brasil y Uruguay aprendieron al pagar prestaciones directamente en cuentas digitales, y cómo proteger a quienes no tienen acceso a internet.\n\nCupos limitados: la sesión es interactiva, con trabajo en grupos pequeños.',
      },
      {
        locale: 'en',
        title: 'Digital public infrastructure for social protection payments',
        body: 'Pix, basic accounts and the Single Registry: what Brazil and Uruguay learned by paying benefits straight into digital accounts, and how to protect people without internet access.\n\nPlaces are limited: the session is interactive, with small-group work.',
      },
    ],
    registrants: 43,
  },
  {
    slug: 'extending-social-insurance-to-informal-workers-in-south-asia',
    inDays: 23,
    time: '15:30',
    zone: 'Asia/Kolkata',
    minutes: 60,
    capacity: null,
    languages: ['en'],
    interpretation: [],
    regions: ['south-asia', 'east-asia-pacific'],
    organisations: ['ilo'],
    moderator: ['Priya Raman', 'Social security specialist', 'ILO'],
    speakers: [['Farhana Akter', 'Researcher', 'BRAC Institute of Governance and Development']],
    texts: [
      {
        locale: 'en',
        title: 'Extending social insurance to informal workers in South Asia',
        body: 'Voluntary schemes, matching contributions and the e-Shram registry: what raises enrolment of informal and platform workers, and what keeps them contributing.',
      },
    ],
    registrants: 12,
  },
  {
    slug: 'universal-child-benefits-evidence-from-three-continents',
    inDays: -20,
    time: '13:00',
    zone: 'Europe/Brussels',
    minutes: 90,
    capacity: null,
    languages: ['en', 'fr', 'es'],
    interpretation: ['fr', 'es'],
    regions: ['sub-saharan-africa', 'latin-america-caribbean', 'europe-central-asia'],
    organisations: ['unicef', 'odi'],
    moderator: ['Helen Mensah', 'Chief of social policy', 'UNICEF'],
    speakers: [
      ['Juan Pablo Ortiz', 'Economist', 'ODI'],
      ['Nomvula Dube', 'Director of grants', 'South African Social Security Agency'],
    ],
    texts: [
      {
        locale: 'en',
        title: 'Universal child benefits: evidence from three continents',
        body: 'Mongolia, South Africa and Argentina pay child benefits to (nearly) all children. What did it cost, what did it change, and how were they financed?',
        summary:
          'Speakers agreed that universal coverage removed exclusion errors of 30–50 % seen in poverty-targeted pilots, at a cost of 0.5–1.5 % of GDP.\n\nFinancing came from a mix of mineral revenues (Mongolia), general taxation (South Africa) and social security contributions (Argentina).',
      },
      {
        locale: 'es',
        title: 'Prestaciones universales por hijo: evidencia de tres continentes',
        body: 'Mongolia, Sudáfrica y Argentina pagan prestaciones a (casi) todos los niños y niñas. ¿Cuánto costó, qué cambió y cómo se financió?',
        summary:
          'Los panelistas coincidieron en que la cobertura universal eliminó errores de exclusión del 30 al 50 % observados en pilotos focalizados, con un costo de entre 0,5 y 1,5 % del PIB.',
      },
    ],
    recording: 'https://www.youtube.com/watch?v=spg-demo-child-benefits',
    registrants: 61,
  },
  {
    slug: 'social-protection-and-climate-adaptation-in-small-island-states',
    inDays: -55,
    time: '10:00',
    zone: 'Pacific/Fiji',
    minutes: 60,
    capacity: 200,
    languages: ['en'],
    interpretation: [],
    regions: ['east-asia-pacific'],
    organisations: ['dfat'],
    moderator: ['Litia Vunibola', 'Adviser', 'Pacific Community'],
    speakers: [['Tomasi Naqase', 'Permanent secretary', 'Ministry of Women, Fiji']],
    texts: [
      {
        locale: 'en',
        title: 'Social protection and climate adaptation in small island states',
        body: 'After cyclones Winston and Harold, Fiji topped up its social pensions within weeks. How can small island states prepare their systems for the next disaster?',
        summary:
          'Top-ups through existing programmes reached households within two weeks; the bottleneck was the registry of people with disabilities, now being rebuilt with municipal data.',
      },
    ],
    recording: 'https://www.youtube.com/watch?v=spg-demo-pacific',
    registrants: 28,
  },
];

/**
 * Demo webinars around today: upcoming ones with registrations (one full, with a waitlist, so
 * the organisers' statistics and waitlist have something to show) and past ones forming the
 * archive. No e-mail is written: the registrations are demo members'.
 */
export async function seedWebinars(
  tx: DbOrTx,
  rng: Random,
  organisationId: (key: string) => string,
  authorId: string | null,
): Promise<number> {
  const members = await queryRows<{
    id: string;
    email: string;
    name: string;
    locale: string;
    time_zone: string;
    country: string | null;
    sector: string | null;
  }>(
    tx,
    sql`select id, email, name, locale, time_zone, country, sector from "user" order by created_at, id limit 200`,
  );
  const today = new Date();
  for (const w of WEBINARS) {
    const day = new Date(today.getTime() + w.inDays * 86_400_000).toISOString().slice(0, 10);
    const startsAt = zonedToUtc(day, w.time, w.zone);
    if (!(startsAt instanceof Date)) throw new Error(`seed webinar ${w.slug}: ${startsAt}`);
    const id = await insertWebinarItem(tx, {
      slug: w.slug,
      status: 'published',
      originalLocale: w.texts[0]!.locale,
      authorId,
    });
    if (!id) continue;
    await insertWebinar(tx, {
      itemId: id,
      startsAt,
      timeZone: w.zone,
      durationMinutes: w.minutes,
      capacity: w.capacity,
      meetingUrl: `https://meet.example.org/spg/${w.slug.slice(0, 24)}`,
      spokenLanguages: w.languages,
      interpretation: w.interpretation,
      targetRegions: w.regions,
      recordingUrl: w.recording ?? null,
    });
    await replaceTranslations(
      tx,
      id,
      w.texts.map((t, i) => ({ ...t, provenance: i === 0 ? 'original' : 'human' })),
      [],
    );
    await replaceClassification(tx, id, {
      termIds: [],
      countries: [],
      organisationIds: w.organisations.map(organisationId),
    });
    await replacePeople(tx, id, [
      { role: 'moderator', name: w.moderator[0], position: w.moderator[1], organisation: w.moderator[2] },
      ...w.speakers.map(([name, position, organisation]) => ({
        role: 'speaker' as const,
        name,
        position,
        organisation,
      })),
    ]);
    const chosen = rng.sample(members, w.registrants);
    if (chosen.length)
      await tx.insert(webinarRegistration).values(
        chosen.map((m, i) => {
          const createdAt = new Date(startsAt.getTime() - (20 - (i % 18)) * 86_400_000 - i * 3_600_000);
          const full = w.capacity != null && i >= w.capacity;
          return {
            webinarId: id,
            userId: m.id,
            email: m.email,
            name: m.name,
            locale: m.locale,
            timeZone: m.time_zone,
            country: m.country,
            sector: m.sector,
            status: full ? ('waitlisted' as const) : ('registered' as const),
            tokenHash: createHash('sha256').update(`seed:${id}:${m.id}`).digest('hex'),
            createdAt,
            confirmedAt: createdAt,
            attendedMinutes:
              w.inDays < 0 && rng.next() < 0.7 ? Math.round(w.minutes * (0.4 + rng.next() * 0.6)) : null,
          };
        }),
      );
    await reindexWebinar(tx, id);
  }
  return WEBINARS.length;
}
