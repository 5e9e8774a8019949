/**
 * Readers for PostgreSQL's text output of tsvector and tsquery. PostgreSQL stems the words
 * (per-language configurations, unaccent); the in-memory index only reads its results, so
 * both always agree on what a word becomes.
 */

export interface VectorEntry {
  lexeme: string;
  /** Ascending positions (PostgreSQL caps them at 16383). */
  positions: number[];
  /** Best weight: 0 = A (title) … 3 = D (file text). */
  cls: number;
}

const QUOTE = 39; // '
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const SPACE = 32;

/** Reads a quoted lexeme starting at text[i] === "'"; returns it and the index after it. */
function quoted(text: string, start: number): [string, number] {
  let i = start + 1;
  let out = '';
  let from = i;
  for (;;) {
    const c = text.charCodeAt(i);
    if (Number.isNaN(c)) throw new Error('unterminated lexeme');
    if (c === BACKSLASH) {
      out += text.slice(from, i);
      i++;
      from = i;
      i++;
    } else if (c === QUOTE) {
      if (text.charCodeAt(i + 1) === QUOTE) {
        out += text.slice(from, i + 1);
        i += 2;
        from = i;
      } else {
        return [out + text.slice(from, i), i + 1];
      }
    } else i++;
  }
}

const WEIGHT_CLASS: Record<number, number> = { 65: 0, 66: 1, 67: 2, 68: 3 }; // A B C D

/** `'cash':1A,7 'transfer':2A,8C` → entries. */
export function parseTsvector(text: string): VectorEntry[] {
  const out: VectorEntry[] = [];
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) === SPACE) {
      i++;
      continue;
    }
    const [lexeme, after] = quoted(text, i);
    i = after;
    const positions: number[] = [];
    let cls = 3;
    if (text.charCodeAt(i) === COLON) {
      i++;
      for (;;) {
        let p = 0;
        let c = text.charCodeAt(i);
        while (c >= 48 && c <= 57) {
          p = p * 10 + (c - 48);
          c = text.charCodeAt(++i);
        }
        const w = WEIGHT_CLASS[c];
        if (w !== undefined) {
          if (w < cls) cls = w;
          c = text.charCodeAt(++i);
        }
        positions.push(p);
        if (c !== COMMA) break;
        i++;
      }
    }
    out.push({ lexeme, positions, cls });
  }
  return out;
}

export type QueryNode =
  | { op: 'leaf'; lexeme: string }
  | { op: 'not'; arg: QueryNode }
  | { op: 'and' | 'or'; left: QueryNode; right: QueryNode }
  | { op: 'phrase'; left: QueryNode; right: QueryNode; distance: number };

/**
 * `'cash' <-> 'transfer' | !'humanitarian' & 'pension'` → tree. Precedence as in PostgreSQL:
 * ! binds tightest, then <N>, then &, then |. Weight and prefix marks are not produced by
 * the search's own queries and are refused.
 */
export function parseTsquery(text: string): QueryNode | null {
  let i = 0;
  const skip = () => {
    while (text.charCodeAt(i) === SPACE) i++;
  };
  const primary = (): QueryNode => {
    skip();
    const c = text[i];
    if (c === '!') {
      i++;
      return { op: 'not', arg: primary() };
    }
    if (c === '(') {
      i++;
      const inner = or();
      skip();
      if (text[i] !== ')') throw new Error(`tsquery: ) expected at ${i}`);
      i++;
      return inner;
    }
    if (c !== "'") throw new Error(`tsquery: lexeme expected at ${i}`);
    const [lexeme, after] = quoted(text, i);
    i = after;
    if (text[i] === ':') throw new Error('tsquery: weights and prefixes are not supported');
    return { op: 'leaf', lexeme };
  };
  const phrase = (): QueryNode => {
    let left = primary();
    for (;;) {
      skip();
      const m = /^<(-|\d+)>/.exec(text.slice(i, i + 8));
      if (!m) return left;
      i += m[0].length;
      const distance = m[1] === '-' ? 1 : Number(m[1]);
      left = { op: 'phrase', left, right: primary(), distance };
    }
  };
  /** A left-associative chain of one binary operator over the next tighter level. */
  const chain = (symbol: '&' | '|', op: 'and' | 'or', next: () => QueryNode) => (): QueryNode => {
    let left = next();
    for (;;) {
      skip();
      if (text[i] !== symbol) return left;
      i++;
      left = { op, left, right: next() };
    }
  };
  const and = chain('&', 'and', phrase);
  const or = chain('|', 'or', and);
  skip();
  if (i >= text.length) return null;
  const tree = or();
  skip();
  if (i < text.length) throw new Error(`tsquery: unexpected ${text[i]} at ${i}`);
  return tree;
}

