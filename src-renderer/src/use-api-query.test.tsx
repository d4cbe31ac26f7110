// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { Member } from '../../src-main/domain/model';
import { ApiProvider } from './api-context';
import { patchQuery, upsertById, useWriteThrough } from './query-writes';
import { sendEarlyRead } from './early-reads';
import { createFakeApi } from './test-support/fake-api';
import { groupParts, useApiQuery } from './use-api-query';

const anne: Member = { id: 'm-1', name: 'Anne', email: '', phone: '', employments: [], notes: '' };
const bo: Member = { id: 'm-2', name: 'Bo', email: '', phone: '', employments: [], notes: '' };
const carl: Member = { id: 'm-3', name: 'Carl', email: '', phone: '', employments: [], notes: '' };

/** A roster the fake main process holds; `create` adds to it and, like the store, announces the change first. */
function setup() {
  let roster: Member[] = [anne];
  const api = createFakeApi({
    'members.list': () => [...roster],
    'members.create': () => {
      roster = [...roster, bo];
      api.emit({ type: 'groupChanged', groupId: 'g', changes: { members: [bo.id] } });
      return bo;
    },
  });
  const wrapper = ({ children }: { children: ReactNode }) => <ApiProvider api={api}>{children}</ApiProvider>;
  const hook = renderHook(
    () => ({ members: useApiQuery('members.list', { groupId: 'g' }, groupParts('g', 'members')), writeThrough: useWriteThrough() }),
    { wrapper },
  );
  const listCalls = () => api.calls.filter((call) => call.method === 'members.list').length;
  const setRoster = (next: Member[]) => (roster = next);
  return { api, hook, listCalls, setRoster };
}

