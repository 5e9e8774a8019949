import { ByteStream, Cursor } from './postings.ts';
import { nodeKey, parseTsvector, type QueryNode, type VectorEntry } from './text-format.ts';

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
  /** Selected values (OR within the facet). */
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
  /** Only documents dated within these bounds (ms, inclusive): upcoming or past events. */
  dateFrom?: number;
  dateTo?: number;
  /** Relevance, newest first, or oldest first (the next events). */
  sort: 'relevance' | 'date' | 'date-asc';
  /** Count facet values (default true); a client that shows no facets saves most of the work. */
  facets?: boolean;
  limit: number;
  offset: number;
  /**
   * Keyset paging (the API's cursors): only documents ranked after this position, which a
   * previous page's last `position` gave. Totals and facet counts still cover every match.
   */
  after?: RankPosition;
}

/**
 * Where a document stands in the order: its rank key (the score, or the date when sorting by
 * date), then its date, then its key. The order is total, so a position survives changes
 * elsewhere in the index: a page starting after it neither repeats nor skips a document.
 */
export interface RankPosition {
  /** Score or date (ms); null for "no date" (sorted last). */
  rank: number | null;
  date: number | null;
  key: string;
}

export interface MemoryResult {
  total: number;
  /** The page, best first, with the query's words each document holds (to mark them). */
  page: { kind: string; refId: string; words: string[]; position: RankPosition }[];
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
  Float32Array.from(
    { length: 257 },
    (_, n) =>
      // A lexeme without positions (a stripped vector) still matches, as in PostgreSQL.
      (CLASS_WEIGHT[cls] as number) * (1 + Math.log(Math.max(n, 1))),
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
  /** Facet value ids of document i: valData[valStart[i] … valEnd[i]) (appended, never moved). */
  private valStart = new Int32Array(1024);
  private valEnd = new Int32Array(1024);
  private valData = new Int32Array(16 * 1024);
  private valLength = 0;
  private readonly ordByKey = new Map<string, number>();
  private readonly streams = new Map<string, ByteStream>();
  private readonly valueIds = new Map<string, number>();
  private readonly valueNames: string[] = [];
  /** Per facet value, the ordinals holding it (ascending; dead ones skipped when read). */
  private readonly valuePostings: { ords: Int32Array; count: number }[] = [];
  private readonly kindIds = new Map<string, number>();
  private readonly kindNames: string[] = [];
  private deadCount = 0;
  /** Precomputed phrases (see registerPhrase), by their query text and by their first word. */
  private readonly phrases = new Map<string, MaterializedPhrase>();
  private readonly phrasesByFirst = new Map<string, MaterializedPhrase[]>();

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
    const resize = <T extends Uint8Array | Int16Array | Int32Array | Float64Array>(
      a: T,
      make: (n: number) => T,
    ): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.alive = resize(this.alive, (n) => new Uint8Array(n));
    this.valStart = resize(this.valStart, (n) => new Int32Array(n));
    this.valEnd = resize(this.valEnd, (n) => new Int32Array(n));
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
      this.valuePostings.push({ ords: new Int32Array(8), count: 0 });
    }
    return id;
  }

  /**
   * Keeps the documents holding a phrase as a list of their own, maintained as documents
   * arrive, so that a search for it needs no position checks. Only before the first document.
   * Phrases not registered are still found, by reading positions (see phrase()).
   */
  registerPhrase(node: QueryNode): void {
    if (this.n > 0) throw new Error('phrases are registered before documents are loaded');
    if (node.op !== 'phrase') return;
    const key = nodeKey(node);
    if (this.phrases.has(key)) return;
    const items: { lexeme: string; offset: number }[] = [];
    phraseChain(node, 0, items);
    const m: MaterializedPhrase = { items, ords: new Int32Array(16), scores: new Float32Array(16), count: 0 };
    this.phrases.set(key, m);
    const first = (items[0] as { lexeme: string }).lexeme;
    const list = this.phrasesByFirst.get(first) ?? [];
    list.push(m);
    this.phrasesByFirst.set(first, list);
  }

  get phraseCount(): number {
    return this.phrases.size;
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
    if (this.valLength + vals.length > this.valData.length) {
      const next = new Int32Array(Math.max(this.valLength + vals.length, this.valData.length * 2));
      next.set(this.valData.subarray(0, this.valLength));
      this.valData = next;
    }
    this.valStart[ord] = this.valLength;
    this.valData.set(vals, this.valLength);
    for (const v of vals) {
      const p = this.valuePostings[v] as { ords: Int32Array; count: number };
      if (p.count === p.ords.length) {
        const next = new Int32Array(p.count * 2);
        next.set(p.ords);
        p.ords = next;
      }
      p.ords[p.count++] = ord;
    }
    this.valLength += vals.length;
    this.valEnd[ord] = this.valLength;
    const entries = parseTsvector(doc.vector);
    let byLexeme: Map<string, VectorEntry> | null = null;
    for (const e of entries) {
      let stream = this.streams.get(e.lexeme);
      if (!stream) {
        stream = new ByteStream();
        this.streams.set(e.lexeme, stream);
      }
      stream.append(ord, e.cls, e.positions);
      const candidates = this.phrasesByFirst.get(e.lexeme);
      if (candidates) {
        byLexeme ??= new Map(entries.map((x) => [x.lexeme, x]));
        for (const m of candidates) {
          const score = chainScore(m.items, byLexeme);
          if (score) pushMaterialized(m, ord, score);
        }
      }
    }
    this.alive[ord] = 1;
  }

  remove(kind: string, refId: string): void {
    const key = `${kind}\u0000${refId}`;
    const ord = this.ordByKey.get(key);
    if (ord === undefined) return;
    this.ordByKey.delete(key);
    this.alive[ord] = 0;
    this.deadCount++;
  }

  /** After a bulk load: gives back the slack of the growable posting lists. */
  compact(): void {
    for (const s of this.streams.values()) s.trim();
    for (const m of this.phrases.values()) {
      m.ords = m.ords.slice(0, m.count);
      m.scores = m.scores.slice(0, m.count);
    }
    this.valData = this.valData.slice(0, this.valLength);
    for (const p of this.valuePostings) p.ords = p.ords.slice(0, p.count);
  }

  /** Score arrays are reused between searches: fewer large allocations, fewer collections. */
  private readonly free: Float32Array[] = [];

  private scratch(zeroed = true): Float32Array {
    let a = this.free.pop();
    while (a && a.length !== this.n) a = this.free.pop();
    if (!a) return new Float32Array(this.n);
    if (zeroed) a.fill(0);
    return a;
  }

  private release(memo: Map<string, Float32Array>): void {
    for (const a of new Set(memo.values())) if (this.free.length < 16) this.free.push(a);
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
        out = this.scratch();
        const s = this.streams.get(node.lexeme);
        if (s) decodeScores(s, out);
        break;
      }
      case 'not': {
        const a = this.evaluate(node.arg, memo);
        out = this.scratch();
        for (let i = 0; i < n; i++) out[i] = a[i] ? 0 : NOT_SCORE;
        break;
      }
      case 'and':
      case 'or': {
        // A chain of one operator is evaluated at once: one output array, no intermediates.
        const operands: QueryNode[] = [];
        flatten(node, node.op, operands);
        if (node.op === 'or') {
          // Words and precomputed phrases are written straight into the result (max).
          out = this.scratch();
          const rest: QueryNode[] = [];
          for (const o of operands) if (!this.orInto(o, out)) rest.push(o);
          for (const o of rest) {
            const b = this.evaluate(o, memo);
            for (let i = 0; i < n; i++) if ((b[i] as number) > (out[i] as number)) out[i] = b[i] as number;
          }
          break;
        }
        const parts = operands.map((o) => this.evaluate(o, memo));
        out = this.scratch(false);
        out.set(parts[0] as Float32Array);
        for (let p = 1; p < parts.length; p++) {
          const b = parts[p] as Float32Array;
          for (let i = 0; i < n; i++) {
            const x = out[i] as number;
            if (x) out[i] = (b[i] as number) ? x + (b[i] as number) : 0;
          }
        }
        break;
      }
      case 'phrase': {
        const m = this.phrases.get(key);
        if (m) {
          out = this.scratch();
          for (let k = 0; k < m.count; k++) out[m.ords[k] as number] = m.scores[k] as number;
        } else out = this.phrase(node);
        break;
      }
    }
    memo.set(key, out);
    return out;
  }

  /** ORs a word or a precomputed phrase into `out` without an array of its own; false otherwise. */
  private orInto(node: QueryNode, out: Float32Array): boolean {
    if (node.op === 'leaf') {
      const s = this.streams.get(node.lexeme);
      if (s) decodeScores(s, out, true);
      return true;
    }
    if (node.op === 'phrase') {
      const m = this.phrases.get(nodeKey(node));
      if (!m) return false;
      for (let k = 0; k < m.count; k++) {
        const ord = m.ords[k] as number;
        const v = m.scores[k] as number;
        if (v > (out[ord] as number)) out[ord] = v;
      }
      return true;
    }
    return false;
  }

  /**
   * A phrase: the documents holding all its words are found by walking their posting lists
   * together (driven by the rarest); for each, positions are read and checked as PostgreSQL
   * does: `L <N> R` matches when R starts N positions after L ends.
   */
  private phrase(node: QueryNode): Float32Array {
    const out = this.scratch();
    const chain: { lexeme: string; offset: number }[] = [];
    phraseChain(node, 0, chain);
    const lexemes = [...new Set(chain.map((c) => c.lexeme))];
    const streams = lexemes.map((l) => this.streams.get(l));
    if (streams.some((st) => !st)) return out;
    const cursors = lexemes.map((_, i) => new Cursor(streams[i] as ByteStream));
    const byRarity = cursors
      .map((c, i) => ({ c, docs: (streams[i] as ByteStream).docs }))
      .sort((a, b) => a.docs - b.docs)
      .map((x) => x.c);
    const driver = byRarity[0] as Cursor;
    const others = byRarity.slice(1);
    const itemCursors = chain.map((c) => cursors[lexemes.indexOf(c.lexeme)] as Cursor);
    const itemOffsets = chain.map((c) => c.offset);
    const starts = new Int32Array(MAX_POSITIONS);
    const buf = new Int32Array(MAX_POSITIONS);
    outer: while (driver.next()) {
      const ord = driver.ord;
      for (let o = 0; o < others.length; o++) {
        const c = others[o] as Cursor;
        if (!c.seek(ord)) break outer;
        if (c.ord !== ord) continue outer;
      }
      // Candidate start positions from the first word, narrowed by each following word.
      let count = (itemCursors[0] as Cursor).positionsInto(starts);
      const first = itemOffsets[0] as number;
      if (first) for (let k = 0; k < count; k++) starts[k] = (starts[k] as number) - first;
      for (let w = 1; w < itemCursors.length && count > 0; w++) {
        const m = (itemCursors[w] as Cursor).positionsInto(buf);
        const offset = itemOffsets[w] as number;
        let kept = 0;
        let j = 0;
        for (let k = 0; k < count; k++) {
          const want = (starts[k] as number) + offset;
          while (j < m && (buf[j] as number) < want) j++;
          if (j < m && buf[j] === want) starts[kept++] = starts[k] as number;
        }
        count = kept;
      }
      if (count > 0) {
        let sum = 0;
        for (let c = 0; c < cursors.length; c++) {
          const cur = cursors[c] as Cursor;
          sum += (LEAF_SCORE[cur.cls] as Float32Array)[Math.min(cur.count, 256)] as number;
        }
        out[ord] = sum;
      }
    }
    return out;
  }

  /** True when a live document matches (for "did you mean"). */
  matchesAny(query: QueryNode): boolean {
    const memo = new Map<string, Float32Array>();
    const scores = this.evaluate(query, memo);
    let found = false;
    for (let i = 0; i < this.n && !found; i++) if (scores[i] && this.alive[i]) found = true;
    this.release(memo);
    return found;
  }

  // ---- the search ----------------------------------------------------------------------

  search(q: MemoryQuery): MemoryResult {
    const n = this.n;
    const memo = new Map<string, Float32Array>();
    const scores = q.query ? this.evaluate(q.query, memo) : null;
    const kindOk = new Uint8Array(256);
    for (const k of q.kinds) {
      const id = this.kindIds.get(k);
      if (id !== undefined) kindOk[id] = 1;
    }
    const valueCount = this.valueNames.length;
    const countFacets = q.facets !== false;
    const groups = q.groups
      .filter((g) => countFacets || g.selected.length > 0)
      .map((g) => this.prepareGroup(g, valueCount));
    const selected = groups.filter((g) => g.selected);
    const counts = new Int32Array(valueCount);
    const yearFrom = q.yearFrom ?? 0;
    const yearTo = q.yearTo ?? 0;
    const top = new TopK(q.offset + q.limit, this.sortKey, this.keys);
    const byDate = q.sort !== 'relevance' || !scores;
    // Oldest first is newest first on the negated date: the same heap and the same tie-breaks.
    const dateSign = q.sort === 'date-asc' ? -1 : 1;
    const dateFrom = q.dateFrom ?? Number.NEGATIVE_INFINITY;
    const dateTo = q.dateTo ?? Number.POSITIVE_INFINITY;
    const after = q.after;
    const afterRank = after ? (after.rank ?? Number.NEGATIVE_INFINITY) : 0;
    const afterDate = after ? (after.date ?? Number.NEGATIVE_INFINITY) : 0;
    let total = 0;
    const { alive, kindCode, year, sortKey, valStart, valEnd, valData } = this;
    // Per selected group, which documents hold one of its selected values.
    const hits = selected.map((g) => {
      const hit = new Uint8Array(n);
      for (const v of g.selectedValues as number[]) {
        const p = this.valuePostings[v] as { ords: Int32Array; count: number };
        for (let k = 0; k < p.count; k++) hit[p.ords[k] as number] = 1;
      }
      return hit;
    });
    const nSelected = selected.length;
    for (let i = 0; i < n; i++) {
      if (!alive[i] || !kindOk[kindCode[i] as number]) continue;
      const score = scores ? (scores[i] as number) : 1;
      if (!score) continue;
      if (yearFrom || yearTo) {
        const y = year[i] as number;
        if (!y || (yearFrom && y < yearFrom) || (yearTo && y > yearTo)) continue;
      }
      if ((sortKey[i] as number) < dateFrom || (sortKey[i] as number) > dateTo) continue;
      const from = valStart[i] as number;
      const to = valEnd[i] as number;
      // Which selected groups this document fails: none → a result; one → counts for that group.
      let failed = -1;
      let failures = 0;
      for (let g = 0; g < nSelected && failures < 2; g++) {
        if (!(hits[g] as Uint8Array)[i]) {
          failures++;
          failed = g;
        }
      }
      if (failures === 0) {
        total++;
        if (countFacets)
          for (let j = from; j < to; j++) {
            const v = valData[j] as number;
            counts[v] = (counts[v] as number) + 1;
          }
        const key = byDate ? dateSign * (sortKey[i] as number) : score;
        // Most matches rank below the page: skip the heap for them without a call.
        if (key >= top.threshold && (!after || this.ranksAfter(i, key, afterRank, afterDate, after.key)))
          top.offer(i, key);
      } else if (failures === 1 && countFacets) {
        const g = selected[failed] as PreparedGroup;
        const own = g.own as Int32Array;
        const members = g.memberFlags;
        for (let j = from; j < to; j++) {
          const v = valData[j] as number;
          if (members[v]) own[v] = (own[v] as number) + 1;
        }
      }
    }
    const facets = new Map<string, Map<string, number>>();
    for (const g of countFacets ? groups : []) {
      const m = new Map<string, number>();
      for (let v = 0; v < valueCount; v++) {
        if (!g.memberFlags[v]) continue;
        const c = (counts[v] as number) + (g.own ? (g.own[v] as number) : 0);
        if (c > 0) m.set((this.valueNames[v] as string).slice(2), c);
      }
      facets.set(g.id, m);
    }
    this.release(memo);
    const wanted = q.query ? wantedLexemes(q.query) : [];
    const page = top
      .sorted()
      .slice(q.offset)
      .map((ord) => ({
        kind: this.kindNames[this.kindCode[ord] as number] as string,
        refId: this.refIds[ord] as string,
        position: this.position(
          ord,
          byDate ? dateSign * (sortKey[ord] as number) : (scores?.[ord] as number),
        ),
        words: wanted.filter((l) => {
          const st = this.streams.get(l);
          return st !== undefined && new Cursor(st).seek(ord, true);
        }),
      }));
    return { total, page, facets };
  }

  /** True when document `i` (rank key `key`) comes after the given position (TopK's order). */
  private ranksAfter(i: number, key: number, rank: number, date: number, docKey: string): boolean {
    if (key !== rank) return key < rank;
    const d = this.sortKey[i] as number;
    if (d !== date) return d < date;
    return (this.keys[i] as string) > docKey;
  }

  private position(ord: number, key: number): RankPosition {
    const date = this.sortKey[ord] as number;
    return {
      rank: Number.isFinite(key) ? key : null,
      date: Number.isFinite(date) ? date : null,
      key: this.keys[ord] as string,
    };
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
    const selectedValues: number[] = [];
    for (const s of g.selected) {
      const id = this.valueIds.get(prefix + s);
      if (id !== undefined) selectedValues.push(id);
    }
    return { id: g.id, selected: true, memberFlags, selectedValues, own: new Int32Array(valueCount) };
  }
}

