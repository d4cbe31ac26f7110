import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, emptyWorkspaceCollections, type Meeting, type Workspace } from './model';
import { buildDashboard, localIsoDate, summarizeGroup } from './summaries';

function meeting(id: string, date: string, startTime = '09:00'): Meeting {
  return {
    id, date, startTime, endTime: '16:00', kind: 'fullDay', hostOrganisation: '', address: '', theme: '',
    siteTour: false, dinner: false, jointWithSisterGroup: false, status: 'planned', agenda: [],
  };
}

const workspace: Workspace = {
  ...emptyWorkspaceCollections(),
  schemaVersion: CURRENT_SCHEMA_VERSION,
  group: { id: 'g1', name: 'Drift', language: 'da', archived: false, createdAt: '2026-01-01T00:00:00Z', description: '' },
  members: [
    { id: 'm1', name: 'A', email: '', phone: '', employments: [], notes: '' },
    { id: 'm2', name: 'B', email: '', phone: '', employments: [], notes: '', left: '2026-05-01' },
  ],
  speakers: [],
  meetings: [meeting('late', '2027-03-09'), meeting('past', '2026-06-09'), meeting('today', '2026-11-25', '13:00'), meeting('today-early', '2026-11-25')],
};

describe('summaries', () => {
  it('counts only members who have not left', () => {
    const summary = summarizeGroup(workspace, 'drift.json', '2026-11-25');
    expect(summary).toMatchObject({ memberCount: 1, nextMeetingDate: '2026-11-25', fileName: 'drift.json' });
  });

  it('reports no next meeting when the year is not planned', () => {
    expect(summarizeGroup({ ...workspace, meetings: [] }, 'drift.json', '2026-11-25').nextMeetingDate).toBeNull();
  });

  it('builds a dashboard with at most four upcoming meetings', () => {
    const many = { ...workspace, meetings: Array.from({ length: 8 }, (_, i) => meeting(`m${i}`, `2027-0${i + 1}-01`)) };
    const dashboard = buildDashboard(many, summarizeGroup(many, 'x.json', '2026-11-25'), '2026-11-25');
    expect(dashboard.upcomingMeetings).toHaveLength(4);
  });

  it('takes today from the local calendar, not UTC', () => {
    expect(localIsoDate(new Date(2026, 11, 31, 23, 30))).toBe('2026-12-31');
  });
});
