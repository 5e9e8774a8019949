import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { clientAt } from '../../test/factories.ts';
import { user } from './tables.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const valid = {
  name: 'Kwame Mensah',
  email: 'kwame@example.org',
  password: 'Harmattan-Kettle-Violet-3',
  confirmPassword: 'Harmattan-Kettle-Violet-3',
  country: 'GH',
  sector: 'academia',
  language: 'en',
  timeZone: 'Africa/Accra',
  terms: 'yes',
};

const userCount = async () => {
  const [row] = await t.services.db.select({ n: sql<number>`count(*)::int` }).from(user);
  return Number(row!.n);
};

/** Posts the French form from its own address (the per-IP limit is 5 per 10 minutes). */
const post = (form: Record<string, string | string[]>) => clientAt(t).post('/fr/register', form);

describe('registration refuses bad input, names the field in the reader’s language, stores nothing', () => {
  const cases: [string, Record<string, string | string[]>, string, string][] = [
    ['a missing e-mail', { ...valid, email: '' }, 'email', 'Ce champ est obligatoire.'],
    [
      'a malformed e-mail',
      { ...valid, email: 'kwame@' },
      'email',
      'Saisissez une adresse e-mail comme nom@exemple.org.',
    ],
    [
      'a short password',
      { ...valid, password: 'Ab3$', confirmPassword: 'Ab3$' },
      'password',
      'Saisissez au moins 8 caractères.',
    ],
    [
      'a common password',
      { ...valid, password: 'password123', confirmPassword: 'password123' },
      'password',
      'Ce mot de passe est trop courant et facile à deviner. Choisissez-en un autre.',
    ],
    [
      'the e-mail as password',
      { ...valid, password: 'kwame@example.org', confirmPassword: 'kwame@example.org' },
      'password',
      'Votre mot de passe ne doit être ni votre nom ni votre adresse e-mail.',
    ],
    [
      'a password over 128 characters',
      { ...valid, password: 'x'.repeat(129), confirmPassword: 'x'.repeat(129) },
      'password',
      'Saisissez au plus 128 caractères.',
    ],
    [
      'a confirmation that differs',
      { ...valid, confirmPassword: 'Harmattan-Kettle-Violet-4' },
      'confirmPassword',
      'Les deux mots de passe ne sont pas identiques.',
    ],
    [
      'an unknown field',
      { ...valid, isAdmin: 'true' },
      'isAdmin',
      'Le champ « isAdmin » n’est pas accepté ici.',
    ],
    [
      'control characters',
      { ...valid, name: 'Kwame\u0007Mensah' },
      'name',
      'Supprimez les caractères de contrôle invisibles de ce champ.',
    ],
    [
      'a one-megabyte string',
      { ...valid, organisation: 'a'.repeat(1_000_000) },
      'organisation',
      'Saisissez au plus 200 caractères.',
    ],
    ['an unknown country', { ...valid, country: 'XX' }, 'country', 'Choisissez l’une des options proposées.'],
    ['an unknown sector', { ...valid, sector: 'army' }, 'sector', 'Choisissez l’une des options proposées.'],
    [
      'an unknown time zone',
      { ...valid, timeZone: 'Mars/Olympus' },
      'timeZone',
      'Choisissez l’une des options proposées.',
    ],
    [
      'terms not accepted',
      { ...valid, terms: [] },
      'terms',
      'Vous devez accepter les conditions d’utilisation pour créer un compte.',
    ],
    [
      'an interest that is not a number',
      { ...valid, interests: ['abc'] },
      'interests',
      'Choisissez l’une des options proposées.',
    ],
  ];

  for (const [label, form, field, message] of cases) {
    it(`refuses ${label}`, async () => {
      const before = await userCount();
      const res = await post(form);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('<html lang="fr"');
      expect(res.body).toContain('class="error-summary"');
      expect(res.body).toContain(`href="#f-${field}"`);
      expect(res.body).toContain(message);
      expect(res.body).toContain('<meta name="robots" content="noindex"/>');
      // Secrets are never echoed back; what else was typed is kept (clipped when hostile).
      expect(res.body).not.toContain('Harmattan-Kettle-Violet');
      expect(res.body.length).toBeLessThan(200_000);
      expect(await userCount()).toBe(before);
    });
  }

  it('reports every missing field at once', async () => {
    const res = await post({});
    expect(res.statusCode).toBe(400);
    for (const field of ['name', 'email', 'password', 'country', 'sector', 'language', 'timeZone', 'terms'])
      expect(res.body).toContain(`href="#f-${field}"`);
    expect(await userCount()).toBe(0);
  });

  it('keeps what was typed (except passwords) and marks the invalid field for assistive technology', async () => {
    const res = await post({ ...valid, email: 'not-an-email', organisation: 'Ghana <Statistical> Service' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('value="Kwame Mensah"');
    expect(res.body).toContain('value="Ghana &lt;Statistical> Service"');
    expect(res.body).toMatch(/aria-describedby="e-email"|aria-describedby="[^"]*e-email/);
    expect(res.body).toContain('aria-invalid="true"');
    expect(res.body).toMatch(/<option value="GH" selected/);
  });
});
