import { ByteStream, Cursor } from './postings.ts';
import { parseTsvector, type QueryNode } from './text-format.ts';

/**
 * This process's copy of the search index, in memory: per document its facet values, year
 * and date, and per lexeme a compressed posting list with positions (see postings.ts).
 * PostgreSQL stays the source of truth and does the language work (stemming, unaccent,
 * building the tsquery); this copy answers matching, ranking, totals and facet counts,
 * which in SQL cost time proportional to the number of matches (seconds for a word found in
 * most of 100 000 documents). See docs/search.md and docs/decisions/.
 */

export type FacetColumn = 'term_ids' | 'countries' | 'organisation_ids' | 'languages' | 'kind';

/** A search_document row as the index reads it. */
export interface LoadedDocument {
  kind: string;
  refId: string;
  /** Milliseconds since the epoch, or null (listed last when sorting by date). */
  sortDate: number | null;
  year: number | null;
  termIds: number[];
  countries: string[];
  organisationIds: string[];
  languages: string[];
  /** The tsvector in PostgreSQL's text form. */
  vector: string;
}

export interface MemoryFacetGroup {
  id: string;
  column: FacetColumn;
  selected: string[];
  /** Values that belong to the group when the column is shared (terms of one vocabulary). */
  universe?: string[];
}

export interface MemoryQuery {
  /** null: no text query (browse everything in scope). */
  query: QueryNode | null;
  kinds: string[];
  groups: MemoryFacetGroup[];
  yearFrom?: number;
  yearTo?: number;
  sort: 'relevance' | 'date';
  limit: number;
  offset: number;
}

export interface MemoryResult {
  total: number;
  page: { kind: string; refId: string }[];
  /** group id → value → count; a selected group is counted under the others' selections only. */
  facets: Map<string, Map<string, number>>;
}

const PREFIX: Record<FacetColumn, string> = {
  term_ids: 't:',
  countries: 'c:',
  organisation_ids: 'o:',
  languages: 'l:',
  kind: 'k:',
};

/** PostgreSQL's default rank weights for A, B, C, D: a title match outranks a body match. */
const CLASS_WEIGHT = [1, 0.4, 0.2, 0.1];
/** Score of a lexeme found `count` times with best weight `cls`: weight × (1 + ln count). */
const LEAF_SCORE = Array.from({ length: 4 }, (_, cls) =>
  Float32Array.from({ length: 257 }, (_, n) =>
    n === 0 ? 0 : (CLASS_WEIGHT[cls] as number) * (1 + Math.log(n)),
  ),
);
/** What "not x" adds to a match: enough to count as one, too little to change an order. */
const NOT_SCORE = 1e-6;

export class MemoryIndex {
  /** Ordinals handed out so far (dead ones included). */
  private n = 0;
  private alive = new Uint8Array(1024);
  private kindCode = new Uint8Array(1024);
  private year = new Int16Array(1024);
  private sortKey = new Float64Array(1024);
  private keys: string[] = [];
  private refIds: string[] = [];
  private values: Int32Array[] = [];
  private readonly ordByKey = new Map<string, number>();
  private readonly streams = new Map<string, ByteStream>();
  private readonly valueIds = new Map<string, number>();
  private readonly valueNames: string[] = [];
  private readonly kindIds = new Map<string, number>();
  private readonly kindNames: string[] = [];
  private deadCount = 0;

  get size(): number {
    return this.n - this.deadCount;
  }

  /** Ordinals that a rebuild would reclaim. */
  get dead(): number {
    return this.deadCount;
  }

  /** Bytes held by posting lists (for the benchmark and the logs). */
  get postingBytes(): number {
    let total = 0;
    for (const s of this.streams.values()) total += s.data.length;
    return total;
  }

  get lexemeCount(): number {
    return this.streams.size;
  }

  private grow(): void {
    if (this.n < this.alive.length) return;
    const cap = this.alive.length * 2;
    const resize = <T extends Uint8Array | Int16Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.alive = resize(this.alive, (n) => new Uint8Array(n));
    this.kindCode = resize(this.kindCode, (n) => new Uint8Array(n));
    this.year = resize(this.year, (n) => new Int16Array(n));
    this.sortKey = resize(this.sortKey, (n) => new Float64Array(n));
  }

  private valueId(name: string): number {
    let id = this.valueIds.get(name);
    if (id === undefined) {
      id = this.valueNames.length;
      this.valueIds.set(name, id);
      this.valueNames.push(name);
    }
    return id;
  }

