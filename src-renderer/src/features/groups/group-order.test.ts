// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { GroupSummary } from '../../../../src-main/domain/model';
import { chooseCurrentGroup, partitionGroups } from './group-order';

const group = (id: string, name: string, archived = false): GroupSummary => ({
  id,
  name,
  archived,
  language: 'da',
  memberCount: 0,
  speakerCount: 0,
  nextMeetingDate: null,
  fileName: `${id}.json`,
});

const groups = [group('c', 'Øst'), group('a', 'Drift', true), group('b', 'CIO')];

describe('group order', () => {
  it('splits active and archived groups, each sorted by Danish name order', () => {
    const { active, archived } = partitionGroups([...groups, group('d', 'Ærø')]);
    expect(active.map((g) => g.name)).toEqual(['CIO', 'Ærø', 'Øst']);
    expect(archived.map((g) => g.id)).toEqual(['a']);
  });

  it('keeps the remembered group, archived or not, and falls back to the first active one', () => {
    expect(chooseCurrentGroup(groups, 'a')?.id).toBe('a');
    expect(chooseCurrentGroup(groups, 'gone')?.id).toBe('b');
    expect(chooseCurrentGroup(groups, null)?.id).toBe('b');
    expect(chooseCurrentGroup([group('a', 'Drift', true)], null)?.id).toBe('a');
    expect(chooseCurrentGroup([], 'a')).toBeNull();
  });
});
