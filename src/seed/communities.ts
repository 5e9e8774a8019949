import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../core/db/client.ts';
import type { Services } from '../core/services.ts';
import {
  findCommunityBySlug,
  insertCommunityFile,
  listPosts,
  threadIdsOfCommunity,
} from '../features/communities/repository.ts';
import { indexCommunityWithThreads } from '../features/communities/search.ts';
import {
  community,
  communityMember,
  communityPost,
  communityRequest,
  communityThread,
  type Visibility,
} from '../features/communities/tables.ts';
import { storeUpload } from '../features/library/files/index.tsx';
import { demoPdf } from './files.ts';
import type { Random } from './random.ts';

interface CommunitySeed {
  slug: string;
  name: string;
  description: string;
  locale: string;
  languages: string[];
  visibility: Visibility;
  /** Days since the last post: recent (healthy), a few weeks (slowing), months (dormant). */
  quietDays: number;
  members: number;
  threads: { title: string; body: string; replies: string[] }[];
}

// Like the real platform's communities: a few lively ones, one slowing, one gone quiet.
const COMMUNITIES: CommunitySeed[] = [
  {
    slug: 'adaptive-social-protection-sahel',
    name: 'Adaptive social protection in the Sahel',
    description:
      'Practitioners from ministries, WFP, UNICEF and the World Bank share how cash transfers are scaled up before and after droughts and floods in the Sahel.\n\nOpen to everyone working on social protection in West Africa.',
    locale: 'en',
    languages: ['en', 'fr'],
    visibility: 'public',
    quietDays: 1,
    members: 18,
    threads: [
      {
        title: 'Early-warning triggers: who decides when to scale up?',
        body: 'In Niger the trigger is set by the national early-warning system, but the decision to release funds still takes weeks. **How is it organised in your country?**',
        replies: [
          'In Mauritania the trigger is pre-agreed with the donors, so the Ministry can pay within ten days of the alert.',
          'We use the Cadre Harmonisé phases; the delay is in updating the registry, not in the decision.',
          'Burkina Faso pre-registered 60,000 households in flood-prone communes last year — it cut the delay by half.',
        ],
      },
      {
        title: 'Paying by mobile money in areas without network coverage',
        body: 'Has anyone combined mobile money with cash-out agents travelling to remote villages? We are piloting it in Tillabéri.',
        replies: [
          'Yes, in Mali: agents travel on market days. Fees are higher but attendance is much better.',
        ],
      },
    ],
  },
  {
    slug: 'protection-sociale-afrique-francophone',
    name: 'Protection sociale en Afrique francophone',
    description:
      'Un espace d’échange en français pour les administrations de la protection sociale : registres sociaux, assurance maladie universelle, filets sociaux.',
    locale: 'fr',
    languages: ['fr'],
    visibility: 'public',
    quietDays: 4,
    members: 14,
    threads: [
      {
        title: 'Registre social unifié : comment le tenir à jour ?',
        body: 'Au Sénégal, le RNU est mis à jour tous les cinq ans. Certains pays passent à une mise à jour continue. Quels retours d’expérience ?',
        replies: [
          'Au Maroc, le RSU est mis à jour à la demande des ménages, via les guichets communaux.',
          'Le Togo utilise les données de téléphonie mobile pour repérer les ménages à revisiter.',
        ],
      },
    ],
  },
  {
    slug: 'cadastro-unico-peer-learning',
    name: 'Single registries: peer learning (Brazil, Africa, Asia)',
    description:
      'A private group of registry managers learning from Brazil’s Cadastro Único. Members share manuals and data-protection rules that are not public.',
    locale: 'en',
    languages: ['en', 'pt', 'es'],
    visibility: 'private',
    quietDays: 2,
    members: 9,
    threads: [
      {
        title: 'Data-sharing agreements between ministries',
        body: 'We attach our draft agreement between the registry and the health ministry. Comments welcome before it goes to legal review.',
        replies: [
          'Our agreement limits sharing to the fields each programme needs; it took six months to negotiate.',
        ],
      },
    ],
  },
  {
    slug: 'social-insurance-informal-workers',
    name: 'Social insurance for informal workers',
    description:
      'Extending contributory schemes to informal and platform workers: design, incentives, enrolment.',
    locale: 'en',
    languages: ['en', 'es'],
    visibility: 'public',
    quietDays: 21,
    members: 11,
    threads: [
      {
        title: 'Matching contributions: do they raise enrolment?',
        body: 'Evidence from Kenya’s Haba Haba and Rwanda’s Ejo Heza suggests yes, but persistence is low. Any newer data?',
        replies: [],
      },
    ],
  },
  {
    slug: 'child-benefits-learning-group',
    name: 'Universal child benefits learning group',
    description: 'Set up after the 2024 webinar series on universal child benefits. Has gone quiet since.',
    locale: 'en',
    languages: ['en'],
    visibility: 'public',
    quietDays: 95,
    members: 7,
    threads: [
      {
        title: 'Costing tools for a universal child benefit',
        body: 'ILO and UNICEF have a costing tool; has anyone used it with national data?',
        replies: ['We used it in Zambia; the hard part was the population projections.'],
      },
    ],
  },
  {
    slug: 'sp-gateway-admins',
    name: 'Community administrators’ corner',
    description: 'A hidden space where the platform team and community administrators share what works.',
    locale: 'en',
    languages: ['en', 'fr', 'es', 'pt'],
    visibility: 'hidden',
    quietDays: 3,
    members: 5,
    threads: [
      {
        title: 'What made your community come back to life?',
        body: 'Share one thing that worked. Ours: a fixed monthly question posted on the first Monday.',
        replies: ['A short webinar for members only, with the recording posted in the community.'],
      },
    ],
  },
];

