import { z } from 'zod';
import { LOCALES } from '../../core/i18n/index.ts';
import { CONTROL_CHARS, many, optionalText, text } from '../../core/http/validate.ts';
import { isCountryCode } from '../taxonomy/countries.ts';
import { PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from './password.ts';

export const SECTORS = ['government', 'international', 'ngo', 'academia', 'private', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

/** IANA zones plus UTC (Intl lists only geographic zones, and UTC is our default). */
export const TIME_ZONES: readonly string[] = ['UTC', ...Intl.supportedValuesOf('timeZone')];
const ZONE_SET = new Set(TIME_ZONES);

/** Fields that hold secrets: never echoed back into a re-rendered form. */
export const SECRET_FIELDS = new Set([
  'password',
  'confirmPassword',
  'currentPassword',
  'newPassword',
  'code',
]);

export const email = z.string().trim().toLowerCase().min(1).max(254).pipe(z.email());
/** A password being chosen: length here, list and personal checks at the object level. */
const newPassword = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);
/** A password being checked: any length up to the cap, so old short ones still work. */
const currentPassword = z.string().min(1).max(PASSWORD_MAX);

/** A same-site path to return to after sign-in: "/en/admin", never "//evil.example" or "/\evil". */
export function safeNext(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 500) return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return undefined;
  if (CONTROL_CHARS.test(value) || /[\r\n\t]/.test(value)) return undefined;
  return value;
}
const next = z
  .string()
  .max(500)
  .optional()
  .transform((v) => safeNext(v));

/**
 * Object-level password rules (common list, same as e-mail or name, confirmation). They run
 * even when other fields failed, so the form shows every problem at once.
 */
function passwordRules<S extends z.ZodType<Record<string, unknown>>>(
  schema: S,
  keys: {
    password: string;
    confirm: string;
    about?: (v: Record<string, unknown>) => { email?: string; name?: string };
  },
) {
  return schema.superRefine(
    (value, ctx) => {
      const v = value as Record<string, unknown>;
      const password = v[keys.password];
      if (typeof password !== 'string' || password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) {
        // Length is already reported by the field schema.
      } else {
        const problem = passwordProblem(password, keys.about?.(v) ?? {});
        if (problem) ctx.addIssue({ code: 'custom', path: [keys.password], message: problem });
      }
      if (typeof password === 'string' && v[keys.confirm] !== password) {
        ctx.addIssue({ code: 'custom', path: [keys.confirm], message: 'accounts.password.mismatch' });
      }
    },
    { when: () => true },
  ) as S;
}

const profileShape = {
  name: text({ min: 1, max: 100 }),
  country: z
    .string()
    .min(1)
    .refine((c) => isCountryCode(c), { message: 'ui.validation.choice' }),
  organisation: optionalText(200),
  position: optionalText(200),
  sector: z.enum(SECTORS),
  // Term ids as the form sends them; the field (not one box) is named when one is not an id.
  interests: many(z.string().max(12), 100)
    .refine((ids) => ids.every((id) => /^[1-9]\d{0,8}$/.test(id)), { message: 'ui.validation.choice' })
    .transform((ids) => ids.map(Number)),
  language: z.enum(LOCALES),
  timeZone: z
    .string()
    .min(1)
    .refine((tz) => ZONE_SET.has(tz), { message: 'ui.validation.choice' }),
};

export const registerSchema = passwordRules(
  z.strictObject({
    ...profileShape,
    email,
    password: newPassword,
    confirmPassword: z.string().max(PASSWORD_MAX),
    // An unticked box sends nothing; preprocess makes the key required so the check always runs.
    terms: z.preprocess(
      (v) => v ?? '',
      z.string().refine((v) => v === 'yes', { message: 'accounts.register.termsRequired' }),
    ),
  }),
  {
    password: 'password',
    confirm: 'confirmPassword',
    about: (v) => ({ email: String(v.email ?? ''), name: String(v.name ?? '') }),
  },
);
export type RegisterInput = z.output<typeof registerSchema>;

export const profileSchema = z.strictObject(profileShape);
export type ProfileInput = z.output<typeof profileSchema>;

export const signInSchema = z.strictObject({ email, password: currentPassword, next });
export const twoFactorSignInSchema = z.strictObject({
  method: z.enum(['totp', 'backup']).default('totp'),
  code: z.string().trim().min(1).max(64),
  next,
});
export const emailOnlySchema = z.strictObject({ email });
export const resetPasswordSchema = passwordRules(
  z.strictObject({
    token: z.string().min(1).max(200),
    password: newPassword,
    confirmPassword: z.string().max(PASSWORD_MAX),
  }),
  { password: 'password', confirm: 'confirmPassword' },
);

/** The member's own e-mail and name come from the session, so the route adds them. */
export function changePasswordSchema(about: { email: string; name: string }) {
  return passwordRules(
    z.strictObject({
      currentPassword,
      newPassword,
      confirmPassword: z.string().max(PASSWORD_MAX),
    }),
    { password: 'newPassword', confirm: 'confirmPassword', about: () => about },
  );
}

export const changeEmailSchema = z.strictObject({ newEmail: email, currentPassword });

export const twoFactorSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('start'), password: currentPassword }),
  z.strictObject({
    action: z.literal('confirm'),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, { message: 'accounts.twoFactor.codeFormat' }),
    uri: z
      .string()
      .max(1000)
      .regex(/^otpauth:\/\/totp\//)
      .optional(),
  }),
  z.strictObject({ action: z.literal('disable'), password: currentPassword }),
]);

export const deleteAccountSchema = z.strictObject({
  password: currentPassword,
  confirmation: z.string().trim().max(254),
  /** Also remove what they wrote that nothing depends on (else it stays, by a former member). */
  removeContributions: z.literal('on').optional(),
});
