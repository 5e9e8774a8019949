/**
 * npm run bench:reminders [-- --registrants 20000 --rate 200 --rated 2000 --only pglite|postgres]
 *
 * Webinar reminders at scale, against a real SMTP server on loopback: a webinar with
 * `registrants` registrations whose 24-hour reminder is due. The reminder job writes them in
 * batches (REMINDER_BATCH_SIZE) and the mail worker delivers them; the job is made to crash
 * after a third of the batches and is run again. Measured: messages per second from the first
 * batch to the last message received, and that every registrant got exactly one reminder.
 * Then the same with MAIL_RATE_PER_SECOND = `rate` over `rated` registrants, to show the
 * throttle holds. On PostgreSQL, then on PGlite; results into docs/benchmarks.md.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { buildApp, createLogger } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { sendDueReminders } from '../src/features/webinars/reminders/send-reminders.ts';
import { insertWebinar, insertWebinarItem } from '../src/features/webinars/repository.ts';
import { webinarRegistration, webinarReminder } from '../src/features/webinars/tables.ts';
import { contentTranslation } from '../src/features/content/tables.ts';
import { testDatabase } from '../src/test/database.ts';

const { values: args } = parseArgs({
  options: {
    registrants: { type: 'string', default: '20000' },
    rate: { type: 'string', default: '200' },
    rated: { type: 'string', default: '2000' },
    batch: { type: 'string', default: '500' },
    only: { type: 'string' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    out: { type: 'string', default: 'docs/benchmarks.md' },
  },
});
const log = (m: string) => process.stdout.write(`${m}\n`);

/** A loopback SMTP server that counts what it receives, per recipient. */
async function countingSmtp() {
  const perRecipient = new Map<string, number>();
  let received = 0;
  let lastAt = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        for (const r of session.envelope.rcptTo)
          perRecipient.set(r.address, (perRecipient.get(r.address) ?? 0) + 1);
        received++;
        lastAt = performance.now();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}/?pool=true&maxConnections=1&maxMessages=100000`,
    perRecipient,
    get received() {
      return received;
    },
    get lastAt() {
      return lastAt;
    },
    reset() {
      perRecipient.clear();
      received = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface Run {
  db: string;
  registrants: number;
  rate: number;
  seconds: number;
  perSecond: number;
  crashes: number;
  duplicates: number;
  missing: number;
}

async function run(kind: 'postgres' | 'pglite', registrants: number, rate: number): Promise<Run> {
  if (kind === 'postgres') process.env.TEST_DATABASE_URL = args.pg;
  else delete process.env.TEST_DATABASE_URL;
  const smtp = await countingSmtp();
  const dataDir = mkdtempSync(join(os.tmpdir(), 'spg-bench-rem-'));
  const database = await testDatabase();
  const config = loadConfig({
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    PUBLIC_URL: 'http://127.0.0.1:3000',
    JOBS: 'off',
    LOG_LEVEL: 'warn',
    ...(process.env.BENCH_NO_SMTP ? {} : { SMTP_URL: smtp.url }),
    MAIL_RATE_PER_SECOND: String(rate),
    REMINDER_BATCH_SIZE: args.batch,
  });
  const built = await buildApp(config, database, createLogger({ ...config, LOG_LEVEL: 'silent' }));
  const db = built.services.db;
  try {
    const start = new Date(Date.now() + 23 * 3_600_000);
    const id = (await insertWebinarItem(db, {
      slug: 'bench-webinar',
      status: 'published',
      originalLocale: 'en',
      authorId: null,
    }))!;
    await insertWebinar(db, {
      itemId: id,
      startsAt: start,
      timeZone: 'Africa/Nairobi',
      durationMinutes: 90,
      meetingUrl: 'https://meet.example.org/j/1',
    });
    await db
      .insert(contentTranslation)
      .values({ itemId: id, locale: 'en', title: 'Benchmark webinar', body: 'x' });
    const long = new Date(Date.now() - 5 * 86_400_000);
    const zones = ['Africa/Nairobi', 'America/Sao_Paulo', 'Asia/Jakarta', 'Europe/Lisbon', 'Asia/Kolkata'];
    const locales = ['en', 'fr', 'es', 'pt'];
    for (let i = 0; i < registrants; i += 1000) {
      const n = Math.min(1000, registrants - i);
      await db.insert(webinarRegistration).values(
        Array.from({ length: n }, (_, k) => ({
          webinarId: id,
          email: `registrant-${i + k}@bench.example.org`,
          name: `Registrant ${i + k}`,
          locale: locales[(i + k) % 4]!,
          timeZone: zones[(i + k) % 5]!,
          status: 'registered' as const,
          tokenHash: `bench-${i + k}`,
          createdAt: long,
          confirmedAt: long,
        })),
      );
      if ((i + n) % 5000 === 0 || i + n === registrants)
        log(`  ${kind}: ${i + n}/${registrants} registrations`);
    }
    const crashAfter = Math.max(1, Math.floor(registrants / Number(args.batch) / 3));
    let batches = 0;
    let crashes = 0;
    const began = performance.now();
    try {
      await sendDueReminders(built.services, {
        afterBatch: (done) => {
          batches++;
          if (batches % 5 === 0) log(`  ${kind}: ${done} reminders written and handed over`);
          if (batches === crashAfter) throw new Error('simulated crash');
        },
      });
    } catch (err) {
      if ((err as Error).message !== 'simulated crash') throw err;
      crashes++;
      log(`  ${kind}: worker crashed after ${batches} batches; running again`);
    }
    await sendDueReminders(built.services, {
      afterBatch: (done) => {
        if (++batches % 5 === 0) log(`  ${kind}: ${done} more reminders written and handed over`);
      },
    });
    // Delivery runs inline after each batch; wait for the last message to arrive.
    const deadline = performance.now() + 600_000;
    while (!process.env.BENCH_NO_SMTP && smtp.received < registrants && performance.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    const seconds = ((process.env.BENCH_NO_SMTP ? performance.now() : smtp.lastAt) - began) / 1000;
    const rows = await db.select({ n: sql<number>`count(*)::int` }).from(webinarReminder);
    const duplicates = [...smtp.perRecipient.values()].filter((c) => c > 1).length;
    const missing = registrants - smtp.perRecipient.size;
    if (Number(rows[0]?.n) !== registrants)
      throw new Error(`expected ${registrants} reminder rows, got ${rows[0]?.n}`);
    const result = {
      db: kind === 'postgres' ? 'PostgreSQL 15' : 'PGlite',
      registrants,
      rate,
      seconds,
      perSecond: registrants / seconds,
      crashes,
      duplicates,
      missing,
    };
    log(
      `  ${kind}: ${registrants} reminders in ${seconds.toFixed(1)} s = ${result.perSecond.toFixed(0)} messages/s` +
        ` (rate limit ${rate || 'none'}), duplicates ${duplicates}, missing ${missing}`,
    );
    return result;
  } finally {
    await built.close({ keepDatabase: true });
    await database.drop();
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const results: Run[] = [];
for (const kind of ['postgres', 'pglite'] as const) {
  if (args.only && args.only !== kind) continue;
  log(`${kind}: ${args.registrants} registrants, no rate limit`);
  results.push(await run(kind, Number(args.registrants), 0));
  log(`${kind}: ${args.rated} registrants, at most ${args.rate} messages/s`);
  results.push(await run(kind, Number(args.rated), Number(args.rate)));
}

const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}; batch size ${args.batch}; one crash of the reminder job after a third of the batches, then a second run; SMTP on loopback (smtp-server, pooled connection).`,
  '',
  '| database | registrants | rate limit | time (s) | messages/s | crashes | duplicates | missing |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map(
    (r) =>
      `| ${r.db} | ${r.registrants.toLocaleString('en')} | ${r.rate ? `${r.rate}/s` : 'none'} | ${r.seconds.toFixed(1)} | ${r.perSecond.toFixed(0)} | ${r.crashes} | ${r.duplicates} | ${r.missing} |`,
  ),
].join('\n');
log(`\n${table}`);
const doc = readFileSync(args.out, 'utf8');
const block = `<!-- bench-reminders:start -->\n${table}\n<!-- bench-reminders:end -->`;
const next = doc.includes('<!-- bench-reminders:start -->')
  ? doc.replace(/<!-- bench-reminders:start -->[\s\S]*<!-- bench-reminders:end -->/, block)
  : `${doc.trimEnd()}\n\n## Webinar reminders (\`npm run bench:reminders\`)\n\nA webinar with many registrants whose 24-hour reminder is due: the reminder job writes the\nreminders in batches (each batch records "sent" and queues its e-mails in one transaction) and the\nmail worker delivers them to a real SMTP server on loopback. The job is made to crash after a third\nof the batches and runs again: every registrant must receive exactly one reminder.\n\n${block}\n`;
writeFileSync(args.out, next);
log(`written to ${args.out}`);
process.exit(0);
