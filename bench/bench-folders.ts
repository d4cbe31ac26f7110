// Throwaway folders for the benchmarks, on the disk the measurements are meant for (os.tmpdir() unless --dir is given).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Workspace } from '../src-main/domain/model';
import { encodeWorkspace } from '../src-main/store/workspace-codec';

export interface BenchFolders {
  /** A new empty folder under the bench root. */
  make(label: string): Promise<string>;
  /** A folder holding the given workspaces as group files, written as the store writes them. */
  withWorkspaces(label: string, workspaces: readonly Workspace[]): Promise<string>;
  removeAll(): Promise<void>;
}

export async function benchFolders(root = os.tmpdir()): Promise<BenchFolders> {
  const base = await mkdtemp(path.join(root, 'netvaerk-bench-'));
  let counter = 0;
  const make = async (label: string) => mkdtemp(path.join(base, `${label}-${(counter += 1)}-`));
  return {
    make,
    withWorkspaces: async (label, workspaces) => {
      const folder = await make(label);
      for (const [index, workspace] of workspaces.entries()) {
        await writeFile(path.join(folder, `gruppe-${index + 1}.json`), encodeWorkspace(workspace));
      }
      return folder;
    },
    removeAll: () => rm(base, { recursive: true, force: true }),
  };
}
