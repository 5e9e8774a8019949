import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../core/db/client.ts';
import { type FeedbackCategory, type FeedbackStatus, feedback } from '../features/feedback/tables.ts';

interface FeedbackSeed {
  locale: string;
  /** From a member writing in this language (their account), else from a visitor. */
  member: boolean;
  name?: string;
  email?: string;
  category: FeedbackCategory;
  status: FeedbackStatus;
  daysAgo: number;
  pagePath?: string;
  message: string;
  reply?: string;
}

// What members and visitors tell the team, in their languages, at each stage of triage.
const FEEDBACK: FeedbackSeed[] = [
  {
    locale: 'pt',
    member: false,
    category: 'accessibility',
    status: 'new',
    daysAgo: 1,
    pagePath: '/pt/events',
    message:
      'No calendário de eventos, as cores que distinguem os eventos on-line dos presenciais são muito parecidas para quem tem daltonismo. Poderiam acrescentar um ícone ou um texto?',
  },
  {
    locale: 'en',
    member: true,
    category: 'idea',
    status: 'new',
    daysAgo: 2,
    pagePath: '/en/library',
    message:
      'It would help a lot to filter the library by the year a programme started, not only by the year of publication. We often compare programmes launched in the same period.',
  },
  {
    locale: 'fr',
    member: false,
    name: 'Aminata Diallo',
    email: 'aminata.diallo@example.org',
    category: 'content',
    status: 'in_progress',
    daysAgo: 6,
    pagePath: '/fr/news',
    message:
      'Le lien vers le rapport d’évaluation du programme de filets sociaux cité dans l’actualité de la semaine dernière mène à une page introuvable. Pourriez-vous le corriger ?',
  },
  {
    locale: 'es',
    member: true,
    category: 'language',
    status: 'answered',
    daysAgo: 12,
    pagePath: '/es/glossary',
    message:
      'Varias entradas del glosario aparecen solo en inglés cuando se navega en español, por ejemplo «graduation» y «productive inclusion». ¿Está prevista su traducción?',
    reply:
      'Gracias por avisarnos. Hemos añadido la traducción de «graduación» y de «inclusión productiva», y revisaremos las demás entradas antes de fin de mes.',
  },
  {
    locale: 'fr',
    member: true,
    category: 'idea',
    status: 'new',
    daysAgo: 0,
    message:
      'Merci pour cette plateforme ! Serait-il possible de recevoir le résumé quotidien des communautés en fin de journée plutôt que le matin ?',
  },
  {
    locale: 'en',
    member: false,
    email: 'reader@example.org',
    category: 'problem',
    status: 'closed',
    daysAgo: 30,
    pagePath: '/en/webinars',
    message:
      'The confirmation e-mail for the webinar registration never arrived, although I checked my spam folder. Registering again worked.',
  },
];

/** A few feedback messages for the team's triage screen: several languages and statuses, one answered. */
export async function seedFeedback(tx: DbOrTx, now = new Date()): Promise<number> {
  const members = await queryRows<{ id: string; locale: string }>(
    tx,
    sql`select id, locale from "user" where role = 'member' and deleted_at is null order by created_at, id limit 200`,
  );
  const [admin] = await queryRows<{ id: string }>(
    tx,
    sql`select id from "user" where role = 'admin' order by created_at, id limit 1`,
  );
  const used = new Set<string>();
  const memberIn = (locale: string) => {
    const found = members.find((m) => m.locale === locale && !used.has(m.id));
    if (found) used.add(found.id);
    return found?.id ?? null;
  };
  await tx.insert(feedback).values(
    FEEDBACK.map((f) => {
      const createdAt = new Date(now.getTime() - f.daysAgo * 86_400_000 - 3 * 3_600_000);
      const repliedAt = f.reply ? new Date(createdAt.getTime() + 2 * 86_400_000) : null;
      return {
        userId: f.member ? memberIn(f.locale) : null,
        name: f.name ?? null,
        email: f.email ?? null,
        category: f.category,
        message: f.message,
        pagePath: f.pagePath ?? null,
        locale: f.locale,
        status: f.status,
        reply: f.reply ?? null,
        repliedBy: f.reply ? (admin?.id ?? null) : null,
        repliedAt,
        createdAt,
        updatedAt: repliedAt ?? createdAt,
      };
    }),
  );
  return FEEDBACK.length;
}
