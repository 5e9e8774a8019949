import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { create } from 'xmlbuilder2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { createCommunityWithThread, createMember } from '../../../test/factories.ts';
import { contentItem, contentTranslation } from '../../content/tables.ts';
import { transition } from '../../editorial/workflow/transition.ts';
import { loadReferenceData } from '../../taxonomy/index.tsx';
import { createPublication, type PublicationFixture } from '../detail/test-fixtures.ts';
import { oaiRoutes } from './index.ts';
import { decodeToken, encodeToken } from './token.ts';

// OAI-PMH 2.0 over HTTP: every verb, every error code, paging, from/until, sets, deleted records,
// what must never appear, and escaping. Every response body is validated against the shipped
// OAI-PMH schemas with xmllint before anything else is asserted.

const SCHEMAS = join(import.meta.dirname, 'schemas');
const HOST = 'localhost';
const NS = {
  oai: 'http://www.openarchives.org/OAI/2.0/',
  dc: 'http://purl.org/dc/elements/1.1/',
  id: 'http://www.openarchives.org/OAI/2.0/oai-identifier',
};

let t: TestApp;
const id: Record<string, string> = {};
const oaiId = (key: string) => `oai:${HOST}:${id[key]}`;

/** Exits 0 when the document validates against the shipped schemas; the message otherwise. */
function xmllint(xml: string): { status: number | null; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(SCHEMAS, 'combined.xsd'), '-'], {
    input: xml,
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

interface Answer {
  xml: string;
  doc: Document;
  /** Every element with this local name in the OAI namespace (or `ns`). */
  all(name: string, ns?: string): Element[];
  texts(name: string, ns?: string): string[];
  /** The error codes of the answer. */
  errors: string[];
  /** The attributes of the `request` element. */
  request: Record<string, string>;
}

function parse(xml: string): Answer {
  const doc = create(xml).node as unknown as Document;
  const all = (name: string, ns = NS.oai) => [...doc.getElementsByTagNameNS(ns, name)];
  const request = all('request')[0]!;
  return {
    xml,
    doc,
    all,
    texts: (name, ns) => all(name, ns).map((e) => e.textContent ?? ''),
    errors: all('error').map((e) => e.getAttribute('code')!),
    request: Object.fromEntries([...request.attributes].map((a) => [a.name, a.value])),
  };
}

/** One OAI-PMH request over HTTP: 200, text/xml, valid against the schema, parsed. */
async function oai(
  query: string | [string, string][],
  opts: { method?: 'GET' | 'POST'; path?: string; app?: TestApp } = {},
) {
  const params = typeof query === 'string' ? query : new URLSearchParams(query).toString();
  const app = (opts.app ?? t).app;
  const path = opts.path ?? '/oai';
  const res =
    opts.method === 'POST'
      ? await app.inject({
          method: 'POST',
          url: path,
          payload: params,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        })
      : await app.inject({ method: 'GET', url: params ? `${path}?${params}` : path });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('text/xml; charset=utf-8');
  const check = xmllint(res.body);
  expect(check.output).toContain('- validates');
  expect(check.status).toBe(0);
  return parse(res.body);
}

/** Header identifiers (and which are deleted) of a list answer. */
function headers(a: Answer) {
  return a.all('header').map((h) => ({
    identifier: h.getElementsByTagNameNS(NS.oai, 'identifier')[0]!.textContent!,
    datestamp: h.getElementsByTagNameNS(NS.oai, 'datestamp')[0]!.textContent!,
    sets: [...h.getElementsByTagNameNS(NS.oai, 'setSpec')].map((s) => s.textContent),
    deleted: h.getAttribute('status') === 'deleted',
  }));
}

/** Follows resumption tokens to the end; returns every page. */
async function harvest(verb: string, args: string, path?: string): Promise<Answer[]> {
  const pages = [await oai(`verb=${verb}&metadataPrefix=oai_dc${args}`, { path })];
  for (;;) {
    const token = pages.at(-1)!.all('resumptionToken')[0];
    if (!token?.textContent) return pages;
    pages.push(await oai(`verb=${verb}&resumptionToken=${encodeURIComponent(token.textContent)}`, { path }));
  }
}

const secretWords = [
  'draftsecret',
  'submittedsecret',
  'scheduledsecret',
  'rejectedsecret',
  'neverpublished',
  'yakherding',
];

async function publication(key: string, f: Omit<PublicationFixture, 'slug'>, updatedAt: string) {
  const { id: itemId } = await createPublication(t.services.db, { slug: key, ...f });
  id[key] = itemId;
  await setUpdated(key, updatedAt);
}

async function setUpdated(key: string, at: string) {
  await t.services.db.execute(
    sql`update content_item set updated_at = ${at}::timestamptz where id = ${id[key]}`,
  );
}

beforeAll(async () => {
  t = await startTestApp({
    // The same routes with pages of three records, to page through a small library.
    beforeReady: async (built) => {
      await built.app.register(oaiRoutes(built.services, { pageSize: 3 }), { prefix: '/paged' });
    },
  });
  const db = t.services.db;
  await loadReferenceData(db);
  await publication(
    'pensions-kenya',
    {
      originalLocale: 'en',
      texts: {
        en: { title: 'Social pensions in Kenya', summary: 'What the Inua Jamii pension changed.' },
        fr: { title: 'Les pensions sociales au Kenya', summary: 'Ce que la pension a changé.' },
      },
      authors: ['Amina Otieno', 'Jean Dupont'],
      organisations: [{ name: 'Ministry of Labour and Social Protection', acronym: 'MLSP' }],
      year: 2021,
      issuedOn: '2021-06-15',
      languages: ['en', 'fr'],
      doi: 'https://doi.org/10.1234/pensions.2021',
      isbn: '978-92-2-134567-8',
      licence: 'cc-by-4.0',
      terms: [
        { vocabularyId: 'document-type', slug: 'research-paper' },
        { vocabularyId: 'programme-area', slug: 'cash-transfers' },
        { vocabularyId: 'topic', slug: 'gender' },
      ],
      countries: ['KE'],
      files: [{ filename: 'report.pdf', mediaType: 'application/pdf', size: 1000 }],
    },
    '2023-03-01T10:00:00.250Z',
  );
  await publication(
    'bolsa-familia',
    {
      originalLocale: 'pt',
      texts: { pt: { title: 'Bolsa Família em perspectiva', summary: 'Vinte anos de transferências.' } },
      licence: 'cc-by-nc-4.0',
      year: 2020,
      terms: [
        { vocabularyId: 'document-type', slug: 'policy-brief' },
        { vocabularyId: 'programme-area', slug: 'conditional-cash-transfers' },
      ],
      countries: ['BR'],
    },
    '2023-03-02T10:00:00Z',
  );
  await publication(
    'hostile',
    {
      texts: {
        en: { title: 'Bad\u0001\u0008 title <b> & "quotes"\uFFFF end', summary: 'A ]]> summary\u000B.' },
      },
      terms: [{ vocabularyId: 'document-type', slug: 'working-paper' }],
    },
    '2023-03-03T10:00:00Z',
  );
  for (const [i, key] of ['plain-4', 'plain-5', 'plain-6'].entries())
    await publication(
      key,
      { texts: { en: { title: `Plain publication ${i + 4}` } } },
      `2023-03-0${i + 4}T10:00:00Z`,
    );
  // Ever published, not public now: deleted records.
  const editor = await createMember(t, { role: 'editor' });
  const actor = { id: editor.user.id, name: editor.user.name, role: 'editor' as const };
  await publication('withdrawn', { texts: { en: { title: 'Withdrawn report' } } }, '2023-01-01T00:00:00Z');
  await transition(t.services, actor, id.withdrawn!, 'archive');
  await setUpdated('withdrawn', '2023-03-07T10:00:00Z');
  await publication(
    'unpublished',
    { texts: { en: { title: 'Unpublished report' } } },
    '2023-01-01T00:00:00Z',
  );
  await transition(t.services, actor, id.unpublished!, 'unpublish');
  await setUpdated('unpublished', '2023-03-08T10:00:00Z');
  // Never published: not records at all.
  for (const [key, status] of [
    ['draftsecret', 'draft'],
    ['submittedsecret', 'submitted'],
    ['inreviewsecret', 'in_review'],
    ['changessecret', 'changes_requested'],
    ['scheduledsecret', 'scheduled'],
    ['rejectedsecret', 'rejected'],
    ['neverpublished', 'archived'],
  ] as const)
    await publication(key, { status, texts: { en: { title: `The ${key} title` } } }, '2023-03-05T12:00:00Z');
  // Another type: news is not in the library.
  const [news] = await db
    .insert(contentItem)
    .values({
      type: 'news',
      slug: 'newssecret',
      status: 'published',
      originalLocale: 'en',
      publishedAt: new Date(),
    })
    .returning({ id: contentItem.id });
  await db
    .insert(contentTranslation)
    .values({ itemId: news!.id, locale: 'en', title: 'The newssecret item' });
  id.newssecret = news!.id;
  // A private community with a thread and a post.
  await createCommunityWithThread(t, { word: 'yakherding', ownerId: editor.user.id, visibility: 'private' });
});

afterAll(async () => {
  await t?.close();
});

const RECORDS = [
  'pensions-kenya',
  'bolsa-familia',
  'hostile',
  'plain-4',
  'plain-5',
  'plain-6',
  'withdrawn',
  'unpublished',
];

describe('the schema check itself', () => {
  it('rejects the invalid examples shipped with the schemas and accepts the valid ones', () => {
    const dir = join(SCHEMAS, 'examples');
    for (const file of readdirSync(dir)) {
      const { status } = spawnSync('xmllint', [
        '--noout',
        '--nonet',
        '--schema',
        join(SCHEMAS, 'combined.xsd'),
        join(dir, file),
      ]);
      expect([file, status]).toEqual([file, file.startsWith('invalid_') ? 3 : 0]);
    }
  });
});

describe('Identify', () => {
  it('describes the repository: base URL, earliest datestamp from the data, persistent deletions, seconds', async () => {
    const a = await oai('verb=Identify');
    expect(a.request).toEqual({ verb: 'Identify' });
    expect(a.texts('request')).toEqual(['http://localhost:3000/oai']);
    expect(a.texts('repositoryName')).toEqual(['SP Gateway']);
    expect(a.texts('baseURL')).toEqual(['http://localhost:3000/oai']);
    expect(a.texts('protocolVersion')).toEqual(['2.0']);
    expect(a.texts('adminEmail')).toEqual([t.services.config.CONTACT_EMAIL]);
    expect(a.texts('earliestDatestamp')).toEqual(['2023-03-01T10:00:00Z']);
    expect(a.texts('deletedRecord')).toEqual(['persistent']);
    expect(a.texts('granularity')).toEqual(['YYYY-MM-DDThh:mm:ssZ']);
    expect(a.texts('responseDate')[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    // "localhost" is not a domain name the oai-identifier scheme allows: no such description.
    expect(a.all('oai-identifier', NS.id)).toEqual([]);
  });

  it('answers POST (form-encoded) like GET, without a CSRF token', async () => {
    const a = await oai([['verb', 'Identify']], { method: 'POST' });
    expect(a.texts('repositoryName')).toEqual(['SP Gateway']);
    const b = await oai(
      [
        ['verb', 'GetRecord'],
        ['identifier', oaiId('bolsa-familia')],
        ['metadataPrefix', 'oai_dc'],
      ],
      {
        method: 'POST',
      },
    );
    expect(b.texts('title', NS.dc)).toEqual(['Bolsa Família em perspectiva']);
    const c = await oai(
      [
        ['verb', 'Identify'],
        ['verb', 'Identify'],
      ],
      { method: 'POST' },
    );
    expect(c.errors).toEqual(['badVerb']);
  });
});

describe('ListMetadataFormats', () => {
  it('offers oai_dc for the repository and for any record, deleted ones included', async () => {
    for (const q of [
      'verb=ListMetadataFormats',
      `verb=ListMetadataFormats&identifier=${oaiId('withdrawn')}`,
    ]) {
      const a = await oai(q);
      expect(a.texts('metadataPrefix')).toEqual(['oai_dc']);
      expect(a.texts('metadataNamespace')).toEqual(['http://www.openarchives.org/OAI/2.0/oai_dc/']);
    }
  });

  it('idDoesNotExist for an identifier that is not a record here', async () => {
    for (const identifier of [
      oaiId('draftsecret'),
      `oai:example.org:${id['pensions-kenya']}`,
      'oai:localhost:nope',
      'oai:localhost:<script>&"x"',
    ]) {
      const a = await oai(`verb=ListMetadataFormats&identifier=${encodeURIComponent(identifier)}`);
      expect(a.errors).toEqual(['idDoesNotExist']);
      expect(a.request).toEqual({ verb: 'ListMetadataFormats', identifier });
    }
  });
});

describe('ListSets', () => {
  it('lists the three axes and every term, names in English', async () => {
    const a = await oai('verb=ListSets');
    const sets = Object.fromEntries(
      a
        .all('set')
        .map((s) => [
          s.getElementsByTagNameNS(NS.oai, 'setSpec')[0]!.textContent,
          s.getElementsByTagNameNS(NS.oai, 'setName')[0]!.textContent,
        ]),
    );
    expect(sets).toMatchObject({
      type: 'Document type',
      theme: 'Programme area',
      region: 'Region',
      'type:research-paper': 'Research paper',
      'theme:social-assistance': 'Social assistance',
      'theme:cash-transfers': 'Cash transfers',
      'theme:conditional-cash-transfers': 'Conditional cash transfers',
      'region:sub-saharan-africa': 'Sub-Saharan Africa',
    });
    expect(a.texts('setSpec').slice(0, 2)).toEqual(['type', expect.stringMatching(/^type:/)]);
  });

  it('badResumptionToken: ListSets is never paged', async () => {
    const a = await oai('verb=ListSets&resumptionToken=abc');
    expect(a.errors).toEqual(['badResumptionToken']);
    expect(a.request).toEqual({ verb: 'ListSets', resumptionToken: 'abc' });
  });
});

describe('GetRecord', () => {
  it('maps a publication to Dublin Core: every language, authors, classification, identifiers, licence', async () => {
    const a = await oai(`verb=GetRecord&identifier=${oaiId('pensions-kenya')}&metadataPrefix=oai_dc`);
    expect(a.request).toEqual({
      verb: 'GetRecord',
      identifier: oaiId('pensions-kenya'),
      metadataPrefix: 'oai_dc',
    });
    expect(headers(a)).toEqual([
      {
        identifier: oaiId('pensions-kenya'),
        datestamp: '2023-03-01T10:00:00Z',
        // The programme area's parent is a set of the item too; Kenya puts it in its region.
        sets: [
          'region:sub-saharan-africa',
          'theme:cash-transfers',
          'theme:social-assistance',
          'type:research-paper',
        ],
        deleted: false,
      },
    ]);
    const dc = (name: string) => a.texts(name, NS.dc);
    const titles = a.all('title', NS.dc).map((e) => [e.getAttribute('xml:lang'), e.textContent]);
    expect(titles).toEqual([
      ['en', 'Social pensions in Kenya'],
      ['fr', 'Les pensions sociales au Kenya'],
    ]);
    expect(dc('creator')).toEqual(['Amina Otieno', 'Jean Dupont']);
    expect(dc('subject')).toEqual(expect.arrayContaining(['Cash transfers', 'Gender']));
    expect(dc('description')).toEqual([
      'What the Inua Jamii pension changed.',
      'Ce que la pension a changé.',
    ]);
    expect(dc('publisher')).toEqual(['Ministry of Labour and Social Protection']);
    expect(dc('date')).toEqual(['2021-06-15']);
    expect(dc('type')).toEqual(['Research paper', 'Text']);
    expect(dc('format')).toEqual(['application/pdf']);
    expect(dc('identifier')).toEqual([
      'http://localhost:3000/en/library/pensions-kenya',
      'https://doi.org/10.1234/pensions.2021',
      'urn:isbn:9789221345678',
    ]);
    expect(dc('language')).toEqual(['en', 'fr']);
    expect(dc('coverage')).toEqual(['Kenya']);
    expect(dc('rights')).toEqual(['CC BY 4.0 (attribution)', 'https://creativecommons.org/licenses/by/4.0/']);
  });

  it('a record without a licence says so', async () => {
    const a = await oai(`verb=GetRecord&identifier=${oaiId('hostile')}&metadataPrefix=oai_dc`);
    expect(a.texts('rights', NS.dc)).toEqual(['No licence stated']);
  });

  it('a withdrawn or unpublished publication is a deleted record: a header, no metadata', async () => {
    for (const key of ['withdrawn', 'unpublished']) {
      const a = await oai(`verb=GetRecord&identifier=${oaiId(key)}&metadataPrefix=oai_dc`);
      expect(headers(a)).toMatchObject([{ identifier: oaiId(key), deleted: true }]);
      expect(a.all('metadata')).toEqual([]);
      expect(a.xml).not.toContain(key === 'withdrawn' ? 'Withdrawn report' : 'Unpublished report');
    }
  });

  it('idDoesNotExist for items never published and for other types', async () => {
    for (const key of ['draftsecret', 'scheduledsecret', 'neverpublished', 'newssecret']) {
      const a = await oai(`verb=GetRecord&identifier=${oaiId(key)}&metadataPrefix=oai_dc`);
      expect(a.errors).toEqual(['idDoesNotExist']);
    }
  });

  it('cannotDisseminateFormat for another format, with the request echoed', async () => {
    const a = await oai(`verb=GetRecord&identifier=${oaiId('hostile')}&metadataPrefix=marc21`);
    expect(a.errors).toEqual(['cannotDisseminateFormat']);
    expect(a.request).toEqual({ verb: 'GetRecord', identifier: oaiId('hostile'), metadataPrefix: 'marc21' });
  });

  it('removes characters XML forbids and escapes the rest', async () => {
    const a = await oai(`verb=GetRecord&identifier=${oaiId('hostile')}&metadataPrefix=oai_dc`);
    expect(a.texts('title', NS.dc)).toEqual(['Bad title <b> & "quotes" end']);
    expect(a.texts('description', NS.dc)).toEqual(['A ]]> summary.']);
    expect(a.xml).toContain('Bad title &lt;b&gt; &amp; "quotes" end');
    for (const c of ['\u0001', '\u0008', '\u000B', '\uFFFF']) expect(a.xml).not.toContain(c);
  });
});

describe('ListRecords and ListIdentifiers', () => {
  it('page through every record exactly once, in datestamp order, deleted ones as deleted headers', async () => {
    for (const verb of ['ListRecords', 'ListIdentifiers']) {
      const pages = await harvest(verb, '', '/paged/oai');
      expect(pages).toHaveLength(3);
      const all = pages.flatMap(headers);
      expect(all.map((h) => h.identifier)).toEqual(RECORDS.map(oaiId));
      expect(all.filter((h) => h.deleted).map((h) => h.identifier)).toEqual([
        oaiId('withdrawn'),
        oaiId('unpublished'),
      ]);
      const tokens = pages.map((p) => p.all('resumptionToken')[0]!);
      expect(tokens.map((tk) => [tk.getAttribute('cursor'), tk.getAttribute('completeListSize')])).toEqual([
        ['0', '8'],
        ['3', '8'],
        ['6', '8'],
      ]);
      // The last page ends the list with an empty token.
      expect(tokens[2]!.textContent).toBe('');
      if (verb === 'ListRecords') {
        expect(pages.flatMap((p) => p.all('metadata'))).toHaveLength(6);
        expect(pages[0]!.all('record')).toHaveLength(3);
      } else expect(pages.flatMap((p) => p.all('record'))).toEqual([]);
    }
  });

  it('one page without a token when everything fits', async () => {
    const a = await oai('verb=ListIdentifiers&metadataPrefix=oai_dc');
    expect(headers(a).map((h) => h.identifier)).toEqual(RECORDS.map(oaiId));
    expect(a.all('resumptionToken')).toEqual([]);
  });

  it('from and until select by datestamp, until inclusive, in either granularity', async () => {
    const ids = async (args: string) =>
      headers(await oai(`verb=ListIdentifiers&metadataPrefix=oai_dc${args}`)).map((h) => h.identifier);
    expect(await ids('&from=2023-03-07')).toEqual([oaiId('withdrawn'), oaiId('unpublished')]);
    expect(await ids('&until=2023-03-02')).toEqual([oaiId('pensions-kenya'), oaiId('bolsa-familia')]);
    expect(await ids('&from=2023-03-02&until=2023-03-03')).toEqual([
      oaiId('bolsa-familia'),
      oaiId('hostile'),
    ]);
    // A record at 10:00:00.250 has the datestamp 10:00:00: until=10:00:00Z includes it.
    expect(await ids('&until=2023-03-01T10:00:00Z')).toEqual([oaiId('pensions-kenya')]);
    expect(await ids('&from=2023-03-01T10:00:01Z&until=2023-03-02T10:00:00Z')).toEqual([
      oaiId('bolsa-familia'),
    ]);
    const none = await oai('verb=ListRecords&metadataPrefix=oai_dc&until=2020-01-01');
    expect(none.errors).toEqual(['noRecordsMatch']);
    expect(none.request).toEqual({ verb: 'ListRecords', metadataPrefix: 'oai_dc', until: '2020-01-01' });
  });

  it('a harvest keeps its from, until and set across pages', async () => {
    const pages = await harvest('ListIdentifiers', '&from=2023-03-02&until=2023-03-08', '/paged/oai');
    expect(pages.flatMap(headers).map((h) => h.identifier)).toEqual(RECORDS.slice(1).map(oaiId));
    const inSet = await harvest('ListIdentifiers', '&set=theme', '/paged/oai');
    expect(inSet.flatMap(headers).map((h) => h.identifier)).toEqual([
      oaiId('pensions-kenya'),
      oaiId('bolsa-familia'),
    ]);
  });

  it('sets select by document type, theme (with the terms below it) and region (with its countries)', async () => {
    const ids = async (set: string) =>
      headers(await oai(`verb=ListRecords&metadataPrefix=oai_dc&set=${set}`)).map((h) => h.identifier);
    expect(await ids('type')).toEqual([oaiId('pensions-kenya'), oaiId('bolsa-familia'), oaiId('hostile')]);
    expect(await ids('type:policy-brief')).toEqual([oaiId('bolsa-familia')]);
    expect(await ids('theme:social-assistance')).toEqual([oaiId('pensions-kenya'), oaiId('bolsa-familia')]);
    expect(await ids('theme:conditional-cash-transfers')).toEqual([oaiId('bolsa-familia')]);
    expect(await ids('region')).toEqual([oaiId('pensions-kenya'), oaiId('bolsa-familia')]);
    expect(await ids('region:latin-america-caribbean')).toEqual([oaiId('bolsa-familia')]);
    const none = await oai('verb=ListRecords&metadataPrefix=oai_dc&set=region:south-asia');
    expect(none.errors).toEqual(['noRecordsMatch']);
    const unknown = await oai('verb=ListRecords&metadataPrefix=oai_dc&set=theme:no-such-term');
    expect(unknown.errors).toEqual(['noRecordsMatch']);
  });

  it('a deleted record stays in its sets, as a deleted header', async () => {
    const { id: itemId } = await createPublication(t.services.db, {
      slug: 'withdrawn-brief',
      texts: { en: { title: 'Withdrawn brief' } },
      terms: [{ vocabularyId: 'document-type', slug: 'policy-brief' }],
    });
    id['withdrawn-brief'] = itemId;
    const editor = await createMember(t, { role: 'editor' });
    await transition(t.services, { id: editor.user.id, name: 'E', role: 'editor' }, itemId, 'archive');
    const a = await oai('verb=ListRecords&metadataPrefix=oai_dc&set=type:policy-brief');
    expect(headers(a)).toEqual([
      expect.objectContaining({ identifier: oaiId('bolsa-familia'), deleted: false }),
      expect.objectContaining({
        identifier: oaiId('withdrawn-brief'),
        deleted: true,
        sets: ['type:policy-brief'],
      }),
    ]);
    // Its datestamp is the time of the withdrawal: an incremental harvest learns of it.
    const since = new Date(Date.now() - 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const recent = await oai(`verb=ListIdentifiers&metadataPrefix=oai_dc&from=${since}`);
    expect(headers(recent).map((h) => [h.identifier, h.deleted])).toEqual([[oaiId('withdrawn-brief'), true]]);
    await t.services.db.execute(sql`delete from content_item where id = ${itemId}`);
  });
});

describe('nothing that is not public appears', () => {
  it('no draft, pending, scheduled, rejected, never-published, other-type or private community content in any answer', async () => {
    const answers = [
      ...(await harvest('ListRecords', '')),
      ...(await harvest('ListRecords', '', '/paged/oai')),
      ...(await harvest('ListIdentifiers', '')),
      ...(await harvest('ListRecords', '&set=type')),
      await oai('verb=ListSets'),
      await oai('verb=Identify'),
    ];
    const secretIds = [
      'draftsecret',
      'submittedsecret',
      'inreviewsecret',
      'changessecret',
      'scheduledsecret',
      'rejectedsecret',
      'neverpublished',
      'newssecret',
    ].map((k) => id[k]!);
    for (const a of answers) {
      for (const word of [...secretWords, 'inreviewsecret', 'changessecret', 'newssecret', ...secretIds])
        expect(a.xml).not.toContain(word);
      // Deleted records are headers only: their titles never appear.
      expect(a.xml).not.toContain('Withdrawn report');
      expect(a.xml).not.toContain('Unpublished report');
    }
    expect(answers[0]!.all('header')).toHaveLength(RECORDS.length);
  });
});

describe('errors', () => {
  it('badVerb: missing, unknown or repeated verb — the request element carries no attributes', async () => {
    for (const q of ['', 'verb=Explode', 'verb=Identify&verb=Identify', 'verb=', 'foo=bar']) {
      const a = await oai(q);
      expect(a.errors).toEqual(['badVerb']);
      expect(a.request).toEqual({});
      expect(a.texts('request')).toEqual(['http://localhost:3000/oai']);
    }
  });

  it('badArgument: unknown, repeated, missing, empty or malformed arguments, exclusive token', async () => {
    const cases = [
      'verb=Identify&metadataPrefix=oai_dc',
      'verb=ListRecords',
      'verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc',
      'verb=ListRecords&metadataPrefix=oai_dc&from=',
      'verb=ListRecords&metadataPrefix=oai_dc&from=2023-02-30',
      'verb=ListRecords&metadataPrefix=oai_dc&from=2023-03-01T10:00:00',
      'verb=ListRecords&metadataPrefix=oai_dc&from=yesterday',
      'verb=ListRecords&metadataPrefix=oai_dc&from=2023-03-01&until=2023-03-02T00:00:00Z',
      'verb=ListRecords&metadataPrefix=oai_dc&from=2023-03-05&until=2023-03-01',
      'verb=ListRecords&metadataPrefix=oai_dc&set=bad%20set',
      'verb=ListRecords&metadataPrefix=bad%20prefix',
      'verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc',
      'verb=GetRecord&metadataPrefix=oai_dc',
      'verb=GetRecord&identifier=not%20a%20uri&metadataPrefix=oai_dc',
      'verb=ListIdentifiers&metadataPrefix=oai_dc&sets=theme',
    ];
    for (const q of cases) {
      const a = await oai(q);
      expect([q, a.errors]).toEqual([q, ['badArgument']]);
      expect(a.request).toEqual({});
    }
  });

  it('badResumptionToken: malformed, forged, or issued for another verb', async () => {
    const [first] = await harvest('ListIdentifiers', '', '/paged/oai');
    const token = first!.all('resumptionToken')[0]!.textContent!;
    const state = decodeToken(t.services.secret, token)!;
    expect(state.cursor).toBe(3);
    const forged = `${Buffer.from(JSON.stringify({ ...state, cursor: 0 })).toString('base64url')}.${token.split('.')[1]}`;
    const otherSecret = encodeToken('another-secret-of-at-least-32-characters', state);
    for (const bad of ['abc', 'a.b.c', `${token}x`, forged, otherSecret, '%%%', 'x'.repeat(3000)]) {
      const a = await oai(`verb=ListIdentifiers&resumptionToken=${encodeURIComponent(bad)}`, {
        path: '/paged/oai',
      });
      expect(a.errors).toEqual(['badResumptionToken']);
      expect(a.request).toEqual({ verb: 'ListIdentifiers', resumptionToken: bad });
    }
    const other = await oai(`verb=ListRecords&resumptionToken=${encodeURIComponent(token)}`, {
      path: '/paged/oai',
    });
    expect(other.errors).toEqual(['badResumptionToken']);
  });

  it('noSetHierarchy when the repository has no sets (no taxonomy loaded)', async () => {
    const bare = await startTestApp({
      env: { PUBLIC_URL: 'https://gateway.example.org', OAI_RATE_LIMIT: '5' },
    });
    try {
      for (const q of ['verb=ListSets', 'verb=ListRecords&metadataPrefix=oai_dc&set=theme']) {
        const a = await oai(q, { app: bare });
        expect(a.errors).toEqual(['noSetHierarchy']);
      }
      // No records yet: noRecordsMatch, and Identify still answers, with the oai-identifier
      // description now that the host is a domain name.
      expect((await oai('verb=ListRecords&metadataPrefix=oai_dc', { app: bare })).errors).toEqual([
        'noRecordsMatch',
      ]);
      const identify = await oai('verb=Identify', { app: bare });
      expect(identify.texts('baseURL')).toEqual(['https://gateway.example.org/oai']);
      expect(identify.texts('repositoryIdentifier', NS.id)).toEqual(['gateway.example.org']);
      expect(identify.texts('sampleIdentifier', NS.id)[0]).toMatch(
        /^oai:gateway\.example\.org:[0-9a-f-]{36}$/,
      );
      // Five requests a minute for this address here (four made above): the sixth waits.
      expect((await bare.app.inject({ method: 'GET', url: '/oai?verb=Identify' })).statusCode).toBe(200);
      const sixth = await bare.app.inject({ method: 'GET', url: '/oai?verb=Identify' });
      expect(sixth.statusCode).toBe(429);
      expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await bare.close();
    }
  });
});
