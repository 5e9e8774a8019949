import { Worker } from 'node:worker_threads';

/** Why a PDF's text could not be read; stored in publication_file.text_error and translated on screen. */
export type ExtractionFailure = 'unreadable' | 'password' | 'timeout' | 'missing';

export class PdfTextError extends Error {
  constructor(
    readonly reason: ExtractionFailure,
    detail: string,
  ) {
    super(detail);
  }
}

export interface PdfText {
  pages: number;
  text: string;
}

export interface ExtractOptions {
  /** The reading is stopped (its worker terminated) after this long; default 60 s. */
  timeoutMs?: number;
}

const WORKER = new URL('./pdf-text.worker.mjs', import.meta.url);
/** Heap of the worker: a hostile file cannot take the server's memory. */
const WORKER_HEAP_MB = 512;
/** An idle worker goes after this long, giving its memory back. */
const IDLE_MS = 30_000;

/** Stored text is capped; the search index reads the first 400k characters of it. */
export const MAX_TEXT_CHARS = 1_000_000;

type Answer = { id: number; pages?: number; text?: string; error?: string; password?: boolean };

/**
 * One worker thread running unpdf (pdf.js), reading one PDF at a time: started on demand,
 * reused while busy (pdf.js loads once), terminated when a reading runs over its time or
 * the worker fails, and when idle.
 */
class PdfReader {
  private worker: Worker | null = null;
  private idle: NodeJS.Timeout | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private serial = 0;

  read(bytes: Uint8Array, opts: ExtractOptions): Promise<PdfText> {
    const run = this.queue.then(() => this.readNow(bytes, opts.timeoutMs ?? 60_000));
    this.queue = run.catch(() => {});
    return run;
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER, {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      stdout: true,
      stderr: true,
    });
    // pdf.js warns about fonts and the like on the console: not ours to print.
    worker.stdout.resume();
    worker.stderr.resume();
    // An idle worker never keeps the process alive; a reading in progress has its timer for that.
    worker.unref();
    worker.on('error', () => {});
    worker.once('exit', () => {
      if (this.worker === worker) this.worker = null;
    });
    this.worker = worker;
    return worker;
  }

  private stop() {
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
  }

  private async readNow(bytes: Uint8Array, timeoutMs: number): Promise<PdfText> {
    clearTimeout(this.idle);
    const worker = this.worker ?? this.spawn();
    const id = ++this.serial;
    const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    try {
      return await new Promise<PdfText>((resolve, reject) => {
        const done = () => {
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        };
        const timer = setTimeout(() => {
          done();
          this.stop();
          reject(new PdfTextError('timeout', `no result after ${timeoutMs} ms`));
        }, timeoutMs);
        const onMessage = (m: Answer) => {
          if (m.id !== id) return;
          done();
          if (m.error !== undefined)
            reject(new PdfTextError(m.password ? 'password' : 'unreadable', m.error));
          else resolve({ pages: m.pages ?? 0, text: cleanText(m.text ?? '') });
        };
        const onError = (err: Error) => {
          done();
          this.stop();
          reject(new PdfTextError('unreadable', err.message));
        };
        const onExit = (code: number) => {
          done();
          reject(new PdfTextError('unreadable', `worker stopped (${code})`));
        };
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        worker.postMessage({ id, data }, [data]);
      });
    } finally {
      if (this.worker) this.idle = setTimeout(() => this.stop(), IDLE_MS).unref();
    }
  }
}

const reader = new PdfReader();

/**
 * Reads a PDF's text and page count with unpdf (pdf.js) in a worker thread with a time and
 * memory limit. Rejects with PdfTextError for files it cannot read.
 */
export function extractPdfText(bytes: Uint8Array, opts: ExtractOptions = {}): Promise<PdfText> {
  return reader.read(bytes, opts);
}

/** No NUL or other control characters (PostgreSQL text refuses NUL), spaces collapsed, capped. */
export function cleanText(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/\s*\n\s*/g, '\n')
      .trim()
      .slice(0, MAX_TEXT_CHARS)
  );
}