interface PreparedGroup {
  id: string;
  selected: boolean;
  /** Values counted under this group. */
  memberFlags: Uint8Array;
  selectedValues?: number[];
  /** Counts of documents that fail only this group's selection. */
  own?: Int32Array;
}

interface MaterializedPhrase {
  items: { lexeme: string; offset: number }[];
  ords: Int32Array;
  scores: Float32Array;
  count: number;
}

function pushMaterialized(m: MaterializedPhrase, ord: number, score: number): void {
  if (m.count === m.ords.length) {
    const ords = new Int32Array(Math.max(16, m.count * 2));
    const scores = new Float32Array(ords.length);
    ords.set(m.ords);
    scores.set(m.scores);
    m.ords = ords;
    m.scores = scores;
  }
  m.ords[m.count] = ord;
  m.scores[m.count] = score;
  m.count++;
}

/** The score of a phrase in one document (0 when absent), the same as phrase() gives. */
function chainScore(items: { lexeme: string; offset: number }[], entries: Map<string, VectorEntry>): number {
  const found: VectorEntry[] = [];
  for (const item of items) {
    const e = entries.get(item.lexeme);
    if (!e) return 0;
    found.push(e);
  }
  const first = (found[0] as VectorEntry).positions;
  const firstOffset = (items[0] as { offset: number }).offset;
  let matched = false;
  outer: for (const p of first) {
    const start = p - firstOffset;
    for (let k = 1; k < items.length; k++) {
      if (!(found[k] as VectorEntry).positions.includes(start + (items[k] as { offset: number }).offset))
        continue outer;
    }
    matched = true;
    break;
  }
  if (!matched) return 0;
  let sum = 0;
  for (let k = 0; k < items.length; k++) {
    const e = found[k] as VectorEntry;
    if (found.indexOf(e) !== k) continue; // a word repeated in the phrase counts once
    sum += (LEAF_SCORE[e.cls] as Float32Array)[Math.min(e.positions.length, 256)] as number;
  }
  return sum;
}

