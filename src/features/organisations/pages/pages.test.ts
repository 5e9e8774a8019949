import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { clientAt, createMember, signIn } from '../../../test/factories.ts';
import { startSmtp } from '../../../test/smtp.ts';
import { canonicalOf, jsonLdOf, metas } from '../../../test/metadata.ts';
import { contentItem, contentOrganisation, contentTranslation } from '../../content/tables.ts';
import { organisationAffiliation } from '../../editorial/tables.ts';
import { postMultipart } from '../../library/files/test-helpers.ts';
import { memberProfile } from '../../members/tables.ts';
import { notification } from '../../notifications/tables.ts';
import { organisation, organisationDescription } from '../tables.ts';

// Issue 7 §3: organisation pages, members' affiliations confirmed by the page's managers.

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
type Person = { id: string; email: string; handle: string; client: TestClient };
const people: Record<string, Person> = {};
let orgId = '';
const slug = 'ministry-of-social-welfare';
const url = `/en/organisations/${slug}`;

async function person(key: string, role: 'member' | 'editor' = 'member') {
  const m = await createMember(t, { name: `${key[0]!.toUpperCase()}${key.slice(1)} Person`, role });
  people[key] = {
    id: m.user.id,
    email: m.user.email,
    handle: m.user.handle,
    client: await signIn(t, m.user.email, m.password),
  };
}
const tie = async (key: string) => {
  const [row] = await t.services.db
    .select()
    .from(organisationAffiliation)
    .where(
      and(
        eq(organisationAffiliation.organisationId, orgId),
        eq(organisationAffiliation.userId, people[key]!.id),
      ),
    );
  return row ?? null;
};

beforeAll(async () => {
  smtp = await startSmtp();
  t = await startTestApp({ env: { SMTP_URL: smtp.url } });
  for (const key of ['manager', 'worker', 'shy', 'outsider']) await person(key);
  await person('staff', 'editor');
  const [o] = await t.services.db
    .insert(organisation)
    .values({
      slug,
      name: 'Ministry of Social Welfare',
      acronym: 'MSW',
      type: 'government',
      country: 'GH',
      verifiedPartner: true,
    })
    .returning();
  orgId = o!.id;
  await t.services.db.insert(organisationDescription).values([
    { organisationId: orgId, locale: 'en', description: 'Runs the LEAP cash transfer programme.' },
    { organisationId: orgId, locale: 'fr', description: 'Gère le programme de transferts monétaires LEAP.' },
  ]);
  await t.services.db
    .insert(organisationAffiliation)
    .values({ organisationId: orgId, userId: people.manager!.id, status: 'confirmed', role: 'manager' });
  for (const [status, title] of [
    ['published', 'LEAP impact evaluation'],
    ['draft', 'Unfinished LEAP draft'],
  ] as const) {
    const [item] = await t.services.db
      .insert(contentItem)
      .values({
        type: 'publication',
        slug: title.toLowerCase().replace(/ /g, '-'),
        status,
        originalLocale: 'en',
        publishedAt: status === 'published' ? new Date() : null,
      })
      .returning();
    await t.services.db.insert(contentTranslation).values({ itemId: item!.id, locale: 'en', title });
    await t.services.db.insert(contentOrganisation).values({ itemId: item!.id, organisationId: orgId });
  }
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});
beforeEach(() => {
  smtp.received.length = 0;
});

