// The other devices that have the workspaces folder open, asked again every half minute: presence changes on other
// computers, so no local event announces it.
import { useEffect } from 'react';
import type { DevicePresence } from '../../../../src-main/domain/presence';
import { useApiQuery } from '../../use-api-query';

/** As often as the devices renew their heartbeat. */
export const PRESENCE_POLL_MS = 30_000;

export function useOtherDevices(pollMs = PRESENCE_POLL_MS): DevicePresence[] {
  const query = useApiQuery('presence.others', {}, (event) => event.type === 'groupsChanged');
  const { reload } = query;
  useEffect(() => {
    const timer = window.setInterval(reload, pollMs);
    return () => window.clearInterval(timer);
  }, [reload, pollMs]);
  return query.data ?? [];
}
