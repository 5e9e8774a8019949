/**
 * The dataset and the queries of `npm run bench:search` (see scripts/bench-search.ts).
 *
 * Publications are built from the demo seed's multilingual material (title templates,
 * openings, findings, recommendations, news sentences, organisation and term descriptions,
 * real programmes and places), so stemming, stop words and word frequencies look like the
 * real library. Everything comes from one seeded generator: the same arguments give the
 * same rows on every machine.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../src/core/db/client.ts';
import { LOCALES, type Locale } from '../src/core/i18n/index.ts';
import { VOCABULARIES } from '../src/features/taxonomy/index.tsx';
import { chooseLanguages } from '../src/seed/content.ts';
import { NEWS_CLOSINGS, NEWS_TEMPLATES } from '../src/seed/data/news.ts';
import { ORGANISATIONS } from '../src/seed/data/organisations.ts';
import { PLACES, placeOf } from '../src/seed/data/places.ts';
import { PROGRAMMES, type ProgrammeSeed } from '../src/seed/data/programmes.ts';
import {
  AUTHOR_FAMILY,
  AUTHOR_GIVEN,
  FINDINGS,
  LICENCES,
  RECOMMENDATIONS,
  TITLE_TEMPLATES,
  type TitleTemplate,
} from '../src/seed/data/publications.ts';
import { Random, slugify } from '../src/seed/random.ts';
import { capitalize, countryLanguage, fill, programmeSlots } from '../src/seed/text.ts';

type Labels = Record<Locale, string>;
/** One sentence, written in every language (translations line up sentence by sentence). */
type Sentence = (locale: Locale) => string;

const FIRST_YEAR = 1995;
const LAST_YEAR = 2026;
const NEWEST = Date.UTC(2026, 10, 15);
const DAY = 86_400_000;

/** Subtitles for titles shorter than six words ("PSNP: operations manual"). */
const SUBTITLES: Labels = {
  en: '— evidence from {country}, {year}',
  fr: '— données {of}, {year}',
  es: '— evidencia {of}, {year}',
  pt: '— evidências {of}, {year}',
};

const splitSentences = (text: string) => text.split(/(?<=[.!?;])\s+/).filter((s) => s.length > 0);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Sentences that need no slots: findings, recommendations, closings, organisations, terms. */
function fixedSentences(): Sentence[] {
  const blocks: Labels[] = [...FINDINGS, ...RECOMMENDATIONS, ...NEWS_CLOSINGS];
  for (const o of ORGANISATIONS) blocks.push(o.description);
  const walk = (terms: { description?: Labels; children?: unknown[] }[]) => {
    for (const t of terms) {
      if (t.description) blocks.push(t.description);
      walk((t.children ?? []) as typeof terms);
    }
  };
  for (const v of VOCABULARIES) walk(v.terms);
  const out: Sentence[] = [];
  for (const b of blocks) {
    const parts = Object.fromEntries(LOCALES.map((l) => [l, splitSentences(b[l])])) as Record<
      Locale,
      string[]
    >;
    // Only blocks that split into the same number of sentences in every language.
    const n = parts.en.length;
    if (LOCALES.some((l) => parts[l].length !== n)) {
      out.push((l) => b[l]);
      continue;
    }
    for (let i = 0; i < n; i++) out.push((l) => parts[l][i]!);
  }
  return out;
}

const FIXED = fixedSentences();
const topicVocabulary = VOCABULARIES.find((v) => v.id === 'topic')!;
const TOPIC_LABELS = topicVocabulary.terms.flatMap((t) => [t, ...(t.children ?? [])]).map((t) => t.labels);

/** A sentence about a programme: a template's opening, or a news sentence with its slots. */
function programmeSentence(rng: Random, programme: ProgrammeSeed, year: number): Sentence {
  if (rng.chance(0.6)) {
    const template = rng.pick(TITLE_TEMPLATES);
    return (l) => fill(template.opening[l], programmeSlots(programme, l, year));
  }
  const news = rng.pick(NEWS_TEMPLATES);
  const visitor = rng.pick(PLACES);
  const orgKey = rng.pick(programme.orgs);
  const org = ORGANISATIONS.find((o) => o.key === orgKey);
  const households = rng.pick([25_000, 40_000, 75_000, 120_000, 350_000, 1_200_000]);
  const topic = rng.pick(TOPIC_LABELS);
  return (l) =>
    fill(news.summary[l], {
      ...programmeSlots(programme, l, year),
      org: org?.short?.[l] ?? org?.acronym ?? org?.name ?? orgKey,
      n: new Intl.NumberFormat(l).format(households),
      fromB: l === 'en' ? `from ${visitor.forms.en[0]}` : visitor.forms[l][2],
      topic: topic[l],
    });
}

