// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { takeEarlyRead } from '../early-reads';
import { createFakeApi } from '../test-support/fake-api';
import { sampleGroupSummary } from '../test-support/sample-group';
import { sendBootReads } from './boot-reads';

const groups = [sampleGroupSummary({ id: 'b', name: 'Odense' }), sampleGroupSummary({ id: 'a', name: 'Esbjerg' })];

function setup() {
  return createFakeApi({ 'app.status': { error: { code: 'groupNotFound' } }, 'groups.list': groups, 'groups.dashboard': { error: { code: 'groupNotFound' } } });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the boot reads', () => {
  afterEach(() => window.localStorage.clear());

  it('asks for the status and the groups at once, then for the dashboard of the group the app will open on', async () => {
    const api = setup();
    sendBootReads(api, '');
    expect(api.calls.map((call) => call.method)).toEqual(['app.status', 'groups.list']);
    await settle();
    expect(api.calls[2]).toEqual({ method: 'groups.dashboard', input: { groupId: 'a' } });
    // Each is held for the view that asks the same, with the same input.
    expect(takeEarlyRead(api, 'groups.list', JSON.stringify({ includeArchived: true }))).toBeDefined();
    expect(takeEarlyRead(api, 'groups.dashboard', JSON.stringify({ groupId: 'a' }))).toBeDefined();
  });

  it('asks for the remembered group’s dashboard', async () => {
    window.localStorage.setItem('netvaerk.currentGroupId', 'b');
    const api = setup();
    sendBootReads(api, '');
    await settle();
    expect(api.calls[2]).toEqual({ method: 'groups.dashboard', input: { groupId: 'b' } });
  });

  it('asks for no dashboard when there is no group, and for nothing on the projector’s page', async () => {
    const empty = createFakeApi({ 'app.status': { error: { code: 'groupNotFound' } }, 'groups.list': [] });
    sendBootReads(empty, '');
    await settle();
    expect(empty.calls.map((call) => call.method)).toEqual(['app.status', 'groups.list']);
    const presenter = setup();
    sendBootReads(presenter, '#/present/g1/m1');
    await settle();
    expect(presenter.calls).toEqual([]);
  });
});
