// The shape of `window.netvaerk`, shared by the preload (which builds it) and the renderer (which calls it). Types only.
import type { AppEvent } from '../domain/views';
import type { ApiReply } from './envelope';

export interface NetvaerkBridge {
  invoke(method: string, input: unknown): Promise<ApiReply>;
  /** Subscribes to change events; returns the function that unsubscribes. */
  on(listener: (event: AppEvent) => void): () => void;
}
