import type { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import { AppError, ValidationError } from '../errors.ts';

/**
 * Largest text field of a multipart form: room for the longest text a form takes (a post of
 * 20,000 characters is up to 80 KB in UTF-8) next to its file.
 */
const FIELD_BYTES = 128 * 1024;
/** Room for a form's other fields and the multipart framing around its one file. */
const ENVELOPE_BYTES = FIELD_BYTES + 64 * 1024;

const pendingFiles = new WeakMap<FastifyRequest, MultipartFile>();

/**
 * The file of a multipart form, not yet read: stream it (receiveUpload) or leave it, in which
 * case the connection ends after the response instead of the rest being read.
 */
export function uploadedFile(req: FastifyRequest): MultipartFile | null {
  return pendingFiles.get(req) ?? null;
}

/**
 * Multipart forms that work without JavaScript: the fields before the file (the CSRF token
 * first, as forms render it) become `req.body` like any form's, so the CSRF check and
 * parseInput() see them; the file is left unread for the route. One file per request, at
 * most UPLOAD_MAX_BYTES: a declared Content-Length over that is refused before reading.
 */
export async function registerMultipart(app: FastifyInstance, config: Config) {
  await app.register(multipart, {
    limits: {
      fileSize: config.UPLOAD_MAX_BYTES,
      files: 1,
      fields: 20,
      fieldSize: FIELD_BYTES,
      parts: 25,
      headerPairs: 50,
    },
  });

  app.addHook('preValidation', async (req) => {
    if (!req.isMultipart()) return;
    const length = Number(req.headers['content-length']);
    if (length > config.UPLOAD_MAX_BYTES + ENVELOPE_BYTES) {
      throw new AppError('file_too_large', 413, 'ui.error.tooLarge', 'file');
    }
    // No prototype: a field named __proto__, constructor or toString could only be an own key
    // (which parseInput refuses as unknown), never an inherited member. @fastify/multipart drops
    // such names itself too, reporting them (400) only at the end of the form: when a file
    // follows, the route reads the file and the field is simply absent.
    const fields: Record<string, string | string[]> = Object.create(null);
    const parts = req.parts();
    try {
      for (;;) {
        const next = await parts.next();
        if (next.done) break;
        const part = next.value;
        if (part.type === 'file') {
          pendingFiles.set(req, part);
          break;
        }
        if (typeof part.value !== 'string') continue;
        // Longer than any field of our forms takes: refused, naming it, rather than dropped.
        if (part.valueTruncated)
          throw new ValidationError([
            { field: part.fieldname, code: 'too_large', messageKey: 'ui.error.tooLarge' },
          ]);
        const seen = fields[part.fieldname];
        fields[part.fieldname] = seen === undefined ? part.value : [seen, part.value].flat();
      }
    } catch (err) {
      if (err instanceof ValidationError) throw err;
      const status = (err as { statusCode?: number }).statusCode;
      if (status && status >= 400 && status < 500) throw err;
      // Malformed framing (no boundary, truncated headers …) is the client's mistake.
      throw new AppError('bad_multipart', 400, 'ui.error.badRequest.body');
    }
    req.body = fields;
  });

  // A refused upload is not read to the end. Closing its connection at once would make the
  // client's kernel answer the rest of the upload with a reset, which can swallow our answer;
  // instead: answer, half-close, discard what is still in flight for a few seconds, then close.
  app.addHook('onResponse', async (req) => {
    if (req.isMultipart() && !req.raw.readableEnded) lingeringClose(req.raw);
  });
}

const LINGER_MS = 5_000;
const LINGER_BYTES = 8 * 1024 * 1024;

function lingeringClose(raw: IncomingMessage) {
  const socket = raw.socket;
  // Injected requests (tests) have no real socket to close.
  if (!(socket instanceof Socket) || socket.destroyed) return;
  let discarded = 0;
  raw.unpipe();
  raw.removeAllListeners('data');
  raw.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > LINGER_BYTES) socket.destroy();
  });
  raw.resume();
  socket.end();
  const timer = setTimeout(() => socket.destroy(), LINGER_MS);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}