/**
 * Demo communities with members, threads and replies spread over time, so the listing, the
 * health overview (healthy, slowing, dormant) and the permission rules have something to show;
 * one pending request for the team's queue.
 */
export async function seedCommunities(tx: DbOrTx, rng: Random, now = new Date()): Promise<number> {
  const members = await queryRows<{ id: string; name: string }>(
    tx,
    sql`select id, name from "user" where role = 'member' order by created_at, id limit 60`,
  );
  if (members.length < 20) return 0;
  for (const seed of COMMUNITIES) {
    const lastAt = new Date(now.getTime() - seed.quietDays * 86_400_000);
    const [c] = await tx
      .insert(community)
      .values({
        slug: seed.slug,
        name: seed.name,
        description: seed.description,
        locale: seed.locale,
        languages: seed.languages,
        visibility: seed.visibility,
        createdAt: new Date(lastAt.getTime() - 200 * 86_400_000),
        lastActivityAt: lastAt,
      })
      .returning();
    const chosen = rng.sample(members, seed.members);
    await tx.insert(communityMember).values(
      chosen.map((m, i) => ({
        communityId: c!.id,
        userId: m.id,
        role: i === 0 ? ('admin' as const) : i === 1 ? ('moderator' as const) : ('member' as const),
        status: 'active' as const,
        joinedAt: new Date(lastAt.getTime() - (180 - i * 5) * 86_400_000),
        checklistDone: i === 0 ? ['welcome', 'describe', 'invite'] : [],
      })),
    );
    for (const [ti, th] of seed.threads.entries()) {
      const author = chosen[ti % chosen.length]!;
      const startedAt = new Date(lastAt.getTime() - (th.replies.length + 2) * 86_400_000 - ti * 3_600_000);
      const [thread] = await tx
        .insert(communityThread)
        .values({
          communityId: c!.id,
          authorId: author.id,
          title: th.title,
          replyCount: th.replies.length,
          createdAt: startedAt,
          lastPostAt: th.replies.length ? lastAt : startedAt,
        })
        .returning();
      await tx.insert(communityPost).values({
        threadId: thread!.id,
        authorId: author.id,
        isOpening: true,
        body: th.body,
        createdAt: startedAt,
      });
      for (const [ri, body] of th.replies.entries())
        await tx.insert(communityPost).values({
          threadId: thread!.id,
          authorId: chosen[(ri + 1) % chosen.length]!.id,
          body,
          createdAt:
            ri === th.replies.length - 1 ? lastAt : new Date(startedAt.getTime() + (ri + 1) * 86_400_000),
        });
    }
    // Public ones are found by global search, through the feature's own indexing.
    await indexCommunityWithThreads(tx, c!.id);
  }
  await tx.insert(communityRequest).values({
    requesterId: members[3]!.id,
    name: 'Disability-inclusive social protection in Asia',
    purpose:
      'Share how disability assessment and benefits are designed and delivered in South and South-East Asia.',
    audience: 'Ministries of social welfare, organisations of persons with disabilities, researchers.',
    proposedAdmins: `${members[3]!.name}; a colleague from an organisation of persons with disabilities`,
    activities: 'A monthly question, a shared library of assessment tools, two webinars a year.',
    languages: ['en'],
    duration: 'Two years, then a review',
    visibility: 'public',
    locale: 'en',
  });
  return COMMUNITIES.length;
}

/**
 * One discussion of the demo has a document attached to its opening post (stored like an
 * upload: type checked, in storage), so attachments show on a first start.
 */
export async function seedCommunityAttachment(services: Pick<Services, 'db' | 'storage' | 'config'>) {
  const c = await findCommunityBySlug(services.db, 'adaptive-social-protection-sahel');
  const [threadId] = c ? await threadIdsOfCommunity(services.db, c.id) : [];
  const [opening] = threadId ? await listPosts(services.db, threadId, 1, 0) : [];
  if (!c || !opening || opening.attachments.length > 0) return 0;
  const pdf = await demoPdf({
    title: 'Scale-up triggers for shock-responsive cash transfers: a comparison of five Sahel countries',
    summary:
      'Who sets the trigger, which indicator releases the funds, and how many days pass between the alert and the first payment in Burkina Faso, Mali, Mauritania, Niger and Senegal.',
    authors: ['Community members'],
    year: 2026,
    locale: 'en',
    date: new Date(Date.UTC(2026, 5, 1)),
  });
  const stored = await storeUpload(services, pdf, {
    role: 'document',
    filename: 'scale-up-triggers-sahel.pdf',
  });
  await services.db.transaction((tx) =>
    insertCommunityFile(tx, {
      communityId: c.id,
      postId: opening.id,
      uploadedBy: opening.authorId,
      storageKey: stored.storageKey,
      filename: stored.filename,
      mediaType: stored.mediaType,
      size: stored.size,
      sha256: stored.sha256,
    }),
  );
  return 1;
}
