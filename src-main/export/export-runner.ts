// Runs heavy exports in a worker thread when the built worker file is there (the app and the web host), inline in
// unit tests. Either way the caller gets the same bytes or the same AppError.
import { Worker } from 'node:worker_threads';
import { AppError, ERROR_CODES, type ErrorCode } from '../domain/errors';
import { EXPORT_JOBS, type ExportJobInput, type ExportJobName, type ExportJobReply } from './export-jobs';

export interface ExportRunner {
  run<Name extends ExportJobName>(name: Name, input: ExportJobInput<Name>): Promise<Uint8Array>;
  close(): Promise<void>;
}

export function inlineExportRunner(): ExportRunner {
  return {
    run: (name, input) => (EXPORT_JOBS[name] as (input: unknown) => Promise<Uint8Array>)(input),
    close: async () => undefined,
  };
}

function toAppError(code: string, params: Record<string, string | number>): AppError {
  return new AppError((ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'internal', params);
}

/** One worker, started on the first export and kept for the next; a crashed worker fails its jobs and is replaced. */
export function workerExportRunner(workerFile: string): ExportRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: unknown) => void }>();

  const failAll = (error: unknown) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    worker = null;
  };

  const started = (): Worker => {
    if (worker) return worker;
    const created = new Worker(workerFile);
    created.on('message', (reply: ExportJobReply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      if (pending.size === 0) created.unref();
      if (reply.ok) job.resolve(new Uint8Array(reply.bytes));
      else job.reject(toAppError(reply.code, reply.params));
    });
    created.on('error', failAll);
    created.on('exit', (code) => {
      if (pending.size > 0) failAll(new Error(`export worker exited with ${code}`));
      worker = null;
    });
    worker = created;
    return created;
  };

  return {
    run: (name, input) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        // Held while it has work, so the process waits for the document; an idle worker never keeps it alive.
        const running = started();
        running.ref();
        running.postMessage({ id, name, input });
      }),
    close: async () => {
      const running = worker;
      worker = null;
      if (running) await running.terminate();
    },
  };
}