/** Sentences until the text holds about `target` words (in English; other languages are close). */
function passage(rng: Random, programme: ProgrammeSeed, year: number, target: number): Sentence[] {
  const out: Sentence[] = [];
  let n = 0;
  while (n < target) {
    const others = rng.chance(0.2) ? rng.pick(PROGRAMMES) : programme;
    const s = rng.chance(0.45) ? programmeSentence(rng, others, year) : rng.pick(FIXED);
    out.push(s);
    n += words(s('en'));
  }
  return out;
}

const render = (sentences: Sentence[], locale: Locale) => sentences.map((s) => s(locale)).join(' ');

export interface Vocab {
  /** "vocabulary/slug" → term id */
  termId: Map<string, number>;
  /** term slugs of each facet vocabulary */
  slugs: Map<string, string[]>;
  organisations: { id: string; slug: string }[];
}

/** Term ids and organisations as the database holds them (after the reference data and seed). */
export async function readVocab(db: DbOrTx): Promise<Vocab> {
  const terms = await queryRows<{ id: number; vocabulary_id: string; slug: string }>(
    db,
    sql`select id, vocabulary_id, slug from term where status = 'active' order by vocabulary_id, slug`,
  );
  const termId = new Map(terms.map((t) => [`${t.vocabulary_id}/${t.slug}`, Number(t.id)]));
  const slugs = new Map<string, string[]>();
  for (const t of terms) slugs.set(t.vocabulary_id, [...(slugs.get(t.vocabulary_id) ?? []), t.slug]);
  const organisations = await queryRows<{ id: string; slug: string }>(
    db,
    sql`select id::text, slug from organisation order by slug`,
  );
  return { termId, slugs, organisations };
}

export interface Batch {
  items: Record<string, unknown>[];
  translations: Record<string, unknown>[];
  terms: Record<string, unknown>[];
  countries: Record<string, unknown>[];
  organisations: Record<string, unknown>[];
  publications: Record<string, unknown>[];
  files: Record<string, unknown>[];
  fileTexts: Record<string, unknown>[];
  stats: { translations: number; bodies: number; fullTexts: number; textBytes: number };
}

function originalLanguage(rng: Random, programme: ProgrammeSeed): Locale {
  const local = countryLanguage(programme.country);
  if (local !== 'en' && rng.chance(0.6)) return local;
  return rng.weighted([
    ['en', 70],
    ['fr', 10],
    ['es', 10],
    ['pt', 10],
  ] as const);
}

function dateIn(rng: Random, year: number): Date {
  const end = Math.min(Date.UTC(year, 11, 31), NEWEST);
  const start = Date.UTC(year, 0, 1);
  return new Date(start + rng.int(0, Math.floor((end - start) / DAY)) * DAY + rng.int(7, 17) * 3_600_000);
}

function titleOf(template: TitleTemplate, programme: ProgrammeSeed, locale: Locale, year: number) {
  const slots = programmeSlots(programme, locale, year);
  let title = capitalize(fill(template.title[locale], slots));
  if (words(title) < 6) title = `${title} ${fill(SUBTITLES[locale], slots)}`;
  const w = title.split(/\s+/);
  return w.length > 20 ? w.slice(0, 20).join(' ') : title;
}

/**
 * Publications number `start` … `start + n - 1`. The generator is the caller's, used in
 * order, so batches built one after another give the same data as one big batch.
 */
