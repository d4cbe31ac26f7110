// The exports heavy enough to run off the main process's event loop, by name, so a worker can run one from a message.
import { buildMinutesDocx, type MinutesExportInput } from './minutes-docx';
import { buildMinutesOnLetterhead, type LetterheadExtras } from './letterhead';

export const EXPORT_JOBS = {
  minutesDocx: (input: MinutesExportInput) => buildMinutesDocx(input),
  minutesOnLetterhead: ({ template, input, extras }: { template: Uint8Array; input: MinutesExportInput; extras?: LetterheadExtras }) =>
    buildMinutesOnLetterhead(template, input, extras),
};

export type ExportJobName = keyof typeof EXPORT_JOBS;
export type ExportJobInput<Name extends ExportJobName> = Parameters<(typeof EXPORT_JOBS)[Name]>[0];

export interface ExportJobRequest {
  id: number;
  name: ExportJobName;
  input: unknown;
}

export type ExportJobReply =
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: false; code: string; params: Record<string, string | number> };
