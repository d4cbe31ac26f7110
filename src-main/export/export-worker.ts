// Entry of the export worker thread (out/main/export-worker.js): builds documents while the main event loop stays free.
import { parentPort } from 'node:worker_threads';
import { AppError } from '../domain/errors';
import { EXPORT_JOBS, type ExportJobReply, type ExportJobRequest } from './export-jobs';

const port = parentPort;
if (!port) throw new Error('export-worker.js runs only as a worker thread');

port.on('message', (request: ExportJobRequest) => {
  const job = EXPORT_JOBS[request.name] as (input: unknown) => Promise<Uint8Array>;
  job(request.input).then(
    (bytes) => port.postMessage({ id: request.id, ok: true, bytes } satisfies ExportJobReply, [bytes.buffer as ArrayBuffer]),
    (error: unknown) => {
      const reply: ExportJobReply =
        error instanceof AppError
          ? { id: request.id, ok: false, code: error.code, params: error.params }
          : { id: request.id, ok: false, code: 'internal', params: {} };
      port.postMessage(reply);
    },
  );
});
