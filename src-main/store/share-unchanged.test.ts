import { describe, expect, it } from 'vitest';
import type { Workspace } from '../domain/model';
import { sameJson } from '../domain/same-json';
import { shareUnchanged } from './share-unchanged';

const member = (id: string, name: string) => ({ id, name, email: `${id}@example.dk`, employments: [] });

function workspace(members: ReturnType<typeof member>[], groupName = 'CIO Øst'): Workspace {
  return { schemaVersion: 4, group: { id: 'g1', name: groupName }, members, speakers: [], meetings: [] } as unknown as Workspace;
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('shareUnchanged', () => {
  it('keeps the objects in use for equal parts and records, and takes the backup’s where they differ', () => {
    const current = workspace([member('a', 'Anna'), member('b', 'Bo'), member('c', 'Carl')]);
    const backup = copy(workspace([member('a', 'Anna'), member('b', 'Bodil')]));
    const shared = shareUnchanged(current, backup);
    expect(sameJson(shared, backup)).toBe(true);
    expect(shared.group).toBe(current.group);
    expect(shared.members[0]).toBe(current.members[0]);
    expect(shared.members[1]).toBe(backup.members[1]);
    expect(shared.members).toHaveLength(2);
    expect(shared.speakers).toBe(current.speakers);
  });

  it('keeps a whole list when every record is equal and in the same order, not when the order differs', () => {
    const current = workspace([member('a', 'Anna'), member('b', 'Bo')]);
    expect(shareUnchanged(current, copy(current)).members).toBe(current.members);
    const reordered = copy(workspace([member('b', 'Bo'), member('a', 'Anna')]));
    const shared = shareUnchanged(current, reordered);
    expect(shared.members).not.toBe(current.members);
    expect(shared.members.map((one) => one.id)).toEqual(['b', 'a']);
    expect(shared.members[0]).toBe(current.members[1]);
  });

  it('takes a changed group and a record brought back', () => {
    const current = workspace([member('a', 'Anna')]);
    const backup = copy(workspace([member('a', 'Anna'), member('z', 'Zia')], 'CIO Vest'));
    const shared = shareUnchanged(current, backup);
    expect(shared.group).toBe(backup.group);
    expect(shared.members[1]).toBe(backup.members[1]);
  });
});