export function buildBatch(rng: Random, start: number, n: number, vocab: Vocab): Batch {
  const b: Batch = {
    items: [],
    translations: [],
    terms: [],
    countries: [],
    organisations: [],
    publications: [],
    files: [],
    fileTexts: [],
    stats: { translations: 0, bodies: 0, fullTexts: 0, textBytes: 0 },
  };
  const term = (vocabularyId: string, slug: string) => {
    const id = vocab.termId.get(`${vocabularyId}/${slug}`);
    if (id === undefined) throw new Error(`bench data: unknown term ${vocabularyId}/${slug}`);
    return id;
  };
  const orgBySlug = new Map(vocab.organisations.map((o) => [o.slug, o.id]));
  const docTypes = vocab.slugs.get('document-type') ?? [];
  const areas = vocab.slugs.get('programme-area') ?? [];
  const topics = vocab.slugs.get('topic') ?? [];
  const groups = vocab.slugs.get('population-group') ?? [];
  for (let k = 0; k < n; k++) {
    const index = start + k;
    const id = rng.uuid();
    const programme = rng.pick(PROGRAMMES);
    const template = rng.pick(TITLE_TEMPLATES);
    // More recent years hold more publications, as in the real library.
    const year = Math.min(
      LAST_YEAR,
      FIRST_YEAR + Math.floor((LAST_YEAR - FIRST_YEAR + 1) * rng.next() ** 0.6),
    );
    const publishedAt = dateIn(rng, year);
    const original = originalLanguage(rng, programme);
    const translated = chooseLanguages(rng, original, 0.35);
    const locales = [original, ...translated];
    const opening: Sentence = (l) => fill(template.opening[l], programmeSlots(programme, l, year));
    const summary = [opening, ...passage(rng, programme, year, rng.int(80, 250) - 25)];
    const body = rng.chance(0.3)
      ? Array.from({ length: rng.int(2, 5) }, () => passage(rng, programme, year, rng.int(80, 240)))
      : null;
    const fullText = rng.chance(0.25)
      ? Array.from({ length: rng.int(4, 12) }, () => passage(rng, programme, year, rng.int(60, 140)))
      : null;
    const title = titleOf(template, programme, original, year);
    b.items.push({
      id,
      type: 'publication',
      slug: `${slugify(title, 60)}-${index.toString(36)}`,
      status: 'published',
      original_locale: original,
      licence: rng.weighted(LICENCES),
      published_at: publishedAt.toISOString(),
      created_at: publishedAt.toISOString(),
      updated_at: publishedAt.toISOString(),
    });
    for (const locale of locales) {
      const t = {
        item_id: id,
        locale,
        title: locale === original ? title : titleOf(template, programme, locale, year),
        summary: render(summary, locale),
        body: body ? body.map((p) => render(p, locale)).join('\n\n') : null,
        provenance: locale === original ? 'original' : rng.chance(0.8) ? 'human' : 'machine',
        updated_at: publishedAt.toISOString(),
      };
      b.translations.push(t);
      b.stats.textBytes += t.title.length + t.summary.length + (t.body?.length ?? 0);
    }
    b.stats.translations += locales.length;
    if (body) b.stats.bodies++;

    const termSlugs: [string, string][] = [['content-type', 'publication']];
    termSlugs.push([
      'document-type',
      rng.chance(0.85) ? rng.pick(template.documentTypes) : rng.pick(docTypes),
    ]);
    for (const a of programme.areas.slice(0, 3)) termSlugs.push(['programme-area', a]);
    if (rng.chance(0.2)) termSlugs.push(['programme-area', rng.pick(areas)]);
    const topicCount = rng.int(1, 3);
    for (const s of [
      ...new Set([...template.topics, ...rng.sample(programme.topics, 2), rng.pick(topics)]),
    ].slice(0, topicCount))
      termSlugs.push(['topic', s]);
    const groupCount = rng.int(1, 3);
    for (const s of [
      ...new Set([...(template.groups ?? []), ...rng.sample(programme.groups, 2), rng.pick(groups)]),
    ].slice(0, groupCount))
      termSlugs.push(['population-group', s]);
    for (const termId of new Set(termSlugs.map(([v, s]) => term(v, s))))
      b.terms.push({ item_id: id, term_id: termId });

    const neighbours = PLACES.filter(
      (p) => p.subregion === placeOf(programme.country).subregion && p.iso2 !== programme.country,
    ).map((p) => p.iso2);
    const others = programme.alsoIn ?? (template.regional || rng.chance(0.3) ? neighbours : []);
    const countries = new Set([programme.country, ...rng.sample(others, rng.int(0, 2))]);
    if (countries.size < 3 && rng.chance(0.1)) countries.add(rng.pick(PLACES).iso2);
    for (const country of countries) b.countries.push({ item_id: id, country });

    const [lead, ...partners] = programme.orgs;
    const orgSlugs = new Set([lead!, ...rng.sample(partners, rng.int(0, 2))]);
    if (rng.chance(0.1)) orgSlugs.add(rng.pick(vocab.organisations).slug);
    for (const slug of orgSlugs) {
      const organisationId = orgBySlug.get(slug);
      if (organisationId) b.organisations.push({ item_id: id, organisation_id: organisationId });
    }

    const authors = rng.chance(0.75)
      ? [
          ...new Set(
            Array.from(
              { length: rng.int(1, 4) },
              () => `${rng.pick(AUTHOR_GIVEN)} ${rng.pick(AUTHOR_FAMILY)}`,
            ),
          ),
        ]
      : [];
    const languages = [original, ...translated.filter(() => rng.chance(0.5))];
    b.publications.push({
      item_id: id,
      year,
      issued_on: rng.chance(0.5) ? publishedAt.toISOString().slice(0, 10) : null,
      authors,
      languages,
      doi: rng.chance(0.2) ? `10.${rng.int(1000, 9999)}/bench.${index.toString(36)}` : null,
      page_count: rng.int(2, 240),
    });
    if (fullText) {
      const fileId = rng.uuid();
      const text = fullText.map((p) => render(p, original)).join('\n\n');
      b.files.push({
        id: fileId,
        item_id: id,
        role: 'document',
        storage_key: `bench/${fileId}`,
        filename: `${slugify(title, 40)}.pdf`,
        media_type: 'application/pdf',
        size: text.length * 12,
        sha256: Array.from({ length: 64 }, () => rng.int(0, 15).toString(16)).join(''),
        page_count: rng.int(4, 120),
        text_status: 'extracted',
        position: 0,
        created_at: publishedAt.toISOString(),
      });
      b.fileTexts.push({ file_id: fileId, text });
      b.stats.fullTexts++;
      b.stats.textBytes += text.length;
    }
  }
  return b;
}

