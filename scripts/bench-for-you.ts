/**
 * npm run bench:for-you [-- --items 100000 --members 20000 --samples 500 --pg postgres://…]
 *
 * Issue 7: the "for you" query of the personal dashboard with 20,000 members and 100,000
 * published items on PostgreSQL (bar: p95 ≤ 30 ms). Generates, set-based: members with
 * sign-up interests, profile languages and follows (themes, countries, organisations,
 * members); 100,000 published items over two years with their search documents (the facet
 * arrays "for you" reads: themes with their ancestors, countries, organisations, languages).
 * Then runs the real use case `forYou` for `samples` random members in this process, after
 * a warm-up, and reports p50/p95/p99 and the plan of one query. Results into docs/benchmarks.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, queryRows } from '../src/core/db/client.ts';
import { migrate } from '../src/core/db/migrate.ts';
import type { SessionUser } from '../src/core/http/context.ts';
import type { Locale } from '../src/core/i18n/index.ts';
import { FOR_YOU_DAYS, forYou } from '../src/features/members/dashboard/dashboard.ts';

const { values: args } = parseArgs({
  options: {
    items: { type: 'string', default: '100000' },
    members: { type: 'string', default: '20000' },
    samples: { type: 'string', default: '500' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    out: { type: 'string', default: 'docs/benchmarks.md' },
  },
});
const ITEMS = Number(args.items);
const MEMBERS = Number(args.members);
const SAMPLES = Number(args.samples);
const log = (m: string) => process.stdout.write(`${m}\n`);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

const dbName = `spg_bench_foryou_${Date.now()}`;
const admin = new pg.Client({ connectionString: args.pg });
await admin.connect();
await admin.query(`create database ${dbName}`);
await admin.end();
const url = new URL(args.pg!);
url.pathname = `/${dbName}`;
const database = await openDatabase({ url: url.toString(), poolSize: 4 });
const db = database.db;
try {
  log('== migrating');
  await migrate(database);
  const step = async (label: string, q: ReturnType<typeof sql>) => {
    const started = performance.now();
    await queryRows(db, q);
    log(`   ${label} (${Math.round(performance.now() - started)} ms)`);
  };
  log('== dataset');
  await step(
    'vocabularies',
    sql`insert into vocabulary (id) values ('programme-area'), ('topic') on conflict do nothing`,
  );
  await step(
    '60 themes',
    sql`insert into term (vocabulary_id, slug) select 'topic', 'theme-' || g from generate_series(1, 60) g`,
  );
  await step(
    '100 organisations',
    sql`insert into organisation (slug, name, type) select 'org-' || g, 'Organisation ' || g, 'ngo' from generate_series(1, 100) g`,
  );
  await step(
    `${MEMBERS.toLocaleString('en')} members`,
    sql`insert into "user" (id, name, email, email_verified, handle, locale, time_zone)
        select 'fy-u' || g, 'Member ' || g, 'fy' || g || '@bench.example', true, 'fy-member-' || g,
          (array['en','fr','es','pt'])[1 + g % 4], 'UTC' from generate_series(1, ${MEMBERS}) g`,
  );
  await step(
    'profiles: working languages',
    sql`insert into member_profile (user_id, languages)
        select 'fy-u' || g, array[(array['en','fr','es','pt'])[1 + (g / 4) % 4]] from generate_series(1, ${MEMBERS}) g`,
  );
  await step(
    'interests: 2–5 themes each',
    sql`insert into user_interest (user_id, term_id)
        select distinct 'fy-u' || g, t.id from generate_series(1, ${MEMBERS}) g
        cross join lateral (select id from term where vocabulary_id = 'topic' order by md5(g::text || id::text) limit 2 + g % 4) t`,
  );
  await step(
    'follows: themes, countries, organisations, members (0–8 each)',
    sql`insert into follow (user_id, kind, target_id)
        select distinct on ('fy-u' || g, k, tid) 'fy-u' || g, k, tid from generate_series(1, ${MEMBERS}) g,
        lateral (values
          ('term', (select id::text from term where vocabulary_id = 'topic' order by md5(g::text || 'a' || id::text) limit 1)),
          ('country', (array['KE','SN','BR','IN','MZ','PE','GH','BD','ET','PH'])[1 + g % 10]),
          ('organisation', (select id::text from organisation order by md5(g::text || id::text) limit 1)),
          ('member', 'fy-u' || (1 + (g * 7919) % ${MEMBERS}))
        ) f(k, tid) where (g + length(k)) % 3 <> 0`,
  );
  await step(
    `${ITEMS.toLocaleString('en')} published items over two years`,
    sql`insert into content_item (type, slug, status, original_locale, published_at, author_id)
        select (array['publication','publication','publication','news','event','webinar','blog'])[1 + g % 7],
          'fy-item-' || g, 'published', (array['en','fr','es','pt'])[1 + g % 4],
          now() - ((g % 730) || ' days')::interval - ((g % 1440) || ' minutes')::interval,
          case when g % 5 = 0 then 'fy-u' || (1 + g % ${MEMBERS}) end
        from generate_series(1, ${ITEMS}) g`,
  );
  await step(
    'their search documents (themes, countries, organisations, languages)',
    sql`insert into search_document (kind, ref_id, slug, original_locale, titles, sort_date, term_ids, countries, organisation_ids, languages, document)
        select ci.type, ci.id::text, ci.slug, ci.original_locale, jsonb_build_object(ci.original_locale, 'Item ' || ci.slug),
          ci.published_at,
          array(select id from term where vocabulary_id = 'topic' order by md5(ci.slug || id::text) limit 3),
          array[(array['KE','SN','BR','IN','MZ','PE','GH','BD','ET','PH','NG','UG','TZ','ZM','NP'])[1 + abs(hashtext(ci.slug)) % 15]],
          array(select id from organisation order by md5(ci.slug || id::text) limit 1),
          array[ci.original_locale] || case when abs(hashtext(ci.slug)) % 3 = 0 then array['en'] else array[]::text[] end,
          ''::tsvector
        from content_item ci where ci.slug like 'fy-item-%'`,
  );
  await step('analyze', sql`analyze`);

  const sample = async (n: number) => {
    const rows = await queryRows<{ id: string; locale: Locale }>(
      db,
      sql`select id, locale from "user" where id like 'fy-u%' order by random() limit ${n}`,
    );
    return rows.map(
      (r): SessionUser => ({
        id: r.id,
        name: `Member ${r.id}`,
        email: `${r.id}@bench.example`,
        handle: r.id,
        role: 'member',
        locale: r.locale,
        timeZone: 'UTC',
        emailVerified: true,
        twoFactorEnabled: false,
      }),
    );
  };
  log('== warm-up');
  for (const u of await sample(100)) await forYou(db, u);
  log(`== ${SAMPLES} members' "for you"`);
  const times: number[] = [];
  let found = 0;
  for (const [i, u] of (await sample(SAMPLES)).entries()) {
    const started = performance.now();
    const items = await forYou(db, u);
    times.push(performance.now() - started);
    found += items.length;
    if ((i + 1) % 100 === 0) log(`   ${i + 1}/${SAMPLES}`);
  }
  const [counts] = await queryRows<{ follows: number; interests: number }>(
    db,
    sql`select (select count(*)::int from follow) as follows, (select count(*)::int from user_interest) as interests`,
  );
  const fmt = (x: number) => x.toFixed(1);
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:for-you\` on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, PostgreSQL: ${MEMBERS.toLocaleString('en')} members (${counts!.interests.toLocaleString('en')} interests, ${counts!.follows.toLocaleString('en')} follows), ${ITEMS.toLocaleString('en')} published items; the use case \`forYou\` for ${SAMPLES} random members after a warm-up of 100, in process (time around the call: its three reads and the ranked query over the last ${FOR_YOU_DAYS} days).`,
    '',
    '| p50 ms | p95 ms | p99 ms | max ms | target p95 | items per member (mean) |',
    '|---:|---:|---:|---:|---:|---:|',
    `| ${fmt(pct(times, 50))} | ${fmt(pct(times, 95))} | ${fmt(pct(times, 99))} | ${fmt(Math.max(...times))} | 30 | ${(found / SAMPLES).toFixed(1)} |`,
  ].join('\n');
  log(`\n${lines}`);
  const doc = readFileSync(args.out!, 'utf8');
  const block = `<!-- bench-for-you:start -->\n${lines}\n<!-- bench-for-you:end -->`;
  writeFileSync(
    args.out!,
    doc.includes('<!-- bench-for-you:start -->')
      ? doc.replace(/<!-- bench-for-you:start -->[\s\S]*<!-- bench-for-you:end -->/, block)
      : `${doc.trimEnd()}\n\n## "For you" (\`npm run bench:for-you\`, part of \`npm run bench\`)\n\nThe personal dashboard's query at the size issue 7 names, against its bar (p95 ≤ 30 ms on PostgreSQL).\n\n${block}\n`,
  );
  log(`written to ${args.out}`);
} finally {
  await database.close();
  const drop = new pg.Client({ connectionString: args.pg });
  await drop.connect();
  await drop.query(`drop database if exists ${dbName} with (force)`);
  await drop.end();
}
process.exit(0);