describe('useApiQuery with write-through', () => {
  it("shows a write's result at once and skips the refetch its own change event would cause", async () => {
    const { api, hook, listCalls } = setup();
    await waitFor(() => expect(hook.result.current.members.data).toEqual([anne]));
    await act(() =>
      hook.result.current.writeThrough(
        'g',
        () => api.call('members.create', { groupId: 'g', member: { name: 'Bo', email: '', phone: '', title: '', organisation: '', sector: 'region', notes: '' } }),
        (member) => [patchQuery('members.list', { groupId: 'g' }, (list) => upsertById(list, member), { members: [member.id] })],
      ),
    );
    expect(hook.result.current.members.data).toEqual([anne, bo]);
    expect(listCalls()).toBe(1);
  });

  it('refetches for a change to a record it has not applied, and not for a change to another part', async () => {
    const { api, hook, listCalls, setRoster } = setup();
    await waitFor(() => expect(listCalls()).toBe(1));
    act(() => api.emit({ type: 'groupChanged', groupId: 'g', changes: { speakers: ['s-1'] } }));
    act(() => api.emit({ type: 'groupChanged', groupId: 'other', changes: { members: ['m-9'] } }));
    expect(listCalls()).toBe(1);
    setRoster([anne, carl]);
    act(() => api.emit({ type: 'groupChanged', groupId: 'g', changes: { members: [carl.id] } }));
    await waitFor(() => expect(hook.result.current.members.data).toEqual([anne, carl]));
    // A change that names nothing (a merge of another device's file) may have changed anything.
    act(() => api.emit({ type: 'groupChanged', groupId: 'g' }));
    expect(listCalls()).toBe(3);
  });

  it('keeps the same data object when a reload brings back equal data', async () => {
    const { api, hook, listCalls } = setup();
    await waitFor(() => expect(hook.result.current.members.data).toEqual([anne]));
    const before = hook.result.current.members.data;
    act(() => api.emit({ type: 'groupChanged', groupId: 'g', changes: { members: [anne.id] } }));
    await waitFor(() => expect(listCalls()).toBe(2));
    await act(async () => undefined);
    expect(hook.result.current.members.data).toBe(before);
  });

  it('asks again when a reload sent before the write was durable is still on its way, so it cannot hide the written row', async () => {
    let roster: Member[] = [anne];
    let releaseSlow = () => undefined as void;
    let slow = false;
    const api = createFakeApi({
      'members.list': () => (slow ? new Promise<Member[]>((resolve) => (releaseSlow = () => resolve([anne]))) : [...roster]) as unknown as Member[],
      'members.create': () => {
        roster = [...roster, bo];
        return bo;
      },
    });
    const wrapper = ({ children }: { children: ReactNode }) => <ApiProvider api={api}>{children}</ApiProvider>;
    const hook = renderHook(() => ({ members: useApiQuery('members.list', { groupId: 'g' }, groupParts('g', 'members')), writeThrough: useWriteThrough() }), { wrapper });
    await waitFor(() => expect(hook.result.current.members.data).toEqual([anne]));
    slow = true;
    act(() => hook.result.current.members.reload());
    slow = false;
    await act(() =>
      hook.result.current.writeThrough('g', () => api.call('members.create', { groupId: 'g', member: { name: 'Bo', email: '', phone: '', title: '', organisation: '', sector: 'region', notes: '' } }), (member) => [
        patchQuery('members.list', { groupId: 'g' }, (list) => upsertById(list, member), { members: [member.id] }),
      ]),
    );
    await act(async () => releaseSlow());
    expect(hook.result.current.members.data).toEqual([anne, bo]);
  });

  it('shows the first of two reloads as soon as it is in, and never an older answer after a newer one', async () => {
    const waiting: ((members: Member[]) => void)[] = [];
    let first = true;
    const api = createFakeApi({
      'members.list': () => {
        if (first) {
          first = false;
          return [anne];
        }
        return new Promise<Member[]>((resolve) => waiting.push(resolve)) as unknown as Member[];
      },
    });
    const wrapper = ({ children }: { children: ReactNode }) => <ApiProvider api={api}>{children}</ApiProvider>;
    const hook = renderHook(() => useApiQuery('members.list', { groupId: 'g' }, groupParts('g', 'members')), { wrapper });
    await waitFor(() => expect(hook.result.current.data).toEqual([anne]));

    // One write, two events a moment apart: two reloads on their way.
    act(() => api.emit({ type: 'groupChanged', groupId: 'g', changes: { members: [bo.id] } }));
    act(() => api.emit({ type: 'groupChanged', groupId: 'g' }));
    expect(waiting).toHaveLength(2);
    await act(async () => waiting[0]!([anne, bo]));
    expect(hook.result.current.data).toEqual([anne, bo]);
    await act(async () => waiting[1]!([anne, bo, carl]));
    expect(hook.result.current.data).toEqual([anne, bo, carl]);

    // Two more, the newer answered first: the older, slower one is dropped.
    act(() => api.emit({ type: 'groupChanged', groupId: 'g' }));
    act(() => api.emit({ type: 'groupChanged', groupId: 'g' }));
    await act(async () => waiting[3]!([carl]));
    await act(async () => waiting[2]!([anne]));
    expect(hook.result.current.data).toEqual([carl]);
  });

  it('shows nothing from before when the input comes back before the other input was answered', async () => {
    // As on the agenda tab: meeting A, then B, then A again while B's answer is still on its way. A's first answer
    // predates the edits saved when A was left; an editor drawn from it would save the old items over them.
    let rosterOfG: Member[] = [anne];
    const pending: (() => void)[] = [];
    const api = createFakeApi({
      'members.list': (input) => {
        const answer = (input as { groupId: string }).groupId === 'g' ? [...rosterOfG] : [bo];
        return (api.calls.length === 1 ? answer : new Promise<Member[]>((resolve) => pending.push(() => resolve(answer)))) as unknown as Member[];
      },
    });
    const wrapper = ({ children }: { children: ReactNode }) => <ApiProvider api={api}>{children}</ApiProvider>;
    const hook = renderHook(({ groupId }) => useApiQuery('members.list', { groupId }, groupParts(groupId, 'members')), { wrapper, initialProps: { groupId: 'g' } });
    await waitFor(() => expect(hook.result.current.data).toEqual([anne]));

    rosterOfG = [anne, carl];
    hook.rerender({ groupId: 'h' });
    hook.rerender({ groupId: 'g' });
    expect(hook.result.current).toMatchObject({ data: undefined, loading: true });
    await act(async () => pending.forEach((release) => release()));
    expect(hook.result.current).toMatchObject({ data: [anne, carl], loading: false });
  });

  it("never shows a reload decided for the previous input, nor one asked before a value it was given", async () => {
    let releaseWrite = () => undefined as void;
    const api = createFakeApi({
      'members.list': (input) => ((input as { groupId: string }).groupId === 'g' ? [anne] : [bo]),
      'members.create': () => new Promise<Member>((resolve) => (releaseWrite = () => resolve(carl))) as unknown as Member,
    });
    const wrapper = ({ children }: { children: ReactNode }) => <ApiProvider api={api}>{children}</ApiProvider>;
    const hook = renderHook(({ groupId }) => ({ members: useApiQuery('members.list', { groupId }, groupParts('g', 'members')), writeThrough: useWriteThrough() }), {
      wrapper,
      initialProps: { groupId: 'g' },
    });
    await waitFor(() => expect(hook.result.current.members.data).toEqual([anne]));

    // A change event while a write to the group is on its way: the reload it may need is decided once the write is in.
    let written: Promise<Member> = Promise.resolve(carl);
    act(() => {
      written = hook.result.current.writeThrough('g', () => api.call('members.create', { groupId: 'g', member: { name: 'Carl', email: '', phone: '', title: '', organisation: '', sector: 'region', notes: '' } }), () => []);
    });
    act(() => api.emit({ type: 'groupChanged', groupId: 'g', changes: { members: [carl.id] } }));
    hook.rerender({ groupId: 'h' });
    await waitFor(() => expect(hook.result.current.members.data).toEqual([bo]));
    await act(async () => {
      releaseWrite();
      await written;
    });
    await act(async () => undefined);
    expect(hook.result.current.members.data).toEqual([bo]);

    // A value set by hand is not taken back by a reload asked before it.
    let releaseReload = () => undefined as void;
    const slowApi = createFakeApi({ 'members.list': () => new Promise<Member[]>((resolve) => (releaseReload = () => resolve([anne]))) as unknown as Member[] });
    const slow = renderHook(() => useApiQuery('members.list', { groupId: 'g' }, groupParts('g', 'members')), {
      wrapper: ({ children }: { children: ReactNode }) => <ApiProvider api={slowApi}>{children}</ApiProvider>,
    });
    act(() => slow.result.current.replace([carl]));
    await act(async () => releaseReload());
    expect(slow.result.current.data).toEqual([carl]);
  });
});

describe('useApiQuery and the early reads', () => {
  it('shows an answer sent before it was drawn instead of asking again, and asks itself after a change', async () => {
    let roster: Member[] = [anne];
    const api = createFakeApi({ 'members.list': () => [...roster] });
    void sendEarlyRead(api, 'members.list', { groupId: 'g' });
    roster = [anne, bo];
    const wrapper = ({ children }: { children: ReactNode }) => <ApiProvider api={api}>{children}</ApiProvider>;
    const hook = renderHook(() => useApiQuery('members.list', { groupId: 'g' }, groupParts('g', 'members')), { wrapper });
    await waitFor(() => expect(hook.result.current.data).toEqual([anne]));
    expect(api.calls).toHaveLength(1);
    act(() => api.emit({ type: 'groupChanged', groupId: 'g', changes: { members: [bo.id] } }));
    await waitFor(() => expect(hook.result.current.data).toEqual([anne, bo]));
    expect(api.calls).toHaveLength(2);
  });
});
