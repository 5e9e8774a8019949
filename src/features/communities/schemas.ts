import { z } from 'zod';
import { many, optionalText, text } from '../../core/http/validate.ts';
import { LOCALES } from '../../core/i18n/index.ts';
import { MEMBER_ROLES, VISIBILITIES } from './tables.ts';

/** Longest post, in characters (about ten pages). */
export const POST_MAX = 20_000;

/** The concept note a member sends to ask for a community. */
export const requestSchema = z
  .object({
    name: text({ min: 3, max: 120 }),
    purpose: text({ min: 20, max: 4000, multiline: true }),
    audience: text({ min: 5, max: 2000, multiline: true }),
    proposedAdmins: text({ min: 3, max: 1000, multiline: true }),
    activities: text({ min: 10, max: 4000, multiline: true }),
    languages: many(z.enum(LOCALES), 4).pipe(z.array(z.enum(LOCALES)).min(1)),
    duration: text({ min: 2, max: 200 }),
    visibility: z.enum(VISIBILITIES),
  })
  .strict();
export type RequestInput = z.output<typeof requestSchema>;

export const decisionSchema = z
  .object({ decision: z.enum(['approve', 'decline']), message: optionalText(2000) })
  .strict()
  .superRefine((v, ctx) => {
    if (v.decision === 'decline' && !v.message)
      ctx.addIssue({ code: 'custom', path: ['message'], message: 'communities.error.reasonRequired' });
  });

export const threadSchema = z
  .object({
    title: text({ min: 3, max: 200 }),
    body: text({ min: 1, max: POST_MAX, multiline: true }),
    announcement: z.literal('on').optional(),
    clientKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  })
  .strict();

export const replySchema = z
  .object({
    body: text({ min: 1, max: POST_MAX, multiline: true }),
    quote: z
      .uuid()
      .optional()
      .or(z.literal('').transform(() => undefined)),
    clientKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  })
  .strict();

export const roleSchema = z.object({ role: z.enum(MEMBER_ROLES) }).strict();
export const joinDecisionSchema = z.object({ decision: z.enum(['accept', 'decline']) }).strict();

export const inviteSchema = z
  .object({
    emails: text({ min: 3, max: 5000, multiline: true }).transform((s, ctx) => {
      const list = [
        ...new Set(
          s
            .split(/[\s,;]+/)
            .map((e) => e.trim().toLowerCase())
            .filter(Boolean),
        ),
      ];
      const bad = list.filter((e) => !z.email().safeParse(e).success);
      if (bad.length || list.length === 0 || list.length > 50) {
        ctx.addIssue({ code: 'custom', message: 'communities.error.emails' });
        return z.NEVER;
      }
      return list;
    }),
  })
  .strict();