describe('the public page', () => {
  it('lists the organisation and shows its description in the reader’s language, its published items only', async () => {
    const list = await clientAt(t).get('/en/organisations?type=government');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`href="${url}"`);
    expect((await clientAt(t).get('/en/organisations?type=ngo')).body).not.toContain(`href="${url}"`);
    const en = await clientAt(t).get(url);
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('Runs the LEAP cash transfer programme.');
    expect(en.body).toContain('Verified partner');
    expect(en.body).toContain('LEAP impact evaluation');
    expect(en.body).not.toContain('Unfinished LEAP draft');
    expect((await clientAt(t).get(`/fr/organisations/${slug}`)).body).toContain('Gère le programme');
    // Spanish has none: the English one, marked as such.
    const es = await clientAt(t).get(`/es/organisations/${slug}`);
    expect(es.body).toContain('<div lang="en">');
    expect((await clientAt(t).get('/en/organisations/no-such-org')).statusCode).toBe(404);
  });

  it('describes the organisation for machines: schema.org Organization and an Open Graph card', async () => {
    const page = `http://localhost:3000/fr/organisations/${slug}`;
    const html = (await clientAt(t).get(`/fr/organisations/${slug}`)).body;
    expect(jsonLdOf(html)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      '@id': page,
      url: page,
      name: 'Ministry of Social Welfare',
      alternateName: 'MSW',
      description: 'Gère le programme de transferts monétaires LEAP.',
      address: { '@type': 'PostalAddress', addressCountry: 'GH' },
    });
    expect(metas(html, 'og:type')).toEqual(['website']);
    expect(metas(html, 'og:title')).toEqual(['Ministry of Social Welfare (MSW)']);
    expect(metas(html, 'og:description')).toEqual(['Gère le programme de transferts monétaires LEAP.']);
    expect(metas(html, 'og:locale')).toEqual(['fr_FR']);
    expect(metas(html, 'og:locale:alternate')).toEqual(['en_GB']);
    expect(metas(html, 'og:image')).toEqual([]);
    expect(canonicalOf(html)).toBe(page);
  });
});

describe('affiliations', () => {
  it('a member claims; the managers are told; claiming again changes nothing; only managers decide', async () => {
    const claim = await people.worker!.client.post(`${url}/claim`, {});
    expect(claim.statusCode).toBe(303);
    expect(await tie('worker')).toMatchObject({ status: 'claimed', role: 'member' });
    const mail = await smtp.waitFor((m) => m.to.includes(people.manager!.email));
    expect(mail.subject).toContain('says they work at Ministry of Social Welfare');
    const [n] = await t.services.db
      .select()
      .from(notification)
      .where(and(eq(notification.userId, people.manager!.id), eq(notification.kind, 'affiliation_request')));
    expect(n?.payload.path).toBe(`/organisations/${slug}/manage`);
    expect((await people.worker!.client.post(`${url}/claim`, {})).statusCode).toBe(303);
    // Not on the page until confirmed.
    expect((await people.outsider!.client.get(url)).body).not.toContain(`/members/${people.worker!.handle}"`);
    // Others may not decide or see the managers' screen.
    expect((await people.outsider!.client.get(`${url}/manage`)).statusCode).toBe(403);
    expect(
      (await people.worker!.client.post(`${url}/affiliations/${people.worker!.id}/confirm`, {})).statusCode,
    ).toBe(403);
    expect(await tie('worker')).toMatchObject({ status: 'claimed' });
  });

  it('the manager confirms; the member hears of it and shows on the page when their profile shows the organisation', async () => {
    const manage = await people.manager!.client.get(`${url}/manage`);
    expect(manage.statusCode).toBe(200);
    expect(manage.body).toContain('Waiting for confirmation');
    expect(
      (await people.manager!.client.post(`${url}/affiliations/${people.worker!.id}/confirm`, {})).statusCode,
    ).toBe(303);
    expect(await tie('worker')).toMatchObject({ status: 'confirmed' });
    await smtp.waitFor((m) => m.to.includes(people.worker!.email));
    // Default profile: members only, organisation shown — members see them, visitors do not.
    expect((await people.outsider!.client.get(url)).body).toContain(`/members/${people.worker!.handle}"`);
    expect((await clientAt(t).get(url)).body).not.toContain(`/members/${people.worker!.handle}"`);
    // A confirmed member who hides their organisation is not listed.
    await t.services.db
      .insert(organisationAffiliation)
      .values({ organisationId: orgId, userId: people.shy!.id, status: 'confirmed' });
    await t.services.db
      .insert(memberProfile)
      .values({ userId: people.shy!.id, directoryVisibility: 'public', shownFields: ['country'] });
    expect((await people.outsider!.client.get(url)).body).not.toContain(`/members/${people.shy!.handle}"`);
    // The member's profile lists the organisation.
    expect((await people.outsider!.client.get(`/en/members/${people.worker!.handle}`)).body).toContain(
      'Ministry of Social Welfare',
    );
  });

  it('managers name other managers; the last one cannot step down; the platform team can act on any organisation', async () => {
    // The only manager can neither leave nor step down.
    expect((await people.manager!.client.post(`${url}/leave`, {})).statusCode).toBe(409);
    expect(await tie('manager')).toMatchObject({ role: 'manager' });
    const stepDown = await people.manager!.client.post(
      `${url}/affiliations/${people.manager!.id}/member`,
      {},
    );
    expect(stepDown.statusCode).toBe(409);
    expect(stepDown.body).toContain('at least one manager');
    expect(
      (await people.manager!.client.post(`${url}/affiliations/${people.worker!.id}/manager`, {})).statusCode,
    ).toBe(303);
    expect(await tie('worker')).toMatchObject({ role: 'manager' });
    expect(
      (await people.manager!.client.post(`${url}/affiliations/${people.manager!.id}/member`, {})).statusCode,
    ).toBe(303);
    expect(await tie('manager')).toMatchObject({ role: 'member' });
    expect((await people.staff!.client.get(`${url}/manage`)).statusCode).toBe(200);
    expect(
      (await people.staff!.client.post(`${url}/affiliations/${people.shy!.id}/remove`, {})).statusCode,
    ).toBe(303);
    expect(await tie('shy')).toBeNull();
    // A member withdraws their own tie.
    expect((await people.manager!.client.post(`${url}/leave`, {})).statusCode).toBe(303);
    expect(await tie('manager')).toBeNull();
  });
});

