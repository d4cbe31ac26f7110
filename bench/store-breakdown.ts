// Where a save and an open of the large workspace spend their time, step by step, so a miss can be traced to a step:
// whole-document validation, pretty-printed encoding and hashing on save; strict UTF-8, JSON.parse and validation on open.
import { workspaceSchema, type Workspace } from '../src-main/domain/model';
import { contentHash, encodeWorkspace } from '../src-main/store/workspace-codec';
import { timeRepeated, type Timing } from './measure';

export interface StoreBreakdown {
  validate: Timing;
  encode: Timing;
  encodeCompact: Timing;
  hash: Timing;
  utf8Decode: Timing;
  jsonParse: Timing;
}

export async function benchStoreBreakdown(workspace: Workspace, runs: number): Promise<StoreBreakdown> {
  const bytes = encodeWorkspace(workspace);
  const text = new TextDecoder().decode(bytes);
  const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
  return {
    validate: await timeRepeated(runs, () => workspaceSchema.safeParse(workspace)),
    encode: await timeRepeated(runs, () => encodeWorkspace(workspace)),
    encodeCompact: await timeRepeated(runs, () => JSON.stringify(workspace)),
    hash: await timeRepeated(runs, () => contentHash(bytes)),
    utf8Decode: await timeRepeated(runs, () => strictUtf8.decode(bytes)),
    jsonParse: await timeRepeated(runs, () => JSON.parse(text)),
  };
}