/** Every document of a posting list with its leaf score, into `out` (one tight loop); `max` keeps higher scores already there. */
function decodeScores(stream: ByteStream, out: Float32Array, max = false): void {
  const data = stream.data;
  const end = stream.length;
  let at = 0;
  let ord = -1;
  while (at < end) {
    let b = data[at++] as number;
    let gap = b & 0x7f;
    for (let shift = 7; b & 0x80; shift += 7) {
      b = data[at++] as number;
      gap += (b & 0x7f) * 2 ** shift;
    }
    ord += gap;
    b = data[at++] as number;
    let head = b & 0x7f;
    for (let shift = 7; b & 0x80; shift += 7) {
      b = data[at++] as number;
      head += (b & 0x7f) * 2 ** shift;
    }
    b = data[at++] as number;
    let bytes = b & 0x7f;
    for (let shift = 7; b & 0x80; shift += 7) {
      b = data[at++] as number;
      bytes += (b & 0x7f) * 2 ** shift;
    }
    at += bytes;
    const count = Math.floor(head / 4);
    const v = (LEAF_SCORE[head & 3] as Float32Array)[Math.min(count, 256)] as number;
    if (!max || v > (out[ord] as number)) out[ord] = v;
  }
}

/** The lexemes a query asks for (not the excluded ones), once each. */
export function wantedLexemes(node: QueryNode, out = new Set<string>()): string[] {
  if (node.op === 'leaf') out.add(node.lexeme);
  else if (node.op !== 'not') {
    wantedLexemes(node.left, out);
    wantedLexemes(node.right, out);
  }
  return [...out];
}

