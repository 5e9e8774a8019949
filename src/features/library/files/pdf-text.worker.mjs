// Reads PDFs' text in a worker thread, so a slow or hostile file can be stopped (terminated)
// without touching the server's event loop. Each message { id, data: ArrayBuffer } gets one
// answer: { id, pages, text } or { id, error, password }.
import { parentPort } from 'node:worker_threads';
import { extractText, getDocumentProxy } from 'unpdf';

parentPort.on('message', async ({ id, data }) => {
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(data), { isEvalSupported: false });
    const { totalPages, text } = await extractText(pdf, { mergePages: true });
    parentPort.postMessage({ id, pages: totalPages, text });
  } catch (err) {
    parentPort.postMessage({
      id,
      error: String(err?.message ?? err).slice(0, 300),
      password: err?.name === 'PasswordException',
    });
  } finally {
    // Frees the document's memory; a failure here must not take the worker down.
    try {
      await pdf?.loadingTask?.destroy();
    } catch {}
  }
});
