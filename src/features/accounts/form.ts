import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import { AppError, type FieldError, ValidationError } from '../../core/errors.ts';
import { sendPage } from '../../core/render/index.tsx';
import { SECRET_FIELDS } from './schemas.ts';
import type { FormValues } from './views/controls.tsx';

const clip = (s: string) => s.slice(0, 1000);

/**
 * What the member typed, to put back in a refused form: never passwords or codes, and
 * clipped so a hostile megabyte is not sent back.
 */
export function echo(body: unknown): FormValues {
  if (!body || typeof body !== 'object') return {};
  const out: FormValues = {};
  for (const [key, value] of Object.entries(body)) {
    if (SECRET_FIELDS.has(key) || key === '_csrf') continue;
    if (typeof value === 'string') out[key] = clip(value);
    else if (Array.isArray(value))
      out[key] = value
        .filter((v): v is string => typeof v === 'string')
        .slice(0, 100)
        .map(clip);
  }
  return out;
}

/** Re-renders the form with its field errors (status 400) when input was refused; rethrows anything else. */
export async function refused(
  err: unknown,
  req: FastifyRequest,
  reply: FastifyReply,
  page: (errors: FieldError[]) => ComponentChildren | Promise<ComponentChildren>,
) {
  if (!(err instanceof ValidationError)) throw err;
  return sendPage(reply, req.ctx, await page(err.errors), 400);
}

/** Rate-limit settings for a route: `max` requests per `minutes`, counted per client IP. */
export const perIp = (max: number, minutes: number) => ({
  rateLimit: { max, timeWindow: minutes * 60_000 },
});

export const tooManyAttempts = (seconds: number) =>
  new AppError('rate_limited', 429, 'ui.error.rateLimited', undefined, { seconds });
