// npm run seed: opens the configured database (DATABASE_URL, else the embedded one in DATA_DIR),
// applies migrations, then loads reference data and — on a database without content — the demo
// dataset and the administrator account, reporting progress on stdout.
import { loadConfigOrExit } from '../src/config.ts';
import { openDatabase } from '../src/core/db/client.ts';
import { migrate } from '../src/core/db/migrate.ts';
import { join } from 'node:path';
import { createLogger } from '../src/app.ts';
import { createJobs } from '../src/core/jobs/index.ts';
import { createLocalStorage } from '../src/core/storage/index.ts';
import { registerFileJobs } from '../src/features/library/files/index.tsx';
import { announceAdministrator, seedDatabase } from '../src/seed/index.ts';
import { seedDemoFiles } from '../src/seed/files.ts';

const config = loadConfigOrExit();

const say = (message: string) => process.stdout.write(`${message}\n`);
const database = await openDatabase({
  url: config.DATABASE_URL,
  dataDir: config.DATABASE_URL ? undefined : config.DATA_DIR,
});
try {
  say(`database: ${database.kind === 'postgres' ? 'PostgreSQL' : `embedded (${config.DATA_DIR})`}`);
  await migrate(database);
  const result = await seedDatabase(database.db, { progress: say, adminEmail: config.ADMIN_EMAIL });
  if (!result) say('the database already has content: demo data not added');
  else {
    // The demo PDFs go to the same storage the server uses; their text is read right away.
    const logger = createLogger({ ...config, LOG_LEVEL: 'warn' });
    const files = {
      db: database.db,
      config,
      logger,
      storage: createLocalStorage(join(config.DATA_DIR, 'files')),
      jobs: createJobs(database, logger, 'off'),
    };
    registerFileJobs(files);
    await seedDemoFiles(files, { progress: say });
  }
  if (result?.admin) announceAdministrator(result.admin, (text) => process.stdout.write(text));
} finally {
  await database.close();
}