function flatten(node: QueryNode, op: 'and' | 'or', out: QueryNode[]): void {
  if (node.op === op) {
    flatten(node.left, op, out);
    flatten(node.right, op, out);
  } else out.push(node);
}

/** PostgreSQL keeps at most 256 positions per lexeme and document. */
const MAX_POSITIONS = 1024;

/**
 * Flattens a phrase into its words and their offsets from the phrase's first position; only
 * chains of words (what phraseto_tsquery and plainto_tsquery produce) are phrases here.
 * Returns the width (last offset). PostgreSQL's rule: in `L <N> R`, R starts N after L's end.
 */
function phraseChain(node: QueryNode, start: number, out: { lexeme: string; offset: number }[]): number {
  if (node.op === 'leaf') {
    out.push({ lexeme: node.lexeme, offset: start });
    return 0;
  }
  if (node.op !== 'phrase') throw new Error(`unsupported operator inside a phrase: ${node.op}`);
  const left = phraseChain(node.left, start, out);
  const right = phraseChain(node.right, start + left + node.distance, out);
  return left + node.distance + right;
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

  /** Keys below this cannot enter (the worst kept, once full). */
  get threshold(): number {
    return this.ords.length < this.k ? Number.NEGATIVE_INFINITY : (this.scores[0] as number);
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
