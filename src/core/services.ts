import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Cache } from './cache.ts';
import type { Database, Db } from './db/client.ts';
import type { EventBus } from './events/index.ts';
import type { Jobs } from './jobs/index.ts';
import type { Mailer } from './mail/index.ts';
import type { SearchRegistry } from './search/registry.ts';
import type { Storage } from './storage/index.ts';
import type { WorkflowRegistry } from './workflow/registry.ts';

/** The shared machinery handed to every feature factory (no globals, no decorate look-ups). */
export interface Services {
  config: Config;
  database: Database;
  db: Db;
  logger: Logger;
  jobs: Jobs;
  mailer: Mailer;
  events: EventBus;
  storage: Storage;
  secret: string;
  /** Short-lived cache of public read models (see core/cache.ts). */
  cache: Cache;
  /** Search kinds and the glossary's query expander (see core/search). */
  search: SearchRegistry;
  /** Content types under the editorial workflow (see features/editorial). */
  workflow: WorkflowRegistry;
}
