// Starts the real services on throwaway folders, as the web host would, for tests that go through dispatch.
import path from 'node:path';
import type { InputOf, MethodName, ResultOf } from '../api/contract';
import type { MinutesMeetingSummary } from '../api/operations/minutes';
import { createHeadlessHost } from '../host/headless-host';
import { makeTempDir, removeDir } from './temp-dirs';
import { createAppServices, type AppServices } from '../app/services';

export interface TestServices {
  services: AppServices;
  userDataDir: string;
  workspacesDir: string;
  restart(): Promise<AppServices>;
  dispose(): Promise<void>;
}

export async function startTestServices(): Promise<TestServices> {
  const root = await makeTempDir('services');
  const userDataDir = path.join(root, 'user-data');
  const workspacesDir = path.join(root, 'workspaces');
  const host = createHeadlessHost({ NETVAERK_SYSTEM_LANGUAGE: 'da' });
  const start = () => createAppServices({ userDataDir, workspacesFolderOverride: workspacesDir, host });
  const handle: TestServices = {
    services: await start(),
    userDataDir,
    workspacesDir,
    restart: async () => {
      await handle.services.shutdown();
      handle.services = await start();
      return handle.services;
    },
    dispose: async () => {
      await handle.services.shutdown();
      await removeDir(root);
    },
  };
  return handle;
}

/**
 * Calls one method through dispatch and returns its result; a refusal throws, carrying the API error as `apiError`.
 * Untyped, for tests that also send what the contract would not allow.
 */
export async function callOk<T>(services: AppServices, method: string, input: unknown): Promise<T> {
  const reply = await services.dispatch(method, input);
  if (!reply.ok) throw Object.assign(new Error(`${method} failed: ${JSON.stringify(reply.error)}`), { apiError: reply.error });
  return reply.result as T;
}

/** callOk with the contract's input and result types. */
export function typedCall<M extends MethodName>(services: AppServices, method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  return callOk<ResultOf<M>>(services, method, input);
}

/**
 * Fresh services with the demo group, for handler tests that work on its meetings: `meetings` are the four still to
 * come, in date order, none with minutes yet; `held` is last quarter's meeting, with its minutes, actions and themes.
 */
export async function startWithDemoGroup(): Promise<{ test: TestServices; groupId: string; meetings: MinutesMeetingSummary[]; held: MinutesMeetingSummary }> {
  const test = await startTestServices();
  const groupId = (await typedCall(test.services, 'groups.createDemo', { language: 'da' })).id;
  const all = await typedCall(test.services, 'minutes.meetings', { groupId });
  const held = all.find((meeting) => meeting.hasMinutes);
  if (!held) throw new Error('the demo group has no held meeting');
  return { test, groupId, meetings: all.filter((meeting) => !meeting.hasMinutes), held };
}