/** A canonical text of a subtree: equal subtrees have equal keys. */
export function nodeKey(node: QueryNode): string {
  switch (node.op) {
    case 'leaf':
      return `'${node.lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
    case 'not':
      return `!(${nodeKey(node.arg)})`;
    case 'phrase':
      return `(${nodeKey(node.left)} <${node.distance}> ${nodeKey(node.right)})`;
    case 'and':
      return `(${nodeKey(node.left)} & ${nodeKey(node.right)})`;
    case 'or':
      return `(${nodeKey(node.left)} | ${nodeKey(node.right)})`;
  }
}

/**
 * Drops repeated operands of OR chains (not of AND: a score sums its operands, so a word
 * typed twice counts twice) and factors shared operands out of ORs. The query is built once
 * per language and the glossary equivalents and exclusions, which do not depend on the
 * language, come back in every branch; a query read once is cheaper to match.
 */
export function simplifyQuery(node: QueryNode): QueryNode {
  if (node.op === 'leaf') return node;
  if (node.op === 'not') return { op: 'not', arg: simplifyQuery(node.arg) };
  if (node.op === 'phrase') return node;
  const operands: QueryNode[] = [];
  const collect = (n: QueryNode) => {
    if (n.op === node.op) {
      collect(n.left);
      collect(n.right);
    } else operands.push(simplifyQuery(n));
  };
  collect(node);
  if (node.op === 'and') return chain('and', operands);
  const seen = new Set<string>();
  const unique = operands.filter((o) => {
    const k = nodeKey(o);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const factored = factorOr(unique);
  if (factored) return simplifyQuery(factored);
  return chain('or', unique);
}

function chain(op: 'and' | 'or', operands: QueryNode[]): QueryNode {
  return operands.reduce((left, right) => ({ op, left, right }) as QueryNode);
}

function andOperands(n: QueryNode): QueryNode[] {
  if (n.op !== 'and') return [n];
  return [...andOperands(n.left), ...andOperands(n.right)];
}

/**
 * (C & A) | (C & B) → C & (A | B): the per-language branches share their exclusions and
 * glossary alternatives. Same documents, and the same scores (c + max(a, b) = max(c + a,
 * c + b)). Not applied when an operand is C alone (its score would change).
 */
function factorOr(operands: QueryNode[]): QueryNode | null {
  if (operands.length < 2) return null;
  const lists = operands.map(andOperands);
  const keyed = lists.map((l) => new Map(l.map((o) => [nodeKey(o), o])));
  // A word repeated inside an AND counts twice; leave such a query as it is.
  if (keyed.some((m, i) => m.size !== (lists[i] as QueryNode[]).length)) return null;
  const common = [...(keyed[0] as Map<string, QueryNode>).keys()].filter((k) => keyed.every((m) => m.has(k)));
  if (common.length === 0) return null;
  const rests = keyed.map((m) => [...m].filter(([k]) => !common.includes(k)).map(([, o]) => o));
  if (rests.some((r) => r.length === 0)) return null;
  const shared = common.map((k) => (keyed[0] as Map<string, QueryNode>).get(k) as QueryNode);
  return chain('and', [
    ...shared,
    chain(
      'or',
      rests.map((r) => chain('and', r)),
    ),
  ]);
}
