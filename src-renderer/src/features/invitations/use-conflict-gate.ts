// Saving behind a conflict check: check first; with warnings, wait for the user to go on or go back.
import { useState } from 'react';
import type { InvitationConflict } from '../../../../src-main/domain/invitation-conflicts';
import { useSubmit } from '../../ui/use-submit';

export interface ConflictGate<T> {
  /** Warnings waiting for the user's decision, or null. */
  pending: { value: T; conflicts: InvitationConflict[] } | null;
  busy: boolean;
  failure: string | null;
  submit(value: T): Promise<void>;
  proceed(): Promise<void>;
  back(): void;
}

export function useConflictGate<T>(check: (value: T) => Promise<InvitationConflict[]>, save: (value: T) => Promise<void>): ConflictGate<T> {
  const [pending, setPending] = useState<ConflictGate<T>['pending']>(null);
  const { saving: busy, failure, run: attempt } = useSubmit();

  return {
    pending,
    busy,
    failure,
    submit: (value) =>
      attempt(async () => {
        const conflicts = await check(value);
        if (conflicts.length > 0) setPending({ value, conflicts });
        else await save(value);
      }),
    proceed: () =>
      attempt(async () => {
        if (pending) await save(pending.value);
      }),
    back: () => setPending(null),
  };
}
