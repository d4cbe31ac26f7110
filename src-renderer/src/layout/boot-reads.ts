// The first screen's reads, sent as soon as the page's script runs: the status and the groups at once, and the shown
// group's dashboard the moment the groups are in, while React is still drawing the shell. The views take these answers
// instead of asking again (early-reads.ts); on a slower machine this saved the wait for the page's first render and
// the host's opening of the shown group during the next one (docs/PERFORMANCE.md).
import type { ApiClient } from '../api-client';
import { sendEarlyRead } from '../early-reads';
import { dashboardInput } from '../features/dashboard/use-dashboard';
import { chooseCurrentGroup } from '../features/groups/group-order';
import { readRememberedGroupId } from '../features/groups/use-current-group';
import { GROUPS_LIST_INPUT } from '../features/groups/use-groups';
import { presenterRoute } from '../features/live-meeting/presenter-route';
import { APP_STATUS_INPUT } from '../features/workspace/use-app-status';

const ignore = () => undefined;

export function sendBootReads(api: ApiClient, hash: string): void {
  // The projector's page shows one meeting and asks for nothing of this.
  if (presenterRoute(hash)) return;
  sendEarlyRead(api, 'app.status', APP_STATUS_INPUT).catch(ignore);
  sendEarlyRead(api, 'groups.list', GROUPS_LIST_INPUT).then((groups) => {
    const shown = chooseCurrentGroup(groups, readRememberedGroupId());
    if (shown) sendEarlyRead(api, 'groups.dashboard', dashboardInput(shown.id)).catch(ignore);
  }, ignore);
}
