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
  /** The worker is stopped after this long (default 60 s). */
  timeoutMs?: number;
  /** Heap of the worker in MB (default 512): a hostile file cannot take the server's memory. */
  memoryMb?: number;
}

const WORKER = new URL('./pdf-text.worker.mjs', import.meta.url);

/** Stored text is capped; the search index reads the first 400k characters of it. */
export const MAX_TEXT_CHARS = 1_000_000;

/**
 * Reads a PDF's text and page count with unpdf (pdf.js) in a worker thread with a time and
 * memory limit. Rejects with PdfTextError for files it cannot read; never leaves a worker behind.
 */
export async function extractPdfText(bytes: Uint8Array, opts: ExtractOptions = {}): Promise<PdfText> {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const worker = new Worker(WORKER, {
    workerData: data,
    transferList: [data],
    resourceLimits: { maxOldGenerationSizeMb: opts.memoryMb ?? 512 },
    stdout: true,
    stderr: true,
  });
  // pdf.js warns about fonts and the like on the console: not ours to print.
  worker.stdout.resume();
  worker.stderr.resume();
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise<PdfText>((resolve, reject) => {
      timer = setTimeout(
        () => reject(new PdfTextError('timeout', `no result after ${timeoutMs} ms`)),
        timeoutMs,
      );
      worker.once('message', (m: { pages?: number; text?: string; error?: string; password?: boolean }) => {
        if (m.error !== undefined) reject(new PdfTextError(m.password ? 'password' : 'unreadable', m.error));
        else resolve({ pages: m.pages ?? 0, text: cleanText(m.text ?? '') });
      });
      worker.once('error', (err: Error) => reject(new PdfTextError('unreadable', err.message)));
      worker.once('exit', (code) => reject(new PdfTextError('unreadable', `worker stopped (${code})`)));
    });
  } finally {
    clearTimeout(timer);
    await worker.terminate();
  }
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