/** Multi-row insert of JSON rows: one statement and one parameter per table and batch. */
function insertJson(table: string, columns: [string, string][], rows: Record<string, unknown>[]): SQL {
  const names = columns.map(([c]) => c).join(', ');
  const defs = columns.map(([c, t]) => `${c} ${t}`).join(', ');
  return sql`insert into ${sql.raw(table)} (${sql.raw(names)})
    select ${sql.raw(names)} from json_to_recordset(${JSON.stringify(rows)}::json) as x(${sql.raw(defs)})`;
}

/** Writes a batch: content items, translations, classification, publications, files and their text. */
export async function insertBatch(db: DbOrTx, b: Batch): Promise<number> {
  const statements: [string, [string, string][], Record<string, unknown>[]][] = [
    [
      'content_item',
      [
        ['id', 'uuid'],
        ['type', 'text'],
        ['slug', 'text'],
        ['status', 'text'],
        ['original_locale', 'text'],
        ['licence', 'text'],
        ['published_at', 'timestamptz'],
        ['created_at', 'timestamptz'],
        ['updated_at', 'timestamptz'],
      ],
      b.items,
    ],
    [
      'content_translation',
      [
        ['item_id', 'uuid'],
        ['locale', 'text'],
        ['title', 'text'],
        ['summary', 'text'],
        ['body', 'text'],
        ['provenance', 'text'],
        ['updated_at', 'timestamptz'],
      ],
      b.translations,
    ],
    [
      'content_term',
      [
        ['item_id', 'uuid'],
        ['term_id', 'int'],
      ],
      b.terms,
    ],
    [
      'content_country',
      [
        ['item_id', 'uuid'],
        ['country', 'text'],
      ],
      b.countries,
    ],
    [
      'content_organisation',
      [
        ['item_id', 'uuid'],
        ['organisation_id', 'uuid'],
      ],
      b.organisations,
    ],
    [
      'publication',
      [
        ['item_id', 'uuid'],
        ['year', 'int'],
        ['issued_on', 'date'],
        ['authors', 'jsonb'],
        ['languages', 'jsonb'],
        ['doi', 'text'],
        ['page_count', 'int'],
      ],
      b.publications,
    ],
    [
      'publication_file',
      [
        ['id', 'uuid'],
        ['item_id', 'uuid'],
        ['role', 'text'],
        ['storage_key', 'text'],
        ['filename', 'text'],
        ['media_type', 'text'],
        ['size', 'bigint'],
        ['sha256', 'text'],
        ['page_count', 'int'],
        ['text_status', 'text'],
        ['position', 'int'],
        ['created_at', 'timestamptz'],
      ],
      b.files,
    ],
    [
      'publication_file_text',
      [
        ['file_id', 'uuid'],
        ['text', 'text'],
      ],
      b.fileTexts,
    ],
  ];
  let rows = 0;
  for (const [table, columns, data] of statements) {
    if (data.length === 0) continue;
    await db.execute(insertJson(table, columns, data));
    rows += data.length;
  }
  return rows;
}

