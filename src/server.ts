import closeWithGrace from 'close-with-grace';
import { buildApp, createLogger } from './app.ts';
import { loadConfigOrExit } from './config.ts';
import { openDatabase } from './core/db/client.ts';
import { migrate } from './core/db/migrate.ts';
import { loadGlossary } from './features/glossary/index.tsx';
import { loadReferenceData } from './features/taxonomy/index.tsx';
import { announceAdministrator, ensureAdministrator, seedIfEmpty } from './seed/index.ts';

// Start-up: configuration, database, migrations, first-start demo data, jobs, listen.
const config = loadConfigOrExit();

const logger = createLogger(config);
const started = performance.now();
const database = await openDatabase({
  url: config.DATABASE_URL,
  dataDir: config.DATABASE_URL ? undefined : config.DATA_DIR,
});
await migrate(database);
const built = await buildApp(config, database, logger);
// Reference vocabularies are loaded at every start (only what is missing); demo data only on request.
let seeded: Awaited<ReturnType<typeof seedIfEmpty>> = null;
if (config.SEED_DEMO) seeded = await seedIfEmpty(built.services, { progress: (m) => logger.info(m) });
else {
  await loadReferenceData(built.services.db);
  await loadGlossary(built.services.db, (done, total) => logger.info(`glossary ${done}/${total}`));
}
const admin = seeded?.admin ?? (await ensureAdministrator(built.services.db, config.ADMIN_EMAIL));
if (admin) announceAdministrator(admin);
await built.services.jobs.start();
await built.app.listen({ port: config.PORT, host: config.HOST });
// The in-memory search index loads in the background; a search before it is ready waits.
built.services.search.index.warm(built.services.db);
logger.info(
  {
    url: config.publicUrl,
    database: database.kind,
    mail: built.services.mailer.mode,
    ms: Math.round(performance.now() - started),
  },
  'SP Gateway is ready',
);

closeWithGrace({ delay: 20_000, logger }, async ({ signal, err }) => {
  if (err) logger.error({ err }, 'shutting down after an error');
  else logger.info({ signal }, 'shutting down: finishing requests and jobs');
  await built.close();
});
