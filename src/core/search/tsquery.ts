import { type SQL, sql } from 'drizzle-orm';
import type { ParsedQuery, QueryClause, QueryTerm } from './query.ts';
import type { QueryExpansion } from './registry.ts';

/**
 * Every language's configuration is tried for every word: the index holds each translation
 * stemmed with its own rules, and the reader's words may be in any of them.
 */
const CONFIGS = ['sp_english', 'sp_french', 'sp_spanish', 'sp_portuguese', 'sp_simple'] as const;

function term(t: QueryTerm): SQL {
  const fn = sql.raw(t.phrase ? 'phraseto_tsquery' : 'plainto_tsquery');
  return sql`(${sql.join(
    CONFIGS.map((c) => sql`${fn}(${sql.raw(`'${c}'`)}::regconfig, ${t.text})`),
    sql` || `,
  )})`;
}

function clause(c: QueryClause): SQL {
  const alts = sql`(${sql.join(c.alternatives.map(term), sql` || `)})`;
  return c.negated ? sql`(!! ${alts})` : alts;
}

/** An expansion: the reader's own words, or any equivalent phrase in its own language. */
function expanded(group: SQL, e: QueryExpansion): SQL {
  const equivalents = e.equivalents.map((q) => sql`phraseto_tsquery(sp_config(${q.locale}), ${q.text})`);
  return sql`(${sql.join([group, ...equivalents], sql` || `)})`;
}

/**
 * The SQL expression of the tsquery for a parsed query and the glossary expansions that
 * cover whole clauses. Stop words vanish (an empty operand is ignored by && and ||).
 */
export function tsqueryExpression(
  query: ParsedQuery,
  expansions: { clauses: number[]; expansion: QueryExpansion }[],
): SQL | null {
  if (query.clauses.length === 0) return null;
  const byFirst = new Map(expansions.map((e) => [e.clauses[0] as number, e]));
  const covered = new Set(expansions.flatMap((e) => e.clauses));
  const parts: SQL[] = [];
  query.clauses.forEach((c, i) => {
    const exp = byFirst.get(i);
    if (exp) {
      const group = sql`(${sql.join(
        exp.clauses.map((k) => clause(query.clauses[k] as QueryClause)),
        sql` && `,
      )})`;
      parts.push(expanded(group, exp.expansion));
    } else if (!covered.has(i)) {
      parts.push(clause(c));
    }
  });
  return sql.join(parts, sql` && `);
}
