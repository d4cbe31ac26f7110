// The live steps as the screen calls them: each answers with the fresh live screen, which replaces the shown one.
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf, MethodName, ResultOf } from '../../../../src-main/api/contract';
import type { LiveView } from '../../../../src-main/api/operations/live';
import { useApi } from '../../api-context';
import { notifyFailure } from '../../ui/notify';

type ViewMethod = { [M in MethodName]: ResultOf<M> extends LiveView ? (M extends `live.${string}` ? M : never) : never }[MethodName];
type ExtraInput<M extends ViewMethod> = Omit<InputOf<M>, 'groupId' | 'meetingId'>;

export interface MeetingRef {
  groupId: string;
  meetingId: string;
}

export function useLiveCommands(ref: MeetingRef, onView: (view: LiveView) => void) {
  const api = useApi();
  const { t } = useTranslation();
  // One step at a time: a key held or pressed twice quickly must not skip two items.
  const busy = useRef(false);
  const run = useCallback(
    async <M extends ViewMethod>(method: M, extra: ExtraInput<M>): Promise<boolean> => {
      if (busy.current) return false;
      busy.current = true;
      try {
        const call = api.call as (method: M, input: InputOf<M>) => Promise<LiveView>;
        onView(await call(method, { ...ref, ...extra } as InputOf<M>));
        return true;
      } catch (error) {
        notifyFailure(t, error);
        return false;
      } finally {
        busy.current = false;
      }
    },
    [api, ref, onView, t],
  );
  return useMemo(() => ({ run }), [run]);
}
