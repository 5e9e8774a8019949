import { eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../core/db/client.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { clientAt, createMember, createTerm, signIn } from '../../test/factories.ts';
import { user } from '../accounts/tables.ts';
import { organisationAffiliation } from '../editorial/tables.ts';
import { organisation } from '../organisations/tables.ts';
import { postMultipart } from '../library/files/test-helpers.ts';
import { memberProfile, type ProfileField } from './tables.ts';

// Issue 7 §1–2: profiles and the directory respect every member's privacy choices.

let t: TestApp;
type Person = { id: string; email: string; handle: string; name: string; client: TestClient };
const people: Record<string, Person> = {};
let expertiseTerm = 0;

async function person(
  key: string,
  opts: {
    role?: 'member' | 'editor';
    visibility?: 'public' | 'members' | 'hidden';
    shown?: ProfileField[];
  } = {},
) {
  const name = `${key[0]!.toUpperCase()}${key.slice(1)} Surname`;
  const m = await createMember(t, { name, role: opts.role });
  await t.services.db
    .update(user)
    .set({ country: 'KE', sector: 'ngo', organisationName: `${key} Ministry`, position: `${key} adviser` })
    .where(eq(user.id, m.user.id));
  if (opts.visibility)
    await t.services.db.insert(memberProfile).values({
      userId: m.user.id,
      bio: `Bio of ${key}: twenty years in cash transfers.`,
      languages: ['sw', 'en'],
      directoryVisibility: opts.visibility,
      ...(opts.shown ? { shownFields: opts.shown } : {}),
    });
  if (expertiseTerm)
    await queryRows(
      t.services.db,
      sql`insert into member_expertise (user_id, term_id) values (${m.user.id}, ${expertiseTerm})`,
    );
  people[key] = {
    id: m.user.id,
    email: m.user.email,
    handle: m.user.handle,
    name,
    client: await signIn(t, m.user.email, m.password),
  };
}

beforeAll(async () => {
  t = await startTestApp();
  expertiseTerm = await createTerm(t, 'topic', 'social-registries', { en: 'Social registries' });
  await person('open', {
    visibility: 'public',
    shown: ['bio', 'country', 'organisation', 'expertise', 'languages', 'photo'],
  });
  await person('inner', { visibility: 'members' });
  await person('secret', {
    visibility: 'hidden',
    shown: ['bio', 'country', 'organisation', 'expertise', 'languages'],
  });
  // Listed for everyone, but keeps country and languages private.
  await person('discreet', { visibility: 'public', shown: ['organisation'] });
  await person('viewer');
  await person('staff', { role: 'editor' });
});
afterAll(async () => {
  await t?.close();
});

const names = (body: string) =>
  ['open', 'inner', 'secret', 'discreet'].filter((k) => body.includes(`/members/${people[k]!.handle}"`));

describe('who sees whom', () => {
  it('the directory lists public profiles to visitors, members-only ones to members, hidden ones to nobody', async () => {
    const visitor = await clientAt(t).get('/en/members');
    expect(visitor.statusCode).toBe(200);
    expect(names(visitor.body)).toEqual(['open', 'discreet']);
    for (const key of ['viewer', 'staff', 'secret']) {
      const page = await people[key]!.client.get('/en/members');
      expect(names(page.body), key).toEqual(['open', 'inner', 'discreet']);
    }
  });

  it('profile pages follow the same rule; a member always sees their own, told who else can', async () => {
    const expectations: [string, TestClient, Record<string, number>][] = [
      ['visitor', clientAt(t), { open: 200, inner: 404, secret: 404, discreet: 200 }],
      ['member', people.viewer!.client, { open: 200, inner: 200, secret: 404, discreet: 200 }],
      ['staff', people.staff!.client, { open: 200, inner: 200, secret: 404, discreet: 200 }],
    ];
    for (const [who, client, codes] of expectations)
      for (const [key, code] of Object.entries(codes))
        expect((await client.get(`/en/members/${people[key]!.handle}`)).statusCode, `${who} → ${key}`).toBe(
          code,
        );
    const own = await people.secret!.client.get(`/en/members/${people.secret!.handle}`);
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('It is hidden: nobody else can see it');
    // An unknown handle and a hidden one look the same.
    expect((await clientAt(t).get('/en/members/no-such-member')).statusCode).toBe(404);
  });

  it('a profile shows only the fields its member shows, and never an e-mail address', async () => {
    const open = await clientAt(t).get(`/en/members/${people.open!.handle}`);
    expect(open.body).toContain('Bio of open');
    expect(open.body).toContain('open Ministry');
    expect(open.body).toContain('Kenya');
    expect(open.body).toContain('Swahili');
    expect(open.body).not.toContain('open adviser'); // position is not shown
    const discreet = await people.viewer!.client.get(`/en/members/${people.discreet!.handle}`);
    expect(discreet.body).toContain('discreet Ministry');
    expect(discreet.body).not.toContain('Kenya');
    expect(discreet.body).not.toContain('Bio of discreet');
    expect(discreet.body).not.toContain('Swahili');
    // Defaults for a members-only profile: country, organisation, expertise, languages.
    const inner = await people.viewer!.client.get(`/en/members/${people.inner!.handle}`);
    expect(inner.body).toContain('Kenya');
    expect(inner.body).not.toContain('Bio of inner');
    for (const page of [open, discreet, inner])
      for (const p of Object.values(people)) expect(page.body).not.toContain(p.email);
  });

  it('the organisation filter offers only organisations with a member this viewer may see', async () => {
    const [hiddenOnly, open] = await t.services.db
      .insert(organisation)
      .values([
        { slug: 'hidden-ties', name: 'Hidden Ties Institute', type: 'ngo' },
        { slug: 'open-ties', name: 'Open Ties Network', type: 'network' },
      ])
      .returning();
    await t.services.db.insert(organisationAffiliation).values([
      { organisationId: hiddenOnly!.id, userId: people.secret!.id, status: 'confirmed' },
      { organisationId: open!.id, userId: people.open!.id, status: 'confirmed' },
    ]);
    const page = await clientAt(t).get('/en/members');
    expect(page.body).toContain('Open Ties Network');
    expect(page.body).not.toContain('Hidden Ties Institute');
  });

  it('filters match only what members show: a private country never finds its member', async () => {
    const byCountry = await people.viewer!.client.get('/en/members?country=KE');
    expect(names(byCountry.body)).toEqual(['open', 'inner']);
    const byLanguage = await people.viewer!.client.get('/en/members?language=sw');
    expect(names(byLanguage.body)).toEqual(['open', 'inner']);
    const byName = await people.viewer!.client.get('/en/members?q=discreet');
    expect(names(byName.body)).toEqual(['discreet']);
    const bySector = await people.viewer!.client.get('/en/members?sector=ngo');
    expect(names(bySector.body)).toEqual([]);
    const byExpertise = await clientAt(t).get(`/en/members?expertise=${expertiseTerm}`);
    expect(names(byExpertise.body)).toEqual(['open']);
    // The hidden member is found by nothing, not even their name.
    expect(names((await people.viewer!.client.get('/en/members?q=secret')).body)).toEqual([]);
  });
});

describe('a member’s own settings', () => {
  it('saves visibility, shown fields, bio, languages and expertise; bad input names the field and changes nothing', async () => {
    const me = people.viewer!;
    expect((await me.client.get('/en/account/public-profile')).statusCode).toBe(200);
    const good = {
      directoryVisibility: 'public',
      shown: ['bio', 'languages'],
      bio: 'Programme officer, social registries.',
      languages: ['fr', 'pt'],
      expertise: [String(expertiseTerm)],
    };
    const bad: [Record<string, string | string[]>, string][] = [
      [{ ...good, directoryVisibility: 'everyone' }, 'directoryVisibility'],
      [{ ...good, shown: ['email'] }, 'shown'],
      [{ ...good, languages: ['xx'] }, 'languages'],
      [{ ...good, expertise: ['999999'] }, 'interests'],
      [{ ...good, bio: 'x'.repeat(2001) }, 'bio'],
    ];
    for (const [form, field] of bad) {
      const res = await me.client.post('/fr/account/public-profile', form);
      expect(res.statusCode, field).toBe(400);
      expect(res.body).toContain(`href="#f-${field}"`);
    }
    expect(await t.services.db.select().from(memberProfile).where(eq(memberProfile.userId, me.id))).toEqual(
      [],
    );
    const saved = await me.client.post('/en/account/public-profile', good);
    expect(saved.statusCode).toBe(303);
    const [row] = await t.services.db.select().from(memberProfile).where(eq(memberProfile.userId, me.id));
    expect(row).toMatchObject({
      directoryVisibility: 'public',
      shownFields: ['bio', 'languages'],
      languages: ['fr', 'pt'],
    });
    const page = await clientAt(t).get(`/en/members/${me.handle}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Programme officer, social registries.');
    expect(page.body).toContain('Portuguese');
    expect(page.body).not.toContain('Kenya');
  });

  it('a photo is cropped square and re-encoded without EXIF or GPS; only shown where the member shows it', async () => {
    const me = people.open!;
    const jpeg = await sharp({
      create: { width: 900, height: 600, channels: 3, background: { r: 20, g: 120, b: 90 } },
    })
      .jpeg()
      .withMetadata({
        exif: {
          IFD0: { Copyright: 'Secret Camera Owner' },
          IFD3: {
            GPSLatitudeRef: 'N',
            GPSLatitude: '14/1 41/1 0/1',
            GPSLongitudeRef: 'W',
            GPSLongitude: '17/1 26/1 0/1',
          },
        },
      })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const wrong = await postMultipart(t, me.client, '/en/account/public-profile/photo', [], {
      filename: 'me.jpg',
      data: Buffer.from('%PDF-1.4 not an image'),
    });
    expect(wrong.statusCode).toBe(415);
    expect(wrong.body).toContain('href="#f-file"');
    const up = await postMultipart(t, me.client, '/en/account/public-profile/photo', [], {
      filename: 'me.jpg',
      data: jpeg,
    });
    expect(up.statusCode).toBe(303);
    const [row] = await t.services.db.select().from(memberProfile).where(eq(memberProfile.userId, me.id));
    const profile = await clientAt(t).get(`/en/members/${me.handle}`);
    const src = /<img class="member-photo" src="([^"]+)"/.exec(profile.body)?.[1];
    expect(src).toBeTruthy();
    const photo = await clientAt(t).get(src!.replace(/&amp;/g, '&'));
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/webp');
    const meta = await sharp(photo.rawPayload).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([320, 320, 'webp']);
    expect(meta.exif).toBeUndefined();
    expect(photo.rawPayload.includes(Buffer.from('Secret Camera Owner'))).toBe(false);
    expect(row!.photoKey).toBeTruthy();
    // Not shown once the member unticks it, and never for a profile the viewer may not see.
    await t.services.db
      .update(memberProfile)
      .set({ shownFields: ['bio'] })
      .where(eq(memberProfile.userId, me.id));
    expect((await clientAt(t).get(`/en/members/${me.handle}/photo`)).statusCode).toBe(404);
    expect((await clientAt(t).get(`/en/members/${me.handle}`)).body).not.toContain(
      '<img class="member-photo"',
    );
    await t.services.db
      .update(memberProfile)
      .set({ shownFields: ['photo'], directoryVisibility: 'members' })
      .where(eq(memberProfile.userId, me.id));
    expect((await clientAt(t).get(`/en/members/${me.handle}/photo`)).statusCode).toBe(404);
    expect((await people.viewer!.client.get(`/en/members/${me.handle}/photo`)).statusCode).toBe(200);
    // Removing it removes the stored file too.
    expect((await me.client.post('/en/account/public-profile/photo/remove', {})).statusCode).toBe(303);
    expect(await t.services.storage.size(row!.photoKey!)).toBeNull();
  });
});
