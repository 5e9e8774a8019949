import type { Db } from '../../core/db/client.ts';
import type { Auth } from './auth.ts';

/** What the account use cases need: the database and better-auth's server API. */
export interface AccountDeps {
  db: Db;
  auth: Auth;
}
