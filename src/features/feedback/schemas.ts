import { z } from 'zod';
import { CONTROL_CHARS, optionalText, text } from '../../core/http/validate.ts';
import { FEEDBACK_CATEGORIES, FEEDBACK_STATUSES } from './tables.ts';

export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 4000;
export const REPLY_MAX = 4000;
export const PAGE_PATH_MAX = 300;

/**
 * The page feedback was sent from, kept only when it is a path on this site: it starts with one
 * "/" (never "//host" or "/\host"), has no spaces or control characters and at most 300
 * characters. Anything else is dropped, never refused: the feedback matters more than its origin.
 */
export function sitePath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > PAGE_PATH_MAX) return undefined;
  if (!/^\/(?![/\\])[^\s\\]*$/.test(value) || CONTROL_CHARS.test(value)) return undefined;
  return value;
}

const from = z.unknown().optional().transform(sitePath);
const category = z.enum(FEEDBACK_CATEGORIES);
const message = text({ min: MESSAGE_MIN, max: MESSAGE_MAX, multiline: true });

/** A visitor may give a name and an address to be answered at; both optional. */
export const visitorFeedbackSchema = z.strictObject({
  category,
  message,
  name: optionalText(120),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.email().optional()),
  from,
});

const ignored = z
  .unknown()
  .optional()
  .transform(() => undefined);

/**
 * A member's name and address come from their account: fields of the visitors' form (sent
 * from a page opened before signing in) are accepted and ignored.
 */
export const memberFeedbackSchema = z.strictObject({
  category,
  message,
  name: ignored,
  email: ignored,
  from,
});

export type FeedbackInput = {
  category: z.output<typeof category>;
  message: string;
  name?: string;
  email?: string;
  from?: string;
};

/** The team's list: filters in the query string; anything unknown is ignored, not refused. */
export const listQuery = z.object({
  status: z.enum(FEEDBACK_STATUSES).optional().catch(undefined),
  category: z.enum(FEEDBACK_CATEGORIES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export const statusSchema = z.strictObject({ status: z.enum(FEEDBACK_STATUSES) });

export const replySchema = z.strictObject({ reply: text({ min: 1, max: REPLY_MAX, multiline: true }) });
