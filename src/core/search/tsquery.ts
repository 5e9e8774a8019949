import { type SQL, sql } from 'drizzle-orm';
import type { ParsedQuery, QueryClause, QueryTerm } from './query.ts';
import type { QueryExpansion } from './registry.ts';

/**
 * The index holds each translation stemmed with its own language's rules, and the reader's
 * words may be in any of them. The query is therefore built once per configuration and the
 * branches are ORed: `(en(a) && en(b)) || (fr(a) && fr(b)) || …`. Within a branch, a word that
 * the language ignores (English "of", French "au") simply drops out, instead of being required
 * literally as it would be if each word were ORed across languages on its own.
 */
export const CONFIGS = ['sp_english', 'sp_french', 'sp_spanish', 'sp_portuguese', 'sp_simple'] as const;
type Config = (typeof CONFIGS)[number];

function term(t: QueryTerm, config: Config): SQL {
  const fn = sql.raw(t.phrase ? 'phraseto_tsquery' : 'plainto_tsquery');
  return sql`${fn}(${sql.raw(`'${config}'`)}::regconfig, ${t.text})`;
}

function alternatives(c: QueryClause, configs: readonly Config[]): SQL {
  return sql`(${sql.join(
    c.alternatives.flatMap((a) => configs.map((config) => term(a, config))),
    sql` || `,
  )})`;
}

/** A required clause in one language; an excluded one is excluded in every language. */
function clause(c: QueryClause, config: Config): SQL {
  return c.negated ? sql`(!! ${alternatives(c, CONFIGS)})` : alternatives(c, [config]);
}

/**
 * An expansion: the reader's own words, or any equivalent phrase in its own language. The
 * equivalents do not depend on the branch's language: they are computed once (`shared`) and
 * referenced from every branch as eq.e0, eq.e1 …
 */
function expanded(group: SQL, refs: SQL[]): SQL {
  return sql`(${sql.join([group, ...refs], sql` || `)})`;
}

function branch(
  query: ParsedQuery,
  expansions: { clauses: number[]; expansion: QueryExpansion; refs: SQL[] }[],
  config: Config,
): SQL {
  const byFirst = new Map(expansions.map((e) => [e.clauses[0] as number, e]));
  const covered = new Set(expansions.flatMap((e) => e.clauses));
  const positive: SQL[] = [];
  const negative: SQL[] = [];
  query.clauses.forEach((c, i) => {
    const exp = byFirst.get(i);
    if (exp) {
      const group = sql`(${sql.join(
        exp.clauses.map((k) => clause(query.clauses[k] as QueryClause, config)),
        sql` && `,
      )})`;
      positive.push(expanded(group, exp.refs));
    } else if (!covered.has(i)) {
      (c.negated ? negative : positive).push(clause(c, config));
    }
  });
  if (positive.length === 0) return sql`''::tsquery`;
  const p = sql.join(positive, sql` && `);
  if (negative.length === 0) return sql`(${p})`;
  // A branch whose words are all stop words in its language must match nothing, not
  // "everything except the excluded words".
  return sql`(select case when numnode(x.p) = 0 then ''::tsquery else x.p && x.n end
    from (select ${p} as p, ${sql.join(negative, sql` && `)} as n) x)`;
}

export interface TsqueryExpression {
  /** The tsquery; reads the shared equivalents from a row named `eq`. */
  expr: SQL;
  /** The glossary equivalents, each a tsquery column e0, e1 … of `eq`. */
  shared: SQL[];
}

/**
 * The SQL expression of the tsquery for a parsed query and the glossary expansions that
 * cover whole clauses. Stop words vanish (an empty operand is ignored by && and ||).
 */
export function tsqueryExpression(
  query: ParsedQuery,
  expansions: { clauses: number[]; expansion: QueryExpansion }[],
): TsqueryExpression | null {
  if (query.clauses.length === 0) return null;
  const shared: SQL[] = [];
  const withRefs = expansions.map((e) => ({
    ...e,
    refs: e.expansion.equivalents.map((q) => {
      shared.push(
        sql`phraseto_tsquery(sp_config(${q.locale}), ${q.text}) as ${sql.raw(`e${shared.length}`)}`,
      );
      return sql.raw(`eq.e${shared.length - 1}`);
    }),
  }));
  return {
    expr: sql.join(
      CONFIGS.map((config) => branch(query, withRefs, config)),
      sql` || `,
    ),
    shared,
  };
}
