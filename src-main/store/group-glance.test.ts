// Listing a group from a glance at its file must give exactly the summary its opening gives, and its dashboard exactly
// the group and meetings, or nothing at all.
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../bench/generate-workspace';
import { workspaceSchema, type Workspace } from '../domain/model';
import { buildDashboard, summarizeGroup } from '../domain/summaries';
import { glanceAtGroup } from './group-glance';
import { encodeWorkspace } from './workspace-encoding';

const workspace = workspaceSchema.parse(generateWorkspace(3, { years: 3, members: 14, speakers: 25, invitations: 6, actions: 6 }));
// A day inside the generated years, so the next meeting and the current members both depend on it.
const today = workspace.meetings[5]!.date;
const text = (value: Workspace) => Buffer.from(encodeWorkspace(value)).toString('utf8');

const glanceSummary = (...args: Parameters<typeof glanceAtGroup>) => glanceAtGroup(...args)?.summary ?? null;

describe('glanceAtGroup', () => {
  it('gives the summary of the opened group, speakers counted without parsing them', () => {
    expect(glanceSummary(encodeWorkspace(workspace), 'netvaerk.json', today, true)).toEqual(summarizeGroup(workspace, 'netvaerk.json', today));
    const empty = { ...workspace, speakers: [], meetings: [] };
    expect(glanceSummary(encodeWorkspace(empty), 'tom.json', today, true)).toEqual(summarizeGroup(empty, 'tom.json', today));
  });

  it("gives the opened group's own group and meetings, so its dashboard is the same from either", () => {
    const glance = glanceAtGroup(encodeWorkspace(workspace), 'netvaerk.json', today, true)!;
    expect(glance.group).toEqual(workspace.group);
    expect(glance.meetings).toEqual(workspace.meetings);
    const summary = summarizeGroup(workspace, 'netvaerk.json', today);
    expect(buildDashboard(glance, glance.summary, today)).toEqual(buildDashboard(workspace, summary, today));
    expect(glanceAtGroup(encodeWorkspace(workspace), 'netvaerk.json', today, false)).toEqual(glance);
  });

  it('gives nothing for a file in another layout, of another version, or missing a part', () => {
    expect(glanceSummary(Buffer.from(JSON.stringify(workspace)), 'x.json', today, true)).toBeNull();
    expect(glanceSummary(Buffer.from(text(workspace).replace(/"schemaVersion": \d+/, '"schemaVersion": 3')), 'x.json', today, true)).toBeNull();
    const { meetings: _meetings, ...withoutMeetings } = workspace;
    expect(glanceSummary(encodeWorkspace(withoutMeetings), 'x.json', today, true)).toBeNull();
  });

  it('validates the parts it reads from bytes not validated before, and gives nothing when one is not valid', () => {
    expect(glanceSummary(encodeWorkspace(workspace), 'netvaerk.json', today, false)).toEqual(summarizeGroup(workspace, 'netvaerk.json', today));
    const [first, ...others] = workspace.members;
    // A date the summary reads (has this member left?) that is not a date: taken on trust, it would be counted.
    const leftOnNoDay = encodeWorkspace({ ...workspace, members: [{ ...first!, left: 'før jul' }, ...others] });
    expect(glanceSummary(leftOnNoDay, 'x.json', today, true)).not.toBeNull();
    expect(glanceSummary(leftOnNoDay, 'x.json', today, false)).toBeNull();
    const unnamed = encodeWorkspace({ ...workspace, group: { ...workspace.group, name: 42 as unknown as string } });
    expect(glanceSummary(unnamed, 'x.json', today, false)).toBeNull();
    const meetingAtNoTime = encodeWorkspace({ ...workspace, meetings: [{ ...workspace.meetings[0]!, startTime: 'morgen' }] });
    expect(glanceSummary(meetingAtNoTime, 'x.json', today, false)).toBeNull();
  });

  it('gives nothing when the speakers are not one record to a line block, rather than a wrong count', () => {
    const [first, second] = workspace.speakers;
    const squeezed = text({ ...workspace, speakers: [first!, second!] }).replace(
      /"speakers": \[[\s\S]*?\n {2}\]/,
      `"speakers": [\n    ${JSON.stringify(first)}, ${JSON.stringify(second)}\n  ]`,
    );
    expect(JSON.parse(squeezed).speakers).toHaveLength(2);
    expect(glanceSummary(Buffer.from(squeezed), 'x.json', today, true)).toBeNull();
  });
});
