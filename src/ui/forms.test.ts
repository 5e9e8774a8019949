import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../core/i18n/index.ts';
import { startTestApp, type TestApp } from '../test/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('form error summary', () => {
  it('names each field in the reader language, linking to it', async () => {
    const res = await t.client().post('/fr/register', { name: '', email: 'pas-une-adresse' });
    expect(res.statusCode).toBe(400);
    const summary = /<div class="error-summary"[\s\S]*?<\/div>/.exec(res.body)?.[0] ?? '';
    const name = translate('fr', 'accounts.field.name');
    const email = translate('fr', 'accounts.field.email');
    expect(summary).toContain(`<a href="#f-name">${name} : ${translate('fr', 'ui.validation.required')}</a>`);
    expect(summary).toContain(`<a href="#f-email">${email} : `);
  });
});
