// Remembers which group the facilitator has open, across reloads and restarts of the window.
import { useCallback, useState } from 'react';
import type { GroupSummary } from '../../../../src-main/domain/model';
import { chooseCurrentGroup } from './group-order';

const STORAGE_KEY = 'netvaerk.currentGroupId';

/** The group last open in this window, if any. */
export function readRememberedGroupId(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function remember(groupId: string | null): void {
  try {
    if (groupId === null) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, groupId);
  } catch {
    // Storage may be disabled; the choice then lasts only for this window.
  }
}

export function useCurrentGroup(groups: readonly GroupSummary[] | undefined) {
  const [preferredId, setPreferredId] = useState<string | null>(readRememberedGroupId);
  const current = chooseCurrentGroup(groups ?? [], preferredId);
  const select = useCallback((groupId: string | null) => {
    setPreferredId(groupId);
    remember(groupId);
  }, []);
  return { current, select };
}
