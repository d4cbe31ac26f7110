// Going somewhere from anywhere: a group's tab, and optionally something to open there (a form, a record, a meeting's
// minutes). The command palette asks; the app root chooses the group, the group page the tab, and the page the rest.
// A request waits until the page that can fulfil it is shown (pages load lazily), and is taken by that page once.
import { useEffect, useLayoutEffect, useRef } from 'react';

export type NavigationIntent =
  | { kind: 'newMeeting' }
  | { kind: 'planYear' }
  | { kind: 'openMeeting'; meetingId: string }
  | { kind: 'openMinutes'; meetingId: string }
  | { kind: 'newMember' }
  | { kind: 'openMember'; memberId: string }
  | { kind: 'openSpeaker'; speakerId: string }
  | { kind: 'newInvitation' }
  | { kind: 'showAction'; actionId: string };

export interface Destination {
  groupId: string;
  /** A tab of the group page (see layout/group-sections.ts). */
  section: string;
  intent?: NavigationIntent;
}

type Listener = (destination: Destination) => void;

const listeners = new Set<Listener>();
let pending: (Destination & { at: number }) | null = null;
/** A request no page took within this time is dropped, so opening that tab much later does not act on it. */
const PENDING_FOR_MS = 10_000;

export function navigateTo(destination: Destination): void {
  pending = destination.intent ? { ...destination, at: Date.now() } : null;
  for (const listener of [...listeners]) listener(destination);
}

/** Calls `listener` on every navigation request (the app root and the group page follow them). */
export function useNavigation(listener: Listener): void {
  const latest = useRef(listener);
  useLayoutEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    const forward: Listener = (destination) => latest.current(destination);
    listeners.add(forward);
    return () => {
      listeners.delete(forward);
    };
  }, []);
}

type IntentKind = NavigationIntent['kind'];

/**
 * Hands a page the requests meant for it: those for `groupId` whose intent is one of `kinds`, whether asked before the
 * page was shown or while it is. Each request is handled once.
 */
export function useNavigationIntent<K extends IntentKind>(groupId: string, kinds: readonly K[], handle: (intent: Extract<NavigationIntent, { kind: K }>) => void): void {
  const latest = useRef(handle);
  useLayoutEffect(() => {
    latest.current = handle;
  });
  const kindsKey = kinds.join(' ');
  useEffect(() => {
    const wanted = kindsKey.split(' ');
    const take = () => {
      const request = pending;
      if (request && Date.now() - request.at > PENDING_FOR_MS) pending = null;
      if (!request?.intent || !pending || request.groupId !== groupId || !wanted.includes(request.intent.kind)) return;
      pending = null;
      latest.current(request.intent as Extract<NavigationIntent, { kind: K }>);
    };
    take();
    listeners.add(take);
    return () => {
      listeners.delete(take);
    };
  }, [groupId, kindsKey]);
}
