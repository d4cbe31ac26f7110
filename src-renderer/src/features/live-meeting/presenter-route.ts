// The projector's page lives at #/present/<group>/<meeting>: a second browser page in the web host, a second window
// in the app. Kept apart from the page itself so the app's entry can check the address without loading it.
const PRESENTER_HASH = /^#\/present\/([A-Za-z0-9_-]{1,64})\/([A-Za-z0-9_-]{1,64})$/;

export interface PresenterRoute {
  groupId: string;
  meetingId: string;
}

export function presenterRoute(hash: string): PresenterRoute | null {
  const match = PRESENTER_HASH.exec(hash);
  return match ? { groupId: match[1] as string, meetingId: match[2] as string } : null;
}
