import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, parseQuery, plainWords } from './query.ts';

describe('parseQuery', () => {
  it('reads words, phrases, exclusions and OR', () => {
    const q = parseQuery('cash "school feeding" -malawi pension OR pensions');
    expect(q.clauses).toEqual([
      { alternatives: [{ text: 'cash', phrase: false }], negated: false },
      { alternatives: [{ text: 'school feeding', phrase: true }], negated: false },
      { alternatives: [{ text: 'malawi', phrase: false }], negated: true },
      {
        alternatives: [
          { text: 'pension', phrase: false },
          { text: 'pensions', phrase: false },
        ],
        negated: false,
      },
    ]);
    expect(q.normalized).toBe('cash "school feeding" -malawi pension OR pensions');
    expect(q.ignoredOperators).toBe(false);
  });

  it('closes an unbalanced quote at the end', () => {
    expect(parseQuery('"social protection floor').clauses).toEqual([
      { alternatives: [{ text: 'social protection floor', phrase: true }], negated: false },
    ]);
  });

  it('drops stray operators and says so', () => {
    const q = parseQuery('OR - OR "" -');
    expect(q.clauses).toEqual([]);
    expect(q.ignoredOperators).toBe(true);
    expect(parseQuery('cash OR').ignoredOperators).toBe(true);
  });

  it('treats a query of exclusions only as words', () => {
    expect(parseQuery('-gender').clauses).toEqual([
      { alternatives: [{ text: 'gender', phrase: false }], negated: false },
    ]);
  });

  it('strips control characters and tsquery syntax, keeps letters of every script', () => {
    const q = parseQuery("a\u0000b ca$h & | ! <-> :* transfer's التحويلات");
    expect(q.normalized).toBe('a b "ca h" "transfer s" التحويلات');
  });

  it('splits hyphenated words into a phrase', () => {
    expect(parseQuery('shock-responsive').clauses[0]?.alternatives[0]).toEqual({
      text: 'shock responsive',
      phrase: true,
    });
  });

  it('cuts a very long query and says so', () => {
    const q = parseQuery('word '.repeat(2000));
    expect(q.truncated).toBe(true);
    expect(q.normalized.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
  });

  it('lists the plain words with their clause for glossary matching', () => {
    expect(plainWords(parseQuery('transferts "monétaires conditionnels" -x a OR b'))).toEqual([
      { word: 'transferts', clause: 0 },
      { word: 'monétaires', clause: 1 },
      { word: 'conditionnels', clause: 1 },
    ]);
  });
});
