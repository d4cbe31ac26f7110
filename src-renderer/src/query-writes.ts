// Writes that show their own result. A command's reply already holds what it changed (the saved member, the deleted
// speaker), so the views that list it apply it at once instead of waiting for the change event and a refetch of the
// whole list. The reply comes only once the change is durable (the store answers after its write), so nothing is shown
// as saved before it is. The change event that follows names the records it touched; a view that has applied exactly
// those records skips its refetch, and any other change (another window's, a merge) still refetches.
import { useCallback } from 'react';
import type { InputOf, MethodName, ResultOf } from '../../src-main/api/contract';
import type { WorkspaceChanges, WorkspacePart } from '../../src-main/domain/workspace-changes';
import type { ApiClient } from './api-client';
import { useApi } from './api-context';

/** A mounted query, as the write registry sees it. */
export interface QueryHandle {
  method: MethodName;
  key: string;
  /** Applies a write's result to the query's data and remembers the records it now shows as the write left them. */
  apply(update: (data: unknown) => unknown, changes: WorkspaceChanges): void;
}

interface Registry {
  queries: Set<QueryHandle>;
  /** Per group, the writes still waiting for their reply: a change event for that group waits for them to settle. */
  inFlight: Map<string, Set<Promise<unknown>>>;
}

const registries = new WeakMap<ApiClient, Registry>();

export function registryOf(api: ApiClient): Registry {
  let registry = registries.get(api);
  if (!registry) {
    registry = { queries: new Set(), inFlight: new Map() };
    registries.set(api, registry);
  }
  return registry;
}

/** Resolves once every write to `groupId` in flight now has settled (and applied its result). */
export function writesSettled(api: ApiClient, groupId: string): Promise<void> | null {
  const pending = registryOf(api).inFlight.get(groupId);
  if (!pending || pending.size === 0) return null;
  return Promise.allSettled([...pending]).then(() => undefined);
}

/** One query's data changed by a write's result: which query, how, and which records it then shows as written. */
export interface QueryPatch {
  method: MethodName;
  key: string;
  update: (data: unknown) => unknown;
  changes: WorkspaceChanges;
}

/** A patch of the query `method` with `input`, typed from the contract. */
export function patchQuery<M extends MethodName>(
  method: M,
  input: InputOf<M>,
  update: (data: ResultOf<M>) => ResultOf<M>,
  changes: WorkspaceChanges,
): QueryPatch {
  return { method, key: JSON.stringify(input), update: update as (data: unknown) => unknown, changes };
}

/**
 * Runs a write to one group and applies the patches its result gives to every mounted query they name, before the
 * caller goes on (so a dialog closes in the same frame that shows the new row). A failed write applies nothing.
 */
export function useWriteThrough() {
  const api = useApi();
  return useCallback(
    async <Result>(groupId: string, write: () => Promise<Result>, patches: (result: Result) => QueryPatch[]): Promise<Result> => {
      const registry = registryOf(api);
      const pending = registry.inFlight.get(groupId) ?? new Set<Promise<unknown>>();
      registry.inFlight.set(groupId, pending);
      // Registered before the call is sent: its change event may arrive before its reply, even before `write` returns.
      let release = () => undefined as void;
      const settled = new Promise<void>((resolve) => (release = resolve));
      pending.add(settled);
      try {
        const result = await write();
        for (const patch of patches(result)) {
          for (const query of registry.queries) if (query.method === patch.method && query.key === patch.key) query.apply(patch.update, patch.changes);
        }
        return result;
      } finally {
        pending.delete(settled);
        release();
      }
    },
    [api],
  );
}

/** Records of one part a query shows as a write left them, until the change event that names them arrives. */
export type AppliedRecords = Map<WorkspacePart, Set<string>>;

export function rememberApplied(applied: AppliedRecords, changes: WorkspaceChanges): void {
  for (const [part, ids] of Object.entries(changes) as [WorkspacePart, string[]][]) {
    const known = applied.get(part) ?? new Set<string>();
    for (const id of ids) known.add(id);
    applied.set(part, known);
  }
}

/**
 * True when every record the event names in `parts` is one the query already shows as written: its refetch would
 * bring nothing new. Takes those records off the list either way, so a later change to them refetches again.
 */
export function alreadyApplied(applied: AppliedRecords, changes: WorkspaceChanges | undefined, parts: readonly WorkspacePart[]): boolean {
  if (changes === undefined) {
    applied.clear();
    return false;
  }
  let covered = true;
  for (const part of parts) {
    const ids = changes[part];
    if (ids === undefined) continue;
    const known = applied.get(part);
    for (const id of ids) {
      if (known?.has(id)) known.delete(id);
      else covered = false;
    }
  }
  return covered;
}

/** A list's record replaced in place by id, or added at the end as the store adds it. */
export function upsertById<Item extends { id: string }>(list: readonly Item[], item: Item): Item[] {
  const index = list.findIndex((candidate) => candidate.id === item.id);
  return index === -1 ? [...list, item] : list.map((candidate, at) => (at === index ? item : candidate));
}

export function removeById<Item extends { id: string }>(list: readonly Item[], id: string): Item[] {
  return list.filter((candidate) => candidate.id !== id);
}