/**
 * The search documents of these publications in one statement: the same document
 * `reindexPublication` → `indexDocument` writes (texts per language in locale order with
 * weights A/B/C, authors and organisations B unstemmed, file text D in the document's
 * language; term ids with tree ancestors and the countries' regions and income groups),
 * and the same lexicon words. `verifyIndex` checks a sample against the real code.
 * At most four language versions and one document file per publication (what buildBatch makes).
 */
export async function indexBatch(db: DbOrTx, ids: string[]): Promise<void> {
  const idArray = sql`${sql.param(ids)}::uuid[]`;
  const cfgText = (expr: string, weight: string, cfg = 'sp_config(t.locale)') =>
    sql.raw(
      `case when coalesce(${expr}, '') <> '' then setweight(to_tsvector(${cfg}, left(${expr}, 400000)), '${weight}') else ''::tsvector end`,
    );
  await db.execute(sql`
    with recursive items as (
      select ci.id, ci.slug, ci.original_locale, ci.published_at, p.year, p.issued_on, p.authors, p.languages
      from content_item ci left join publication p on p.item_id = ci.id
      where ci.id = any(${idArray}) and ci.type = 'publication' and ci.status = 'published'
    ),
    tr as (
      select t.item_id,
        jsonb_object_agg(t.locale, t.title) as titles,
        coalesce(jsonb_object_agg(t.locale, left(t.summary, 2000)) filter (where coalesce(t.summary, '') <> ''),
          '{}'::jsonb) as summaries,
        array_agg(setweight(to_tsvector(sp_config(t.locale), left(t.title, 400000)), 'A')
          || ${cfgText('t.summary', 'B')} || ${cfgText('t.body', 'C')} order by t.locale) as v
      from content_translation t where t.item_id in (select id from items) group by t.item_id
    ),
    up(item_id, id, parent_id) as (
      select ct.item_id, tm.id, tm.parent_id from content_term ct join term tm on tm.id = ct.term_id
      where ct.item_id in (select id from items)
      union
      select up.item_id, tm.id, tm.parent_id from up join term tm on tm.id = up.parent_id
    ),
    term_ids as (
      select item_id, array_agg(distinct id) as ids from (
        select item_id, id from up
        union
        select cc.item_id, unnest(array[c.region_term_id, c.income_term_id]) from content_country cc
        join country c on c.iso2 = cc.country where cc.item_id in (select id from items)
      ) x where id is not null and id > 0 group by item_id
    ),
    extra as (
      select i.id,
        (select string_agg(a, ', ' order by n) from jsonb_array_elements_text(coalesce(i.authors, '[]'))
          with ordinality x(a, n)) as authors,
        -- reindexPublication's array_agg has no order; its plan (hash join probed by a scan of
        -- the small organisation table) yields the table's physical order.
        (select string_agg(concat_ws(' ', o.name, o.acronym), ', ' order by o.ctid)
          from content_organisation co
          join organisation o on o.id = co.organisation_id where co.item_id = i.id) as orgs,
        (select array_agg(ft.text order by f.position) from publication_file f
          join publication_file_text ft on ft.file_id = f.id where f.item_id = i.id and f.role = 'document')
          as files,
        sp_config(coalesce(i.languages ->> 0, i.original_locale)) as doc_cfg
      from items i
    )
    insert into search_document (kind, ref_id, slug, original_locale, titles, summaries, sort_date, year,
      term_ids, countries, organisation_ids, languages, document, updated_at)
    select 'publication', i.id::text, i.slug, i.original_locale, tr.titles, tr.summaries,
      case when i.issued_on is not null then i.issued_on::timestamp at time zone 'UTC'
        when i.year is not null then make_timestamptz(i.year, 1, 1, 0, 0, 0, 'UTC')
        else i.published_at end,
      i.year,
      coalesce(ti.ids, '{}'),
      coalesce((select array_agg(distinct country) from content_country where item_id = i.id), '{}'),
      coalesce((select array_agg(distinct organisation_id) from content_organisation where item_id = i.id), '{}'),
      case when jsonb_array_length(coalesce(i.languages, '[]')) > 0
        then array(select jsonb_array_elements_text(i.languages)) else array[i.original_locale] end,
      coalesce(tr.v[1], '') || coalesce(tr.v[2], '') || coalesce(tr.v[3], '') || coalesce(tr.v[4], '')
        || ${cfgText('e.authors', 'B', "'sp_simple'::regconfig")}
        || ${cfgText('e.orgs', 'B', "'sp_simple'::regconfig")}
        || ${cfgText('e.files[1]', 'D', 'e.doc_cfg')},
      now()
    from items i join tr on tr.item_id = i.id join extra e on e.id = i.id
    left join term_ids ti on ti.item_id = i.id
    on conflict (kind, ref_id) do update set slug = excluded.slug, titles = excluded.titles,
      summaries = excluded.summaries, sort_date = excluded.sort_date, year = excluded.year,
      term_ids = excluded.term_ids, countries = excluded.countries,
      organisation_ids = excluded.organisation_ids, languages = excluded.languages,
      document = excluded.document, updated_at = excluded.updated_at`);
  await db.execute(sql`
    insert into search_lexicon (word, documents)
    select w, count(*)::int from (
      select distinct t.item_id, w
      from content_translation t,
        regexp_split_to_table(lower(unaccent(t.title || ' ' || coalesce(t.summary, ''))), '[^[:alpha:]]+') w
      where t.item_id = any(${idArray}) and length(w) between 3 and 40
    ) x group by w
    on conflict (word) do update set documents = search_lexicon.documents + excluded.documents`);
}

