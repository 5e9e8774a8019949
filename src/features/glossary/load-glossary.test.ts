import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../core/db/client.ts';
import { LOCALES } from '../../core/i18n/index.ts';
import { searchDocument } from '../../core/search/tables.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { CONCEPTS } from './data/concepts.ts';
import { GLOSSARY_KIND, loadGlossary } from './index.tsx';
import { glossaryConcept, glossaryEntry, glossaryForm } from './tables.ts';

let t: TestApp;
const progress: string[] = [];
let loaded = 0;

beforeAll(async () => {
  t = await startTestApp();
  loaded = await loadGlossary(t.services.db, (done, total) => progress.push(`${done}/${total}`));
});
afterAll(async () => {
  await t?.close();
});

const db = () => t.services.db;
const count = async (table: typeof glossaryConcept | typeof glossaryEntry | typeof glossaryForm) =>
  Number((await db().select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n);

describe('the reference glossary', () => {
  it('has at least 60 concepts, each with a label, definition and source in all four languages', () => {
    expect(CONCEPTS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CONCEPTS.map((c) => c.slug)).size).toBe(CONCEPTS.length);
    for (const c of CONCEPTS) {
      for (const l of LOCALES) {
        expect(c[l].label.trim(), `${c.slug} ${l}`).not.toBe('');
        expect(c[l].definition.length, `${c.slug} ${l}`).toBeGreaterThan(40);
        expect(c.source[l].trim(), `${c.slug} ${l}`).not.toBe('');
      }
      // A translation is not the English text copied.
      for (const l of ['fr', 'es', 'pt'] as const) expect(c[l].definition).not.toBe(c.en.definition);
    }
  });

  it('loads every concept, entry and form, reporting progress', async () => {
    expect(loaded).toBe(CONCEPTS.length);
    expect(progress.at(-1)).toBe(`${CONCEPTS.length}/${CONCEPTS.length}`);
    expect(await count(glossaryConcept)).toBe(CONCEPTS.length);
    expect(await count(glossaryEntry)).toBe(CONCEPTS.length * 4);
    const rows = await queryRows<{ locales: string[] }>(
      db(),
      sql`select array_agg(locale order by locale) as locales from glossary_entry group by concept_id`,
    );
    for (const r of rows) expect(r.locales).toEqual(['en', 'es', 'fr', 'pt']);
    const forms = CONCEPTS.reduce((n, c) => n + LOCALES.reduce((m, l) => m + 1 + c[l].synonyms.length, 0), 0);
    expect(await count(glossaryForm)).toBe(forms);
  });

  it('computes match keys in the database: plural and accents do not matter', async () => {
    const [cash] = await db().select().from(glossaryConcept).where(eq(glossaryConcept.slug, 'cash-transfer'));
    const forms = await db().select().from(glossaryForm).where(eq(glossaryForm.conceptId, cash!.id));
    const fr = forms.find((f) => f.form === 'transfert monétaire');
    const [key] = await queryRows<{ key: string }>(
      db(),
      sql`select sp_match_key(sp_config('fr'), 'Transferts MONETAIRES') as key`,
    );
    expect(fr?.matchKey).toBe(key?.key);
    expect(fr?.isLabel).toBe(true);
    // Hyphens count as spaces.
    const [pt] = await db().select().from(glossaryForm).where(eq(glossaryForm.form, 'seguro-desemprego'));
    const [ptKey] = await queryRows<{ key: string }>(
      db(),
      sql`select sp_match_key(sp_config('pt'), 'seguro desemprego') as key`,
    );
    expect(pt?.matchKey).toBe(ptKey?.key);
  });

  it('never gives two concepts a form with the same stems in one language', async () => {
    const clashes = await queryRows<{ locale: string; match_key: string; forms: string[] }>(
      db(),
      sql`select locale, match_key, array_agg(distinct form) as forms from glossary_form
          group by locale, match_key having count(distinct concept_id) > 1`,
    );
    expect(clashes).toEqual([]);
    const empty = await queryRows<{ form: string }>(
      db(),
      sql`select form from glossary_form where match_key = ''`,
    );
    expect(empty).toEqual([]);
  });

  it('indexes every concept for search, in four languages', async () => {
    const docs = await db().select().from(searchDocument).where(eq(searchDocument.kind, GLOSSARY_KIND));
    expect(docs).toHaveLength(CONCEPTS.length);
    const [cash] = await db().select().from(glossaryConcept).where(eq(glossaryConcept.slug, 'cash-transfer'));
    const doc = docs.find((d) => d.refId === String(cash!.id));
    expect(doc?.slug).toBe('cash-transfer');
    expect(doc?.titles).toEqual({
      en: 'cash transfer',
      fr: 'transfert monétaire',
      es: 'transferencia monetaria',
      pt: 'transferência monetária',
    });
    expect(doc?.originalLocale).toBe('en');
    const [hit] = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from search_document
          where kind = 'glossary' and ref_id = ${String(cash!.id)}
            and document @@ plainto_tsquery('sp_spanish', 'transferencias en efectivo')`,
    );
    expect(hit?.n).toBe(1);
  });

  it('is idempotent: a second load adds nothing, and an edited glossary is left alone', async () => {
    expect(await loadGlossary(db())).toBe(0);
    expect(await count(glossaryConcept)).toBe(CONCEPTS.length);
    await db().delete(glossaryConcept).where(eq(glossaryConcept.slug, 'voucher'));
    expect(await loadGlossary(db())).toBe(0);
    expect(await count(glossaryConcept)).toBe(CONCEPTS.length - 1);
  });

  it('loads once when two starts race', async () => {
    await db().delete(glossaryConcept);
    const [a, b] = await Promise.all([loadGlossary(db()), loadGlossary(db())]);
    expect(a + b).toBe(CONCEPTS.length);
    expect(await count(glossaryConcept)).toBe(CONCEPTS.length);
  });
});
