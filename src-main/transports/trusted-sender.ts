// Decides whether an IPC call comes from our own page: the main frame of our window, showing our app's URL.
// Kept free of Electron so it can be tested with plain objects.
import { isAppUrl } from '../security/app-origin';

export interface FrameLike {
  readonly url: string;
}

export interface SenderCheck {
  /** event.senderFrame: null when the frame is gone or navigated away. */
  senderFrame: FrameLike | null | undefined;
  /** Our window's webContents.mainFrame, or null when there is no window. */
  mainFrame: FrameLike | null | undefined;
  appBase: string;
}

export function isTrustedSender({ senderFrame, mainFrame, appBase }: SenderCheck): boolean {
  if (!senderFrame || !mainFrame) return false;
  // Identity, not URL equality: a sub-frame or another window showing the same URL is not our main frame.
  if (senderFrame !== mainFrame) return false;
  return isAppUrl(senderFrame.url, appBase);
}