interface DocRow {
  slug: string;
  original_locale: string;
  titles: unknown;
  summaries: unknown;
  sort_date: string;
  year: number | null;
  term_ids: string;
  countries: string;
  organisation_ids: string;
  languages: string;
  document: string;
}

const readDoc = async (db: DbOrTx, id: string) =>
  (
    await queryRows<DocRow>(
      db,
      sql`select slug, original_locale, titles, summaries, sort_date::text, year,
        array(select unnest(term_ids) order by 1)::text as term_ids,
        array(select unnest(countries) order by 1)::text as countries,
        array(select unnest(organisation_ids) order by 1)::text as organisation_ids,
        languages::text, document::text
      from search_document where kind = 'publication' and ref_id = ${id}`,
    )
  )[0];

/**
 * Rewrites a sample of documents with the real `reindexPublication` (in a transaction that is
 * rolled back) and compares them with the bulk-built ones: the benchmark searches what the
 * application would have indexed. Returns the fields that differed, by publication.
 */
export async function verifyIndex(
  db: DbOrTx,
  ids: string[],
  reindex: (db: DbOrTx, id: string) => Promise<void>,
): Promise<string[]> {
  const problems: string[] = [];
  for (const id of ids) {
    const bulk = await readDoc(db, id);
    let real: DocRow | undefined;
    await db
      .transaction(async (tx) => {
        await reindex(tx, id);
        real = await readDoc(tx, id);
        tx.rollback();
      })
      .catch((err: Error) => {
        if (!/rollback/i.test(err.message)) throw err;
      });
    if (!bulk || !real) {
      problems.push(`${id}: missing ${bulk ? 'real' : 'bulk'} document`);
      continue;
    }
    const fields = (Object.keys(real) as (keyof DocRow)[]).filter(
      (k) => JSON.stringify(real?.[k]) !== JSON.stringify(bulk[k]),
    );
    if (fields.length) problems.push(`${id}: ${fields.join(', ')}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Queries

export interface BenchQuery {
  /** What kind of search it is (for the report). */
  kind: string;
  locale: Locale;
  /** 'library' (/{locale}/library, publications) or 'all' (/{locale}/search). */
  scope: 'library' | 'all';
  /** The query string of the page URL. */
  qs: string;
}

export const queryUrl = (q: BenchQuery) =>
  `/${q.locale}/${q.scope === 'library' ? 'library' : 'search'}${q.qs ? `?${q.qs}` : ''}`;

const WORDS: Record<Locale, string[]> = {
  en: [
    'pension',
    'nutrition',
    'targeting',
    'registry',
    'pandemic',
    'drought',
    'disability',
    'financing',
    'grievance',
    'inflation',
    'children',
    'women',
  ],
  fr: [
    'retraite',
    'ciblage',
    'pauvreté',
    'ménages',
    'sécheresse',
    'handicap',
    'financement',
    'femmes',
    'enfants',
    'plaintes',
  ],
  es: [
    'pensiones',
    'focalización',
    'pobreza',
    'hogares',
    'sequías',
    'discapacidad',
    'financiamiento',
    'mujeres',
    'niños',
    'reclamos',
  ],
  pt: [
    'aposentadoria',
    'focalização',
    'pobreza',
    'famílias',
    'secas',
    'deficiência',
    'financiamento',
    'mulheres',
    'crianças',
    'reclamações',
  ],
};
const PROGRAMME_WORDS = [
  'MGNREGA',
  'Prospera',
  'Novissi',
  'Tekavoul',
  'Kwenda',
  'PSNP',
  'Juntos',
  'BISP',
  'Inua Jamii',
  'Renta Dignidad',
  'Bolsa Família',
  'IDPoor',
];
const MULTI: Record<Locale, string[]> = {
  en: [
    'cash transfers',
    'social protection floor',
    'school feeding',
    'digital payments',
    'climate risk',
    'informal workers',
    'child poverty',
    'benefit adequacy',
    'shock-responsive social protection',
  ],
  fr: [
    'transferts monétaires',
    'protection sociale',
    'registre social',
    'économie informelle',
    'pauvreté des enfants',
    'paiements numériques',
  ],
  es: [
    'transferencias monetarias',
    'protección social',
    'registro social',
    'economía informal',
    'pobreza infantil',
    'pagos digitales',
  ],
  pt: [
    'transferência de renda',
    'proteção social',
    'cadastro social',
    'trabalhadores informais',
    'pobreza infantil',
    'pagamentos digitais',
  ],
};
const PHRASES: Record<Locale, string[]> = {
  en: ['"social registry"', '"impact evaluation"', '"proxy means test"', '"early-warning systems"'],
  fr: ['"registre social"', '"mécanismes de plainte"', '"espace budgétaire"'],
  es: ['"protección social adaptativa"', '"registro social"', '"espacio fiscal"'],
  pt: ['"cadastro social"', '"espaço fiscal"', '"proteção social reativa"'],
};
const EXCLUSIONS: Record<Locale, string[]> = {
  en: ['pension -disability', 'cash transfers -humanitarian', 'evaluation -qualitative'],
  fr: ['transferts -covid', 'protection sociale -climatique'],
  es: ['pobreza -infantil', 'pensiones -discapacidad'],
  pt: ['pobreza -infantil', 'cadastro -digital'],
};
const ORS: Record<Locale, string[]> = {
  en: ['pension OR pensions reform', 'drought OR floods', 'women OR girls empowerment'],
  fr: ['retraite OR pension', 'sécheresses OR inondations'],
  es: ['sequías OR inundaciones', 'pensiones OR jubilación'],
  pt: ['secas OR enchentes', 'aposentadoria OR pensão'],
};
const MISSPELT: Record<Locale, string[]> = {
  en: ['nutrtion', 'pensoin', 'evaluaton', 'targetting', 'registy'],
  fr: ['ciblagee', 'pauvrete menages', 'secheresse', 'financemnt'],
  es: ['transfrencias', 'focalizacion', 'pobresa'],
  pt: ['aposentadorai', 'focalizacao', 'cadastr social'],
};

/** 200 (or `count`) varied searches, the same on every run. */
export function buildQueries(count: number, vocab: Vocab, seed = 424242): BenchQuery[] {
  const rng = new Random(seed);
  const locale = () => rng.pick(LOCALES);
  const facetValues: [string, string[]][] = [
    ['document-type', vocab.slugs.get('document-type') ?? []],
    ['programme-area', vocab.slugs.get('programme-area') ?? []],
    ['topic', vocab.slugs.get('topic') ?? []],
    ['population-group', vocab.slugs.get('population-group') ?? []],
    ['region', vocab.slugs.get('region') ?? []],
    ['income-group', vocab.slugs.get('income-group') ?? []],
    ['country', PLACES.map((p) => p.iso2)],
    ['language', [...LOCALES]],
    ['organisation', vocab.organisations.map((o) => o.slug)],
  ];
  const filters = (n: number) => {
    const qs = new URLSearchParams();
    for (const [facet, values] of rng.sample(facetValues, n)) {
      if (values.length === 0) continue;
      // Now and then two values of one facet (OR within it).
      for (const v of rng.sample(values, rng.chance(0.25) ? 2 : 1)) qs.append(facet, v);
    }
    if (rng.chance(0.15)) {
      const from = rng.int(FIRST_YEAR, 2020);
      qs.set('from', String(from));
      qs.set('to', String(rng.int(from, LAST_YEAR)));
    }
    return qs;
  };
  const text = (l: Locale): string => {
    const r = rng.next();
    if (r < 0.35) return rng.pick(WORDS[l]);
    if (r < 0.45) return rng.pick(PROGRAMME_WORDS);
    if (r < 0.8) return rng.pick(MULTI[l]);
    return rng.pick(PHRASES[l]);
  };
  const make = (
    kind: string,
    l: Locale,
    q: string,
    extra?: URLSearchParams,
    scope: BenchQuery['scope'] = 'library',
  ) => {
    const qs = new URLSearchParams();
    if (q) qs.set('q', q);
    for (const [k, v] of extra ?? []) qs.append(k, v);
    return { kind, locale: l, scope, qs: qs.toString() };
  };
  const kinds: [string, number, () => BenchQuery][] = [
    [
      'word',
      25,
      () => {
        const l = locale();
        return make('word', l, rng.chance(0.3) ? rng.pick(PROGRAMME_WORDS) : rng.pick(WORDS[l]));
      },
    ],
    [
      'words',
      25,
      () => {
        const l = locale();
        return make('words', l, rng.pick(MULTI[l]));
      },
    ],
    [
      'phrase',
      15,
      () => {
        const l = locale();
        return make('phrase', l, rng.pick(PHRASES[l]));
      },
    ],
    [
      'exclusion',
      12,
      () => {
        const l = locale();
        return make('exclusion', l, rng.pick(EXCLUSIONS[l]));
      },
    ],
    [
      'or',
      12,
      () => {
        const l = locale();
        return make('or', l, rng.pick(ORS[l]));
      },
    ],
    [
      'misspelt',
      12,
      () => {
        const l = locale();
        return make('misspelt', l, rng.pick(MISSPELT[l]));
      },
    ],
    [
      'words+filters',
      35,
      () => {
        const l = locale();
        return make('words+filters', l, text(l), filters(rng.int(1, 3)));
      },
    ],
    ['filters only', 25, () => make('filters only', locale(), '', filters(rng.int(1, 3)))],
    [
      'sort=date',
      12,
      () => {
        const l = locale();
        const f = rng.chance(0.5) ? filters(1) : new URLSearchParams();
        f.set('sort', 'date');
        return make('sort=date', l, text(l), f);
      },
    ],
    [
      'page 2+',
      15,
      () => {
        const l = locale();
        const f = rng.chance(0.4) ? filters(1) : new URLSearchParams();
        f.set('page', String(rng.pick([2, 3, 5, 10, 25])));
        return make('page 2+', l, rng.chance(0.8) ? text(l) : '', f);
      },
    ],
    [
      'global search',
      12,
      () => {
        const l = locale();
        return make('global search', l, text(l), rng.chance(0.5) ? filters(1) : undefined, 'all');
      },
    ],
  ];
  const total = kinds.reduce((s, [, w]) => s + w, 0);
  const out: BenchQuery[] = [];
  for (const [, weight, build] of kinds) {
    const n = Math.max(1, Math.round((count * weight) / total));
    for (let i = 0; i < n; i++) out.push(build());
  }
  // Interleave the kinds so that no kind runs while the machine is in one state.
  return rng.sample(out, out.length).slice(0, count);
}
