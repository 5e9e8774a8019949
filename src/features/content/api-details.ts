import type { z } from 'zod';
import type { DbOrTx } from '../../core/db/client.ts';
import type { Locale } from '../../core/i18n/index.ts';

/**
 * The fields a content type adds to the common item shape in the public API (`details`): an
 * allowlist, with the Zod schema the OpenAPI description is generated from. Each feature owns
 * its type's (library/api.ts, events/api.ts …); features/api looks them up by type, and the
 * compiler refuses a type in CONTENT_TYPES without one.
 */
export interface ApiDetails<S extends z.ZodType = z.ZodType> {
  schema: S;
  load(
    db: DbOrTx,
    ids: string[],
    ctx: { locale: Locale; publicUrl: string },
  ): Promise<Map<string, z.output<S>>>;
}