  /** Adds a document, or replaces the one with the same kind and id. */
  upsert(doc: LoadedDocument): void {
    const key = `${doc.kind}\u0000${doc.refId}`;
    this.remove(doc.kind, doc.refId);
    this.grow();
    const ord = this.n++;
    this.ordByKey.set(key, ord);
    this.keys[ord] = key;
    this.refIds[ord] = doc.refId;
    let kind = this.kindIds.get(doc.kind);
    if (kind === undefined) {
      kind = this.kindNames.length;
      if (kind > 255) throw new Error('more than 256 search kinds');
      this.kindIds.set(doc.kind, kind);
      this.kindNames.push(doc.kind);
    }
    this.kindCode[ord] = kind;
    this.year[ord] = doc.year ?? 0;
    this.sortKey[ord] = doc.sortDate ?? Number.NEGATIVE_INFINITY;
    const vals = [this.valueId(PREFIX.kind + doc.kind)];
    for (const t of new Set(doc.termIds)) vals.push(this.valueId(PREFIX.term_ids + t));
    for (const c of new Set(doc.countries)) vals.push(this.valueId(PREFIX.countries + c));
    for (const o of new Set(doc.organisationIds)) vals.push(this.valueId(PREFIX.organisation_ids + o));
    for (const l of new Set(doc.languages)) vals.push(this.valueId(PREFIX.languages + l));
    this.values[ord] = Int32Array.from(vals);
    for (const e of parseTsvector(doc.vector)) {
      let stream = this.streams.get(e.lexeme);
      if (!stream) {
        stream = new ByteStream();
        this.streams.set(e.lexeme, stream);
      }
      stream.append(ord, e.cls, e.positions);
    }
    this.alive[ord] = 1;
  }

  remove(kind: string, refId: string): void {
    const key = `${kind}\u0000${refId}`;
    const ord = this.ordByKey.get(key);
    if (ord === undefined) return;
    this.ordByKey.delete(key);
    this.alive[ord] = 0;
    this.values[ord] = new Int32Array(0);
    this.deadCount++;
  }

  /** After a bulk load: gives back the slack of the growable posting lists. */
  compact(): void {
    for (const s of this.streams.values()) s.trim();
  }

  // ---- matching and ranking ------------------------------------------------------------

  /** Scores per ordinal (0 = no match) for a query tree. Equal subtrees are evaluated once. */
  private evaluate(node: QueryNode, memo: Map<string, Float32Array>): Float32Array {
    const key = nodeKey(node);
    const known = memo.get(key);
    if (known) return known;
    const n = this.n;
    let out: Float32Array;
    switch (node.op) {
      case 'leaf': {
        out = new Float32Array(n);
        const s = this.streams.get(node.lexeme);
        if (s) {
          const c = new Cursor(s.data, s.length);
          while (c.next()) out[c.ord] = (LEAF_SCORE[c.cls] as Float32Array)[Math.min(c.count, 256)] as number;
        }
        break;
      }
      case 'not': {
        const a = this.evaluate(node.arg, memo);
        out = new Float32Array(n);
        for (let i = 0; i < n; i++) out[i] = a[i] ? 0 : NOT_SCORE;
        break;
      }
      case 'and': {
        const a = this.evaluate(node.left, memo);
        const b = this.evaluate(node.right, memo);
        out = new Float32Array(n);
        for (let i = 0; i < n; i++) {
          const x = a[i] as number;
          const y = b[i] as number;
          if (x && y) out[i] = x + y;
        }
        break;
      }
      case 'or': {
        const a = this.evaluate(node.left, memo);
        const b = this.evaluate(node.right, memo);
        out = new Float32Array(n);
        for (let i = 0; i < n; i++) out[i] = Math.max(a[i] as number, b[i] as number);
        break;
      }
      case 'phrase':
        out = this.phrase(node, memo);
        break;
    }
    memo.set(key, out);
    return out;
  }

