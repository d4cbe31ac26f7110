// Where a save and an open of the large workspace spend their time, step by step, so a miss can be traced to a step:
// validation and encoding (whole, and as a save does them after one speaker changed), hashing; the strict UTF-8 check,
// JSON.parse and validation of an open.
import { isUtf8 } from 'node:buffer';
import { produce } from 'immer';
import { workspaceSchema, type Workspace } from '../src-main/domain/model';
import { deepFreeze } from '../src-main/store/deep-freeze';
import { validateChangedParts } from '../src-main/store/validate-changes';
import { contentHash, encodeWorkspace } from '../src-main/store/workspace-codec';
import { encodeWorkspacePieces } from '../src-main/store/workspace-encoding';
import { timeRepeated, type Timing } from './measure';

export interface StoreBreakdown {
  validate: Timing;
  validateOneSpeakerChanged: Timing;
  encodeWhole: Timing;
  encodeOneSpeakerChanged: Timing;
  encodeCompact: Timing;
  hash: Timing;
  utf8Check: Timing;
  jsonParse: Timing;
}

export async function benchStoreBreakdown(workspace: Workspace, runs: number): Promise<StoreBreakdown> {
  const bytes = encodeWorkspace(workspace);
  const text = new TextDecoder().decode(bytes);
  // As the store holds it: validated, deep-frozen, its encoding cached by the first save.
  const current = deepFreeze(workspaceSchema.parse(workspace));
  encodeWorkspacePieces(current);
  let edit = 0;
  const withOneSpeakerChanged = () =>
    produce(current, (draft) => {
      edit += 1;
      draft.speakers[(edit * 37) % draft.speakers.length]!.notes = `Ændret ${edit}`;
    });
  let fresh: Workspace = workspace;
  let edited: Workspace = current;
  const prepareEdit = () => {
    edited = deepFreeze(withOneSpeakerChanged());
  };
  return {
    validate: await timeRepeated(runs, () => workspaceSchema.safeParse(workspace)),
    validateOneSpeakerChanged: await timeRepeated(runs, () => validateChangedParts(current, edited), { between: prepareEdit }),
    // A workspace no save has encoded yet (nothing cached): the first save after opening a group.
    encodeWhole: await timeRepeated(runs, () => encodeWorkspace(fresh), {
      between: () => {
        fresh = deepFreeze(structuredClone(workspace));
      },
    }),
    encodeOneSpeakerChanged: await timeRepeated(runs, () => encodeWorkspacePieces(edited), { between: prepareEdit }),
    encodeCompact: await timeRepeated(runs, () => JSON.stringify(workspace)),
    hash: await timeRepeated(runs, () => contentHash(bytes)),
    utf8Check: await timeRepeated(runs, () => isUtf8(bytes)),
    jsonParse: await timeRepeated(runs, () => JSON.parse(text)),
  };
}
