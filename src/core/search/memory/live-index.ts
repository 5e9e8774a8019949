import type { Logger } from 'pino';
import type { DbOrTx } from '../../db/client.ts';
import { MemoryIndex } from './memory-index.ts';
import type { PhraseSource } from '../registry.ts';
import { parseTsquery } from './text-format.ts';
import {
  changedKeys,
  currentGeneration,
  documentBatch,
  documentCount,
  documentsByKeys,
  phraseQueries,
} from './repository.ts';

const BATCH = 1000;
/** Changed documents re-read per round trip when catching up. */
const CHUNK = 500;

/**
 * Keeps this process's MemoryIndex in step with search_document. Each search reads the
 * current generation together with its query and calls `ensure`: a new process (or one whose
 * change feed was pruned) loads every document once; otherwise only the documents changed
 * since its generation are re-read. Re-reading a document is idempotent, so a rebuild that
 * raced with writes simply catches up afterwards. Dead ordinals (replaced or removed
 * documents) are reclaimed by a rebuild in the background while the old index keeps serving.
 */
export class LiveIndex {
  private index: MemoryIndex | null = null;
  private generation = -1;
  private pending: Promise<void> | null = null;
  private rebuilding: Promise<void> | null = null;
  private logger: Logger | undefined;
  /** What the last full load found and how long it took (logs, benchmark). */
  lastLoad: { documents: number; lexemes: number; phrases: number; postingMb: number; ms: number } | null =
    null;

  constructor(private readonly phraseSource: () => PhraseSource | undefined = () => undefined) {}

  setLogger(logger: Logger): void {
    this.logger = logger;
  }

  /**
   * The index at generation `generation` or later — or, while a full reload runs in the
   * background (a bulk change, a pruned feed, a database restored to an older state), the
   * current copy, which answers until the fresh one is swapped in.
   */
  async ensure(db: DbOrTx, generation: number): Promise<MemoryIndex> {
    // Older than this copy: usually a search that read the counter just before another caught
    // up; when the database itself says so, it was restored or reset — reload.
    if (this.index && generation < this.generation && (await currentGeneration(db)) < this.generation)
      this.rebuildInBackground(db);
    for (;;) {
      if (this.index && (this.generation >= generation || this.rebuilding)) return this.index;
      if (!this.pending) {
        this.pending = this.catchUp(db, generation).finally(() => {
          this.pending = null;
        });
      }
      await this.pending;
    }
  }

  /** Resolves when no reload is running in the background (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.rebuilding) await this.rebuilding;
  }

  /** Starts loading at process start so that the first reader does not wait for it. */
  warm(db: DbOrTx): void {
    currentGeneration(db)
      .then((g) => this.ensure(db, g))
      .catch((err) => this.logger?.warn({ err }, 'search index: warm-up failed'));
  }

  private async catchUp(db: DbOrTx, generation: number): Promise<void> {
    const target = this.index;
    if (!target) {
      const built = await this.build(db);
      this.index = built.index;
      this.generation = built.generation;
      return;
    }
    const keys = await changedKeys(db, this.generation, generation);
    // Too far behind (pruned feed, a bulk change): reload everything, serving meanwhile.
    if (!keys || keys.length > Math.max(1000, target.size / 10)) {
      this.rebuildInBackground(db);
      return;
    }
    // In chunks: other requests run between them.
    for (let i = 0; i < keys.length; i += CHUNK) {
      const chunk = keys.slice(i, i + CHUNK);
      const docs = await documentsByKeys(db, chunk);
      if (this.index !== target) return; // swapped by a reload meanwhile; the caller retries
      const present = new Set(docs.map((d) => `${d.kind}\u0000${d.refId}`));
      for (const k of chunk) if (!present.has(`${k.kind}\u0000${k.refId}`)) target.remove(k.kind, k.refId);
      for (const d of docs) target.upsert(d);
    }
    this.generation = generation;
    if (target.dead > Math.max(1000, target.size / 4)) this.rebuildInBackground(db);
  }

  private rebuildInBackground(db: DbOrTx): void {
    if (this.rebuilding) return;
    this.rebuilding = this.build(db)
      .then((built) => {
        // The fresh copy may be older than the writes since; the next search catches it up.
        this.index = built.index;
        this.generation = built.generation;
      })
      .catch((err) => this.logger?.warn({ err }, 'search index: reload failed'))
      .finally(() => {
        this.rebuilding = null;
      });
  }

  private async build(db: DbOrTx): Promise<{ index: MemoryIndex; generation: number }> {
    const started = Date.now();
    // Read first: changes committed while loading are re-read by the next catch-up.
    const generation = await currentGeneration(db);
    const total = await documentCount(db);
    const index = new MemoryIndex();
    const source = this.phraseSource();
    if (source) {
      for (const text of await phraseQueries(db, await source(db))) {
        // A shape the index cannot precompute is still found by reading positions.
        try {
          const node = parseTsquery(text);
          if (node) index.registerPhrase(node);
        } catch (err) {
          this.logger?.warn({ err, phrase: text }, 'search index: phrase not precomputed');
        }
      }
    }
    let after: { kind: string; refId: string } | null = null;
    let loaded = 0;
    let lastReport = started;
    for (;;) {
      const batch = await documentBatch(db, after, BATCH);
      for (const d of batch) index.upsert(d);
      loaded += batch.length;
      if (batch.length < BATCH) break;
      const last = batch[batch.length - 1] as { kind: string; refId: string };
      after = { kind: last.kind, refId: last.refId };
      if (Date.now() - lastReport > 5000) {
        lastReport = Date.now();
        this.logger?.info({ loaded, total }, 'search index: loading');
      }
    }
    index.compact();
    const ms = Date.now() - started;
    const log = {
      documents: index.size,
      lexemes: index.lexemeCount,
      phrases: index.phraseCount,
      postingMb: Math.round((index.postingBytes / 2 ** 20) * 10) / 10,
      ms,
    };
    this.lastLoad = log;
    if (total > 1000) this.logger?.info(log, 'search index: loaded');
    else this.logger?.debug(log, 'search index: loaded');
    return { index, generation };
  }
}
