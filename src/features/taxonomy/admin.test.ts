import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainEvent } from '../../core/events/tables.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { clientAt, createMember, signIn } from '../../test/factories.ts';
import { userInterest } from '../accounts/tables.ts';
import { getItem } from '../content/browse.ts';
import { contentItem, contentTerm, contentTranslation } from '../content/tables.ts';
import { loadReferenceData, termOptions, termsBySlug } from './index.tsx';
import { term, termLabel } from './tables.ts';

let t: TestApp;
let editor: TestClient;
let member: TestClient;
let memberId: string;

beforeAll(async () => {
  t = await startTestApp();
  await loadReferenceData(t.services.db);
  const e = await createMember(t, { role: 'editor' });
  editor = await signIn(t, e.user.email, e.password);
  const m = await createMember(t);
  memberId = m.user.id;
  member = await signIn(t, m.user.email, m.password);
});
afterAll(async () => {
  await t?.close();
});

const db = () => t.services.db;

async function find(vocabularyId: string, slug: string) {
  const [row] = await db()
    .select()
    .from(term)
    .where(and(eq(term.vocabularyId, vocabularyId), eq(term.slug, slug)));
  return row;
}

async function labels(termId: number) {
  const rows = await db().select().from(termLabel).where(eq(termLabel.termId, termId));
  return Object.fromEntries(rows.map((r) => [r.locale, r.label]));
}

async function events() {
  return (await db().select().from(domainEvent).where(eq(domainEvent.type, 'taxonomy.changed'))).map(
    (e) => e.payload as Record<string, unknown>,
  );
}

/** A published item classified with the given terms. */
async function publishedItem(slug: string, termIds: number[]) {
  const [item] = await db()
    .insert(contentItem)
    .values({ type: 'publication', slug, status: 'published', originalLocale: 'en', publishedAt: new Date() })
    .returning();
  await db()
    .insert(contentTranslation)
    .values({ itemId: item!.id, locale: 'en', title: `Item ${slug}` });
  if (termIds.length)
    await db()
      .insert(contentTerm)
      .values(termIds.map((termId) => ({ itemId: item!.id, termId })));
  return item!;
}

