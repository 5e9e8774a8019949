import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { clientAt } from '../../test/factories.ts';
import { canonicalOf, jsonLdOf, metas } from '../../test/metadata.ts';
import { CONCEPTS } from './data/concepts.ts';
import { loadGlossary, saveConcept } from './index.tsx';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  await loadGlossary(t.services.db);
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string) => clientAt(t).get(url);
/** The glossary entries (dt) of a list page, as their link texts. */
const labels = (html: string) =>
  [...html.matchAll(/<dt[^>]*><a href="[^"]+">([^<]+)<\/a><\/dt>/g)].map((m) => m[1] ?? '');

describe('the glossary, A to Z', () => {
  it('lists every concept in the reader’s language, grouped by first letter, with letter links', async () => {
    const res = await get('/fr/glossary');
    expect(res.statusCode).toBe(200);
    // 40 a page, alphabetical across pages.
    const first = labels(res.body);
    expect(first).toHaveLength(40);
    expect(res.body).toContain('href="/fr/glossary?page=2" rel="next"');
    const second = await get('/fr/glossary?page=2');
    const shown = [...first, ...labels(second.body)];
    expect(shown).toHaveLength(CONCEPTS.length);
    expect(shown).toEqual([...shown].sort(new Intl.Collator('fr', { sensitivity: 'base' }).compare));
    expect(labels((await get('/fr/glossary?page=99')).body)).toEqual(labels(second.body));
    expect(labels((await get('/fr/glossary?page=-1')).body)).toEqual(first);
    expect(first).toContain('économie informelle');
    expect(labels(second.body)).toContain('transfert monétaire');
    expect(second.body).toContain('<h2 id="letter-T">T</h2>');
    // "économie" is filed under E, accents aside, and sorted as the reader's language sorts.
    const e = res.body.indexOf('<h2 id="letter-E">');
    expect(res.body.indexOf('économie informelle')).toBeGreaterThan(e);
    expect(res.body.indexOf('économie informelle')).toBeLessThan(res.body.indexOf('<h2 id="letter-G">'));
    expect(res.body).toContain('href="/fr/glossary?letter=T"');
    // In the main navigation, marked as the current section.
    expect(res.body).toContain('<a href="/fr/glossary" aria-current="page">Glossaire</a>');
    expect(res.body).toContain(`${CONCEPTS.length} concepts`);
    // Synonyms and definition in the reader's language.
    expect(second.body).toContain('TMC, transfert en espèces conditionnel');
    expect(second.body).toContain('Versement d’argent, régulier ou ponctuel');
  });

  it('fits the first round trip: ≤ 14 KB of compressed HTML', async () => {
    for (const locale of ['en', 'fr', 'es', 'pt']) {
      const res = await get(`/${locale}/glossary`);
      expect(gzipSync(res.body).length, locale).toBeLessThanOrEqual(14 * 1024);
    }
  });

  it('filters by letter', async () => {
    const res = await get('/es/glossary?letter=t');
    expect(res.statusCode).toBe(200);
    const shown = labels(res.body);
    expect(shown.length).toBeGreaterThan(2);
    expect(shown.every((l) => l.toLowerCase().startsWith('t'))).toBe(true);
    expect(shown).toContain('transferencia monetaria');
    expect(res.body).toContain('aria-current="true">T</a>');
    // A letter without concepts says so and offers the whole list.
    const empty = await get('/en/glossary?letter=X');
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('No concept starts with X.');
    expect(empty.body).toContain('href="/en/glossary">Show all concepts</a>');
  });

  it('searches labels, synonyms and definitions in every language, accents and case aside', async () => {
    // A French synonym, on the English page.
    const fr = await get(`/en/glossary?q=${encodeURIComponent('cantines scolaires')}`);
    expect(labels(fr.body)).toEqual(['school feeding']);
    expect(fr.body).toContain('1 concept matches “cantines scolaires”.');
    // Without accents, in capitals, a Portuguese label.
    const pt = await get(`/en/glossary?q=${encodeURIComponent('TRANSFERENCIA MONETARIA')}`);
    expect(labels(pt.body)).toContain('cash transfer');
    // Plural and stems: "transferts monétaires" finds "transfert monétaire".
    const plural = await get(`/fr/glossary?q=${encodeURIComponent('transferts monétaires')}`);
    expect(labels(plural.body)).toContain('transfert monétaire');
    // A word of a definition.
    const def = await get('/en/glossary?q=Cadastro');
    expect(labels(def.body)).toContain('social registry');
    // Search and letter together.
    const both = await get(`/en/glossary?q=targeting&letter=G`);
    expect(labels(both.body)).toEqual(['geographical targeting']);
  });

  it('helps when nothing matches', async () => {
    const res = await get('/pt/glossary?q=zzzqqq');
    expect(res.statusCode).toBe(200);
    expect(labels(res.body)).toEqual([]);
    expect(res.body).toContain('Nenhum conceito corresponde a “zzzqqq”.');
    expect(res.body).toContain('href="/pt/glossary">Mostrar todos os conceitos</a>');
  });

  it('takes hostile and oversized input calmly', async () => {
    for (const q of [
      '%',
      '_',
      "'; drop table glossary_entry; --",
      '<script>alert(1)</script>',
      'a\u0000b\u0007',
    ]) {
      const res = await get(`/en/glossary?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(200);
      expect(res.body).not.toContain('<script>alert');
    }
    const long = await get(`/en/glossary?q=${'transfer '.repeat(1200)}`);
    expect(long.statusCode).toBe(200);
    const odd = await get('/en/glossary?letter=%C3%A9&letter=B&q[]=x');
    expect(odd.statusCode).toBe(200);
    expect(labels((await get('/en/glossary?letter=nope&page=x')).body)).toHaveLength(40);
  });
});

describe('a glossary concept', () => {
  it('shows label, definition, source and synonyms, and the other languages marked with lang', async () => {
    const res = await get('/es/glossary/conditional-cash-transfer');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Transferencia monetaria condicionada</h1>');
    expect(res.body).toContain('Transferencia monetaria que se entrega a condición');
    expect(res.body).toContain('TMC, transferencias condicionadas, programa de transferencias condicionadas');
    expect(res.body).toContain('Banco Mundial, Transferencias monetarias condicionadas');
    expect(res.body).toMatch(
      /<dd lang="en"><strong>conditional cash transfer<\/strong> \(CCT, conditional cash transfer programme\)<\/dd>/,
    );
    expect(res.body).toMatch(/<dd lang="fr"><strong>transfert monétaire conditionnel<\/strong>/);
    expect(res.body).toMatch(/<dd lang="pt"><strong>transferência condicionada de renda<\/strong>/);
    expect(res.body).toContain(
      `href="/es/search?q=${encodeURIComponent('transferencia monetaria condicionada')}">Buscar publicaciones sobre este concepto</a>`,
    );
    expect(res.body).toContain('hreflang="fr"');
  });

  it('falls back to another language, marked, when the reader’s is missing', async () => {
    await t.services.db.transaction((tx) =>
      saveConcept(tx, {
        slug: 'bono-demo',
        entries: [
          {
            locale: 'es',
            label: 'bono de prueba',
            synonyms: ['bono demostrativo'],
            definition: 'Un concepto que solo existe en español, para la prueba.',
            source: null,
          },
        ],
      }),
    );
    const res = await get('/fr/glossary/bono-demo');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1 lang="es">Bono de prueba</h1>');
    expect(res.body).toContain('Pas encore disponible dans votre langue : affiché en espagnol.');
    expect(res.body).toContain('Pas encore traduit en anglais.');
    const list = await get('/fr/glossary?letter=B');
    expect(list.body).toContain('<dt lang="es"><a href="/fr/glossary/bono-demo">bono de prueba</a></dt>');
  });

  it('describes the concept for machines: a DefinedTerm of the glossary, and a card', async () => {
    const url = 'http://localhost:3000/en/glossary/conditional-cash-transfer';
    const res = await get('/en/glossary/conditional-cash-transfer');
    expect(jsonLdOf(res.body)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'DefinedTerm',
      url,
      name: 'conditional cash transfer',
      alternateName: ['CCT', 'conditional cash transfer programme'],
      description: expect.stringMatching(/^A cash transfer paid on condition/),
      termCode: 'conditional-cash-transfer',
      inLanguage: 'en',
      inDefinedTermSet: {
        '@type': 'DefinedTermSet',
        '@id': 'http://localhost:3000/en/glossary',
        name: 'Glossary',
      },
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    });
    expect(metas(res.body, 'og:title')).toEqual(['Conditional cash transfer']);
    expect(metas(res.body, 'og:description')[0]).toMatch(/^A cash transfer paid on condition/);
    expect(metas(res.body, 'og:locale')).toEqual(['en_GB']);
    // Defined in the four languages: the three others are alternates.
    expect(metas(res.body, 'og:locale:alternate')).toEqual(['fr_FR', 'es_ES', 'pt_BR']);
    expect(metas(res.body, 'twitter:card')).toEqual(['summary']);
    expect(canonicalOf(res.body)).toBe(url);
    for (const locale of ['en', 'fr', 'es', 'pt']) {
      const page = await get(`/${locale}/glossary/conditional-cash-transfer`);
      expect(gzipSync(page.body).length, locale).toBeLessThanOrEqual(14 * 1024);
    }
  });

  it('answers 404 for an unknown or malformed slug', async () => {
    expect((await get('/en/glossary/no-such-concept')).statusCode).toBe(404);
    expect((await get('/en/glossary/..%2Fetc')).statusCode).toBe(404);
    expect((await get('/en/glossary/Cash_Transfer')).statusCode).toBe(404);
  });
});

describe('the glossary in search', () => {
  it('registers its kind and the query expander', () => {
    expect(t.services.search.get('glossary')).toEqual({
      kind: 'glossary',
      path: 'glossary',
      label: 'glossary.kind',
    });
    expect(t.services.search.expander()).toBeTypeOf('function');
  });
});
