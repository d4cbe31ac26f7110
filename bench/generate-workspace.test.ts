// The benchmark's workspace is the size issue 6 names, valid against the current schema, and the same on every run.
import { describe, expect, it } from 'vitest';
import { workspaceSchema } from '../src-main/domain/model';
import { encodeWorkspace } from '../src-main/store/workspace-codec';
import { generateWorkspace, TWENTY_YEARS } from './generate-workspace';

describe('generateWorkspace', () => {
  const workspace = generateWorkspace(1);

  it('holds twenty years of one group: 80 meetings with agendas and minutes, 400 members, 5,000 speakers, 2,000 invitations and actions', () => {
    expect(workspace.meetings).toHaveLength(80);
    expect(workspace.meetings.every((meeting) => meeting.agenda.length > 0 && meeting.minutes !== undefined)).toBe(true);
    expect(workspace.members).toHaveLength(TWENTY_YEARS.members);
    expect(workspace.speakers).toHaveLength(5000);
    expect(workspace.invitations).toHaveLength(2000);
    expect(workspace.actions).toHaveLength(2000);
  });

  it('is valid data of the current schema version, and about 5 MB as the store writes it', () => {
    const parsed = workspaceSchema.safeParse(workspace);
    expect(parsed.success).toBe(true);
    const megabytes = encodeWorkspace(workspace).length / 1024 ** 2;
    expect(megabytes).toBeGreaterThan(4);
    expect(megabytes).toBeLessThan(6);
  });

  it('is the same for the same seed and differs between seeds', () => {
    expect(JSON.stringify(generateWorkspace(1))).toBe(JSON.stringify(workspace));
    expect(generateWorkspace(2).speakers[0]).not.toEqual(workspace.speakers[0]);
  });
});
