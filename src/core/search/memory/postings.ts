/**
 * Compressed posting lists of the in-memory index. One byte stream per lexeme; per document:
 *   varint(ordinal gap) varint(count << 2 | class) varint(bytes of positions) positions…
 * where class is the best weight of the lexeme in the document (0 = A … 3 = D) and the
 * positions are varint gaps. The byte length lets matching skip positions; only phrase
 * checks read them. Ordinals only grow, so new documents are appended at the end. Every
 * SKIP_EVERY documents a skip point (ordinal before it, byte offset) lets a cursor jump ahead
 * when it intersects a long list with a short one.
 */

const SKIP_EVERY = 64;

export class ByteStream {
  data: Uint8Array;
  length = 0;
  /** Ordinal of the last document written (gaps are relative to it). */
  lastOrd = -1;
  /** Documents in the stream (dead ones included until the index is rebuilt). */
  docs = 0;
  skipOrd = new Int32Array(0);
  skipAt = new Int32Array(0);
  skips = 0;

  constructor(capacity = 16) {
    this.data = new Uint8Array(capacity);
  }

  private ensure(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    const next = new Uint8Array(Math.max(this.length + extra, Math.ceil(this.data.length * 1.5) + 16));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  varint(value: number): void {
    this.ensure(5);
    let v = value;
    while (v >= 0x80) {
      this.data[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.data[this.length++] = v;
  }

  /** Appends one document's entry; positions ascending, class 0–3. */
  append(ord: number, cls: number, positions: number[]): void {
    if (this.docs > 0 && this.docs % SKIP_EVERY === 0) this.addSkip();
    this.varint(ord - this.lastOrd);
    this.lastOrd = ord;
    this.docs++;
    this.varint((positions.length << 2) | cls);
    let bytes = 0;
    let prev = 0;
    for (const p of positions) {
      bytes += varintSize(p - prev);
      prev = p;
    }
    this.varint(bytes);
    prev = 0;
    for (const p of positions) {
      this.varint(p - prev);
      prev = p;
    }
  }

  private addSkip(): void {
    if (this.skips === this.skipOrd.length) {
      const cap = Math.max(4, this.skips * 2);
      const ords = new Int32Array(cap);
      const ats = new Int32Array(cap);
      ords.set(this.skipOrd);
      ats.set(this.skipAt);
      this.skipOrd = ords;
      this.skipAt = ats;
    }
    this.skipOrd[this.skips] = this.lastOrd;
    this.skipAt[this.skips] = this.length;
    this.skips++;
  }

  /** Gives back the slack left by growth (after a bulk load). */
  trim(): void {
    if (this.data.length > this.length) this.data = this.data.slice(0, this.length);
    if (this.skipOrd.length > this.skips) {
      this.skipOrd = this.skipOrd.slice(0, this.skips);
      this.skipAt = this.skipAt.slice(0, this.skips);
    }
  }
}

function varintSize(v: number): number {
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : 4;
}

/** Walks one stream document by document. */
export class Cursor {
  private at = 0;
  ord = -1;
  cls = 0;
  count = 0;
  private posStart = 0;
  private posEnd = 0;
  private readonly data: Uint8Array;
  private readonly end: number;
  private readonly skipOrd: Int32Array;
  private readonly skipAt: Int32Array;
  private readonly skips: number;
  private skip = 0;

  constructor(stream: ByteStream) {
    this.data = stream.data;
    this.end = stream.length;
    this.skipOrd = stream.skipOrd;
    this.skipAt = stream.skipAt;
    this.skips = stream.skips;
  }

  private varint(): number {
    let result = 0;
    let shift = 0;
    let b: number;
    do {
      b = this.data[this.at++] as number;
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return result;
  }

  /** Moves to the next document; false at the end. */
  next(): boolean {
    if (this.at >= this.end) return false;
    this.ord += this.varint();
    const head = this.varint();
    this.cls = head & 3;
    this.count = head >>> 2;
    const bytes = this.varint();
    this.posStart = this.at;
    this.at += bytes;
    this.posEnd = this.at;
    return true;
  }

  /**
   * Moves to the first document at or after `ord`; false at the end. With `exact`, true only
   * when the list holds `ord` itself (a membership test).
   */
  seek(ord: number, exact = false): boolean {
    if (this.ord < ord && this.skip < this.skips && (this.skipOrd[this.skip] as number) < ord) {
      // Binary search for the last skip point before `ord`, then jump there (never backwards).
      let lo = this.skip;
      let hi = this.skips - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((this.skipOrd[mid] as number) < ord) lo = mid;
        else hi = mid - 1;
      }
      const at = this.skipAt[lo] as number;
      if (at > this.at) {
        this.at = at;
        this.ord = this.skipOrd[lo] as number;
      }
      this.skip = lo + 1;
    }
    while (this.ord < ord) if (!this.next()) return false;
    return !exact || this.ord === ord;
  }

  /** Writes the current document's positions (ascending) into `out`; returns how many. */
  positionsInto(out: Int32Array): number {
    let at = this.posStart;
    let p = 0;
    let n = 0;
    const data = this.data;
    while (at < this.posEnd && n < out.length) {
      let shift = 0;
      let b: number;
      let v = 0;
      do {
        b = data[at++] as number;
        v += (b & 0x7f) * 2 ** shift;
        shift += 7;
      } while (b & 0x80);
      p += v;
      out[n++] = p;
    }
    return n;
  }
}