  /**
   * A phrase: documents holding all its words (dense AND) are candidates; their positions are
   * then read from the posting lists, in ordinal order, and checked as PostgreSQL does:
   * `L <N> R` matches at each position r of R such that L matches at r − N.
   */
  private phrase(node: QueryNode, memo: Map<string, Float32Array>): Float32Array {
    const leaves: string[] = [];
    collectLeaves(node, leaves);
    const n = this.n;
    const out = new Float32Array(n);
    const scores = leaves.map((l) => this.evaluate({ op: 'leaf', lexeme: l }, memo));
    const cursors = new Map<string, Cursor>();
    for (const l of new Set(leaves)) {
      const s = this.streams.get(l);
      if (!s) return out;
      cursors.set(l, new Cursor(s.data, s.length));
    }
    for (let i = 0; i < n; i++) {
      let sum = 0;
      let all = true;
      for (const s of scores) {
        const v = s[i] as number;
        if (!v) {
          all = false;
          break;
        }
        sum += v;
      }
      if (!all) continue;
      const positions = new Map<string, number[]>();
      for (const [l, c] of cursors) {
        c.seek(i);
        positions.set(l, c.positions());
      }
      if (phrasePositions(node, positions).length > 0) out[i] = sum;
    }
    return out;
  }

  // ---- the search ----------------------------------------------------------------------

  search(q: MemoryQuery): MemoryResult {
    const n = this.n;
    const scores = q.query ? this.evaluate(q.query, new Map()) : null;
    const kindOk = new Uint8Array(256);
    for (const k of q.kinds) {
      const id = this.kindIds.get(k);
      if (id !== undefined) kindOk[id] = 1;
    }
    const valueCount = this.valueNames.length;
    const groups = q.groups.map((g) => this.prepareGroup(g, valueCount));
    const selected = groups.filter((g) => g.selected);
    const counts = new Int32Array(valueCount);
    const yearFrom = q.yearFrom ?? 0;
    const yearTo = q.yearTo ?? 0;
    const top = new TopK(q.offset + q.limit, this.sortKey, this.keys);
    const byDate = q.sort === 'date' || !scores;
    let total = 0;
    for (let i = 0; i < n; i++) {
      if (!this.alive[i] || !kindOk[this.kindCode[i] as number]) continue;
      const score = scores ? (scores[i] as number) : 1;
      if (!score) continue;
      if (yearFrom || yearTo) {
        const y = this.year[i] as number;
        if (!y || (yearFrom && y < yearFrom) || (yearTo && y > yearTo)) continue;
      }
      const vals = this.values[i] as Int32Array;
      // Which selected groups this document fails: 0 → a result; one → counts for that group.
      let failed = -1;
      let failures = 0;
      for (let g = 0; g < selected.length && failures < 2; g++) {
        const flags = (selected[g] as PreparedGroup).selectedFlags as Uint8Array;
        let hit = false;
        for (let j = 0; j < vals.length; j++) {
          if (flags[vals[j] as number]) {
            hit = true;
            break;
          }
        }
        if (!hit) {
          failures++;
          failed = g;
        }
      }
      if (failures === 0) {
        total++;
        for (let j = 0; j < vals.length; j++) {
          const v = vals[j] as number;
          counts[v] = (counts[v] as number) + 1;
        }
        top.offer(i, byDate ? (this.sortKey[i] as number) : score);
      } else if (failures === 1) {
        const g = selected[failed] as PreparedGroup;
        const own = g.own as Int32Array;
        for (let j = 0; j < vals.length; j++) {
          const v = vals[j] as number;
          if (g.memberFlags[v]) own[v] = (own[v] as number) + 1;
        }
      }
    }
    const facets = new Map<string, Map<string, number>>();
    for (const g of groups) {
      const m = new Map<string, number>();
      for (let v = 0; v < valueCount; v++) {
        if (!g.memberFlags[v]) continue;
        const c = (counts[v] as number) + (g.own ? (g.own[v] as number) : 0);
        if (c > 0) m.set((this.valueNames[v] as string).slice(2), c);
      }
      facets.set(g.id, m);
    }
    const page = top
      .sorted()
      .slice(q.offset)
      .map((ord) => ({
        kind: this.kindNames[this.kindCode[ord] as number] as string,
        refId: this.refIds[ord] as string,
      }));
    return { total, page, facets };
  }

  private prepareGroup(g: MemoryFacetGroup, valueCount: number): PreparedGroup {
    const prefix = PREFIX[g.column];
    const memberFlags = new Uint8Array(valueCount);
    if (g.universe) {
      for (const u of g.universe) {
        const id = this.valueIds.get(prefix + u);
        if (id !== undefined) memberFlags[id] = 1;
      }
    } else {
      for (let v = 0; v < valueCount; v++)
        if ((this.valueNames[v] as string).startsWith(prefix)) memberFlags[v] = 1;
    }
    if (g.selected.length === 0) return { id: g.id, selected: false, memberFlags };
    const selectedFlags = new Uint8Array(valueCount);
    for (const s of g.selected) {
      const id = this.valueIds.get(prefix + s);
      if (id !== undefined) selectedFlags[id] = 1;
    }
    return { id: g.id, selected: true, memberFlags, selectedFlags, own: new Int32Array(valueCount) };
  }
}