describe('editing the page', () => {
  it('a manager edits the website and descriptions; bad input names the field and changes nothing', async () => {
    const m = people.worker!.client; // a manager since the test above
    const bad = await m.post(`${url}/manage`, { website: 'not a web address', description_en: 'Changed' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#f-website"');
    expect((await clientAt(t).get(url)).body).toContain('Runs the LEAP cash transfer programme.');
    const ok = await m.post(`${url}/manage`, {
      website: 'https://msw.example.gov.gh',
      description_en: 'Runs LEAP and the school feeding programme.',
      description_pt: 'Gerencia o LEAP.',
    });
    expect(ok.statusCode).toBe(303);
    const page = await clientAt(t).get(url);
    expect(page.body).toContain('Runs LEAP and the school feeding programme.');
    expect(page.body).toContain('href="https://msw.example.gov.gh/"');
    // A language left empty is removed.
    expect((await clientAt(t).get(`/fr/organisations/${slug}`)).body).not.toContain('Gère le programme');
    expect((await people.outsider!.client.post(`${url}/manage`, { website: '' })).statusCode).toBe(403);
  });

  it('a logo is re-encoded as WebP without metadata and served', async () => {
    const png = await sharp({
      create: { width: 1200, height: 300, channels: 3, background: { r: 0, g: 80, b: 160 } },
    })
      .png()
      .withMetadata({ exif: { IFD0: { Copyright: 'Secret Designer' } } })
      .toBuffer();
    const up = await postMultipart(t, people.worker!.client, `${url}/logo`, [], {
      filename: 'logo.png',
      data: png,
    });
    expect(up.statusCode).toBe(303);
    const logo = await clientAt(t).get(`${url}/logo`);
    expect(logo.statusCode).toBe(200);
    expect(logo.headers['content-type']).toBe('image/webp');
    const meta = await sharp(logo.rawPayload).metadata();
    expect([meta.width, meta.height, meta.exif]).toEqual([480, 120, undefined]);
    const html = (await clientAt(t).get(url)).body;
    expect(html).toContain('class="org-logo"');
    // The logo is the card's image and the Organization's; the website it links is sameAs.
    const logoUrl = /<img class="org-logo" src="([^"]+)"/.exec(html)![1]!.replace(/&amp;/g, '&');
    expect(metas(html, 'og:image')).toEqual([`http://localhost:3000${logoUrl}`]);
    expect(metas(html, 'og:image:alt')).toEqual(['Logo of Ministry of Social Welfare']);
    expect(jsonLdOf(html)).toMatchObject({
      logo: `http://localhost:3000${logoUrl}`,
      sameAs: 'https://msw.example.gov.gh/',
    });
    const refused = await postMultipart(t, people.outsider!.client, `${url}/logo`, [], {
      filename: 'logo.png',
      data: png,
    });
    expect(refused.statusCode).toBe(403);
  });
});
