import type { DbOrTx } from '../../core/db/client.ts';
import { handlesStartingWith } from './repository.ts';

/** A readable, unique public handle from a name: "Amina Diallo" → "amina-diallo" (-2, -3 … if taken). */
export async function newHandle(db: DbOrTx, name: string): Promise<string> {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'member';
  const taken = new Set(await handlesStartingWith(db, base));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