interface PreparedGroup {
  id: string;
  selected: boolean;
  /** Values counted under this group. */
  memberFlags: Uint8Array;
  selectedFlags?: Uint8Array;
  /** Counts of documents that fail only this group's selection. */
  own?: Int32Array;
}

function nodeKey(node: QueryNode): string {
  switch (node.op) {
    case 'leaf':
      return `'${node.lexeme}'`;
    case 'not':
      return `!(${nodeKey(node.arg)})`;
    case 'phrase':
      return `(${nodeKey(node.left)} <${node.distance}> ${nodeKey(node.right)})`;
    default:
      return `(${nodeKey(node.left)} ${node.op} ${nodeKey(node.right)})`;
  }
}

function collectLeaves(node: QueryNode, out: string[]): void {
  if (node.op === 'leaf') out.push(node.lexeme);
  else if (node.op === 'not') collectLeaves(node.arg, out);
  else {
    collectLeaves(node.left, out);
    collectLeaves(node.right, out);
  }
}

/** End positions at which a phrase subtree matches in one document. */
function phrasePositions(node: QueryNode, positions: Map<string, number[]>): number[] {
  switch (node.op) {
    case 'leaf':
      return positions.get(node.lexeme) ?? [];
    case 'phrase': {
      const left = new Set(phrasePositions(node.left, positions));
      if (left.size === 0) return [];
      return phrasePositions(node.right, positions).filter((r) => left.has(r - node.distance));
    }
    case 'or':
      return [
        ...new Set([...phrasePositions(node.left, positions), ...phrasePositions(node.right, positions)]),
      ];
    case 'and': {
      const l = phrasePositions(node.left, positions);
      const r = phrasePositions(node.right, positions);
      return l.length && r.length ? [...new Set([...l, ...r])] : [];
    }
    case 'not':
      // Never produced by phraseto_tsquery; refusing is safer than guessing PostgreSQL's rule.
      throw new Error('negation inside a phrase is not supported');
  }
}

/**
 * The best `k` documents by (key desc, date desc, kind and id asc), kept in a binary heap
 * whose root is the worst kept — O(n log k) for n matches.
 */
class TopK {
  private readonly ords: number[] = [];
  private readonly scores: number[] = [];

  constructor(
    private readonly k: number,
    private readonly sortKey: Float64Array,
    private readonly keys: string[],
  ) {}

  /** True when a ranks before b. */
  private better(sa: number, a: number, sb: number, b: number): boolean {
    if (sa !== sb) return sa > sb;
    const da = this.sortKey[a] as number;
    const db = this.sortKey[b] as number;
    if (da !== db) return da > db;
    return (this.keys[a] as string) < (this.keys[b] as string);
  }

  offer(ord: number, score: number): void {
    const { ords, scores } = this;
    if (ords.length < this.k) {
      ords.push(ord);
      scores.push(score);
      let i = ords.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.better(scores[p] as number, ords[p] as number, scores[i] as number, ords[i] as number))
          break;
        this.swap(i, p);
        i = p;
      }
      return;
    }
    if (this.k === 0 || !this.better(score, ord, scores[0] as number, ords[0] as number)) return;
    ords[0] = ord;
    scores[0] = score;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (
        l < ords.length &&
        this.better(scores[worst] as number, ords[worst] as number, scores[l] as number, ords[l] as number)
      )
        worst = l;
      if (
        r < ords.length &&
        this.better(scores[worst] as number, ords[worst] as number, scores[r] as number, ords[r] as number)
      )
        worst = r;
      if (worst === i) break;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(i: number, j: number): void {
    const { ords, scores } = this;
    [ords[i], ords[j]] = [ords[j] as number, ords[i] as number];
    [scores[i], scores[j]] = [scores[j] as number, scores[i] as number];
  }

  sorted(): number[] {
    const idx = this.ords.map((_, i) => i);
    idx.sort((x, y) =>
      this.better(
        this.scores[x] as number,
        this.ords[x] as number,
        this.scores[y] as number,
        this.ords[y] as number,
      )
        ? -1
        : 1,
    );
    return idx.map((i) => this.ords[i] as number);
  }
}