describe('taxonomy admin: access', () => {
  it('sends anonymous visitors to sign in', async () => {
    const res = await clientAt(t).get('/en/admin/taxonomy');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/en/sign-in?next=${encodeURIComponent('/en/admin/taxonomy')}`);
  });

  it('refuses members', async () => {
    expect((await member.get('/en/admin/taxonomy')).statusCode).toBe(403);
    expect((await member.get('/en/admin/taxonomy/topic')).statusCode).toBe(403);
    const gender = await find('topic', 'gender');
    const res = await member.post(`/en/admin/taxonomy/topic/terms/${gender!.id}/retire`, {});
    expect(res.statusCode).toBe(403);
    expect((await find('topic', 'gender'))!.status).toBe('active');
  });

  it('sends editors without two-step verification to set it up', async () => {
    const e = await createMember(t, { role: 'editor' });
    const client = clientAt(t);
    await client.post('/en/sign-in', { email: e.user.email, password: e.password });
    const res = await client.get('/en/admin/taxonomy');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/en/account/two-factor?required=1');
  });
});

describe('taxonomy admin: screens', () => {
  it('lists the vocabularies in the reader’s language', async () => {
    const res = await editor.get('/fr/admin/taxonomy');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<meta name="robots" content="noindex"');
    expect(res.body).toContain('Domaine de programme');
    expect(res.body).toContain('href="/fr/admin/taxonomy/programme-area"');
  });

  it('shows a vocabulary as a tree with status and usage', async () => {
    const cash = await find('programme-area', 'cash-transfers');
    await publishedItem('tree-usage', [cash!.id]);
    const res = await editor.get('/es/admin/taxonomy/programme-area');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Transferencias monetarias condicionadas');
    // Conditional cash transfers sit in a list nested inside cash transfers.
    const cashAt = res.body.indexOf(`id="term-${cash!.id}"`);
    const ccts = await find('programme-area', 'conditional-cash-transfers');
    const cctAt = res.body.indexOf(`id="term-${ccts!.id}"`);
    expect(cashAt).toBeGreaterThan(0);
    expect(cctAt).toBeGreaterThan(cashAt);
    expect(res.body.slice(cashAt, cctAt)).toContain('<ul class="term-tree">');
    expect(res.body).toContain('1 contenido');
  });

  it('answers 404 for an unknown vocabulary or a term of another vocabulary', async () => {
    expect((await editor.get('/en/admin/taxonomy/no-such-vocabulary')).statusCode).toBe(404);
    const gender = await find('topic', 'gender');
    expect((await editor.get(`/en/admin/taxonomy/region/terms/${gender!.id}`)).statusCode).toBe(404);
  });
});

describe('taxonomy admin: add a term', () => {
  it('adds a term under a parent with its labels, and records an event', async () => {
    const parent = await find('programme-area', 'social-assistance');
    const res = await editor.post('/en/admin/taxonomy/programme-area/terms', {
      slug: 'humanitarian-cash',
      parentId: String(parent!.id),
      label_en: 'Humanitarian cash assistance',
      label_fr: 'Assistance monétaire humanitaire',
      label_es: '',
      label_pt: 'Assistência monetária humanitária',
    });
    expect(res.statusCode).toBe(303);
    const created = await find('programme-area', 'humanitarian-cash');
    expect(res.headers.location).toBe(`/en/admin/taxonomy/programme-area?done=added#term-${created!.id}`);
    expect(created!.parentId).toBe(parent!.id);
    expect(await labels(created!.id)).toEqual({
      en: 'Humanitarian cash assistance',
      fr: 'Assistance monétaire humanitaire',
      pt: 'Assistência monetária humanitária',
    });
    expect(await events()).toContainEqual(
      expect.objectContaining({ action: 'added', termId: created!.id, vocabularyId: 'programme-area' }),
    );
    const page = await editor.get(String(res.headers.location));
    expect(page.body).toContain('The term has been added.');
  });

  it('refuses bad input with 400, names the fields, and changes nothing', async () => {
    const before = (await db().select().from(term)).length;
    const res = await editor.post('/fr/admin/taxonomy/topic/terms', {
      slug: 'Not A Slug!',
      label_en: '',
      label_fr: 'Quelque chose',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('class="error-summary"');
    expect(res.body).toContain('href="#f-slug"');
    expect(res.body).toContain('href="#f-label_en"');
    expect(res.body).toContain('N’utilisez que des lettres minuscules');
    expect(res.body).toContain('value="Quelque chose"');
    expect((await db().select().from(term)).length).toBe(before);
  });

  it('refuses a slug already used, unknown fields, and a parent in a flat vocabulary', async () => {
    const taken = await editor.post('/en/admin/taxonomy/topic/terms', {
      slug: 'gender',
      label_en: 'Gender again',
    });
    expect(taken.statusCode).toBe(400);
    expect(taken.body).toContain('This identifier is already used in this vocabulary');

    const extra = await editor.post('/en/admin/taxonomy/topic/terms', {
      slug: 'new-topic',
      label_en: 'New topic',
      status: 'retired',
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.body).toContain('The field “status” is not accepted here.');

    const gender = await find('topic', 'gender');
    const flat = await editor.post('/en/admin/taxonomy/topic/terms', {
      slug: 'new-topic',
      label_en: 'New topic',
      parentId: String(gender!.id),
    });
    expect(flat.statusCode).toBe(400);
    expect(flat.body).toContain('href="#f-parentId"');
    expect(await find('topic', 'new-topic')).toBeUndefined();
  });
});

describe('taxonomy admin: rename, move, merge, retire', () => {
  it('renames and translates a term; an emptied language falls back to English', async () => {
    const informality = await find('topic', 'informality');
    const url = `/en/admin/taxonomy/topic/terms/${informality!.id}`;
    const res = await editor.post(`${url}/labels`, {
      label_en: 'Informal economy',
      label_fr: 'Économie informelle',
      label_es: 'Economía informal',
      label_pt: '',
      description_en: 'Work and workers outside formal arrangements.',
      description_fr: '',
      description_es: '',
      description_pt: '',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${url}?done=renamed`);
    expect(await labels(informality!.id)).toEqual({
      en: 'Informal economy',
      fr: 'Économie informelle',
      es: 'Economía informal',
    });
    const pt = await editor.get(`/pt/admin/taxonomy/topic/terms/${informality!.id}`);
    expect(pt.body).toContain('Termo: Informal economy');

    const bad = await editor.post(`${url}/labels`, { label_en: '   ', label_fr: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#f-label_en"');
    expect((await labels(informality!.id)).en).toBe('Informal economy');
  });

  it('moves a term under another parent and refuses cycles', async () => {
    const socialAssistance = await find('programme-area', 'social-assistance');
    const cash = await find('programme-area', 'cash-transfers');
    const ccts = await find('programme-area', 'conditional-cash-transfers');
    const base = '/en/admin/taxonomy/programme-area/terms';

    const cycle = await editor.post(`${base}/${cash!.id}/move`, {
      parentId: String(ccts!.id),
      position: '0',
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.body).toContain('A term cannot be placed under itself or under one of its own sub-terms.');
    const self = await editor.post(`${base}/${cash!.id}/move`, { parentId: String(cash!.id), position: '0' });
    expect(self.statusCode).toBe(400);
    expect((await find('programme-area', 'cash-transfers'))!.parentId).toBe(socialAssistance!.id);

    const badPosition = await editor.post(`${base}/${ccts!.id}/move`, { parentId: '', position: '-3' });
    expect(badPosition.statusCode).toBe(400);
    expect(badPosition.body).toContain('href="#f-position"');

    const ok = await editor.post(`${base}/${ccts!.id}/move`, {
      parentId: String(socialAssistance!.id),
      position: '7',
    });
    expect(ok.statusCode).toBe(303);
    const moved = await find('programme-area', 'conditional-cash-transfers');
    expect(moved).toMatchObject({ parentId: socialAssistance!.id, position: 7 });

    const top = await editor.post(`${base}/${ccts!.id}/move`, { parentId: '', position: '9' });
    expect(top.statusCode).toBe(303);
    expect((await find('programme-area', 'conditional-cash-transfers'))!.parentId).toBeNull();
    expect((await events()).filter((e) => e.action === 'moved' && e.termId === ccts!.id)).toHaveLength(2);
  });

  it('merges a term: content keeps a valid term, interests move, old slug resolves', async () => {
    const a = await editor.post('/en/admin/taxonomy/topic/terms', {
      slug: 'cash-plus',
      label_en: 'Cash plus',
    });
    expect(a.statusCode).toBe(303);
    const source = (await find('topic', 'cash-plus'))!;
    const target = (await find('topic', 'poverty-inequality'))!;
    const both = await publishedItem('merge-both', [source.id, target.id]);
    const onlySource = await publishedItem('merge-source', [source.id]);
    await db().insert(userInterest).values({ userId: memberId, termId: source.id });

    const self = await editor.post(`/en/admin/taxonomy/topic/terms/${source.id}/merge`, {
      targetId: String(source.id),
    });
    expect(self.statusCode).toBe(400);
    const other = await find('region', 'south-asia');
    const wrongVocab = await editor.post(`/en/admin/taxonomy/topic/terms/${source.id}/merge`, {
      targetId: String(other!.id),
    });
    expect(wrongVocab.statusCode).toBe(400);
    const missing = await editor.post(`/en/admin/taxonomy/topic/terms/${source.id}/merge`, { targetId: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('href="#f-targetId"');

    const res = await editor.post(`/en/admin/taxonomy/topic/terms/${source.id}/merge`, {
      targetId: String(target.id),
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/en/admin/taxonomy/topic?done=merged#term-${source.id}`);

    expect(await find('topic', 'cash-plus')).toMatchObject({ status: 'retired', mergedIntoId: target.id });
    const links = await db().select().from(contentTerm).where(eq(contentTerm.termId, source.id));
    expect(links).toEqual([]);
    for (const item of [both, onlySource]) {
      const rows = await db().select().from(contentTerm).where(eq(contentTerm.itemId, item.id));
      expect(rows.map((r) => r.termId)).toEqual([target.id]);
    }
    expect(await db().select().from(userInterest).where(eq(userInterest.userId, memberId))).toEqual([
      { userId: memberId, termId: target.id },
    ]);
    expect((await termsBySlug(db(), 'topic', ['cash-plus'])).get('cash-plus')?.id).toBe(target.id);
    // The detail page shows the term the content now has.
    const detail = await getItem(db(), 'publication', 'merge-source', 'en');
    expect(detail.terms.map((x) => x.slug)).toEqual([target.slug]);
    expect(await events()).toContainEqual(
      expect.objectContaining({
        action: 'merged',
        termId: source.id,
        targetId: target.id,
        contentMoved: 2,
        interestsMoved: 1,
      }),
    );

    // A merged term cannot be reactivated, and the tree marks it.
    const again = await editor.post(`/en/admin/taxonomy/topic/terms/${source.id}/reactivate`, {});
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('A merged term cannot be reactivated');
    const page = await editor.get('/en/admin/taxonomy/topic');
    expect(page.body).toContain('merged into');
  });

  it('merges a parent into its own child without breaking the tree', async () => {
    const cash = (await find('programme-area', 'cash-transfers'))!;
    const uct = (await find('programme-area', 'unconditional-cash-transfers'))!;
    const res = await editor.post(`/en/admin/taxonomy/programme-area/terms/${cash.id}/merge`, {
      targetId: String(uct.id),
    });
    expect(res.statusCode).toBe(303);
    const lifted = (await find('programme-area', 'unconditional-cash-transfers'))!;
    expect(lifted.parentId).toBe(cash.parentId);
    const tree = await editor.get('/en/admin/taxonomy/programme-area');
    expect(tree.statusCode).toBe(200);
  });

  it('retires a term (content keeps its label) and reactivates it', async () => {
    const women = (await find('population-group', 'women'))!;
    await publishedItem('retired-term', [women.id]);
    const url = `/en/admin/taxonomy/population-group/terms/${women.id}`;

    const extra = await editor.post(`${url}/retire`, { reason: 'duplicate' });
    expect(extra.statusCode).toBe(400);
    expect((await find('population-group', 'women'))!.status).toBe('active');

    const res = await editor.post(`${url}/retire`, {});
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${url}?done=retired`);
    expect((await find('population-group', 'women'))!.status).toBe('retired');
    const detail = await getItem(db(), 'publication', 'retired-term', 'fr');
    expect(detail.terms.map((x) => x.label)).toContain('Femmes');
    const page = await t.app.inject({ url: '/en/library/retired-term' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Women');

    const back = await editor.post(`${url}/reactivate`, {});
    expect(back.statusCode).toBe(303);
    expect((await find('population-group', 'women'))!.status).toBe('active');
    expect((await events()).filter((e) => e.termId === women.id).map((e) => e.action)).toEqual([
      'retired',
      'reactivated',
    ]);
  });

  it('refuses to retire a term that still has active sub-terms', async () => {
    const insurance = (await find('programme-area', 'social-insurance'))!;
    const res = await editor.post(`/en/admin/taxonomy/programme-area/terms/${insurance.id}/retire`, {});
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('This term still has active sub-terms');
    expect((await find('programme-area', 'social-insurance'))!.status).toBe('active');
  });

  it('reactivates a sub-term only after its parent', async () => {
    const base = '/en/admin/taxonomy/programme-area/terms';
    const parent = (await find('programme-area', 'labour-market-programmes'))!;
    const active = (await find('programme-area', 'active-labour-market'))!;
    const passive = (await find('programme-area', 'passive-labour-market'))!;
    for (const id of [active.id, passive.id, parent.id])
      expect((await editor.post(`${base}/${id}/retire`, {})).statusCode).toBe(303);

    const early = await editor.post(`${base}/${active.id}/reactivate`, {});
    expect(early.statusCode).toBe(409);
    expect(early.body).toContain('reactivate the parent first');
    expect((await find('programme-area', 'active-labour-market'))!.status).toBe('retired');

    expect((await editor.post(`${base}/${parent.id}/reactivate`, {})).statusCode).toBe(303);
    expect((await editor.post(`${base}/${active.id}/reactivate`, {})).statusCode).toBe(303);
    expect((await find('programme-area', 'active-labour-market'))!.status).toBe('active');
    const options = await termOptions(db(), 'programme-area', 'en');
    expect(options.find((o) => o.slug === 'active-labour-market')?.depth).toBe(1);
    expect(options.find((o) => o.slug === 'passive-labour-market')).toBeUndefined();
  });

  it('needs the CSRF token', async () => {
    const gender = (await find('topic', 'gender'))!;
    const res = await editor.post(`/en/admin/taxonomy/topic/terms/${gender.id}/retire`, {}, { noCsrf: true });
    expect(res.statusCode).toBe(403);
    expect((await find('topic', 'gender'))!.status).toBe('active');
  });
});
