// Reads one PDF's text in a worker thread, so a slow or hostile file can be stopped (terminated)
// without touching the server's event loop. Input: the PDF's bytes (ArrayBuffer) as workerData.
// Output: one message, { pages, text } or { error, password }.
import { parentPort, workerData } from 'node:worker_threads';
import { extractText, getDocumentProxy } from 'unpdf';

try {
  const pdf = await getDocumentProxy(new Uint8Array(workerData), { isEvalSupported: false });
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  parentPort.postMessage({ pages: totalPages, text });
} catch (err) {
  parentPort.postMessage({
    error: String(err?.message ?? err).slice(0, 300),
    password: err?.name === 'PasswordException',
  });
}
