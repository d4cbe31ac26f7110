// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleGroupSummary } from '../../test-support/sample-group';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { AllBackupsSection } from './all-backups-section';

const group = (id: string, name: string, archived = false) => sampleGroupSummary({ id, name, archived, fileName: `${id}.json` });

const backup = (id: string, groupId: string) => ({ id, groupId, groupName: groupId, createdAt: '2026-03-12T12:45:00.000Z', sizeBytes: 2048 });

describe('AllBackupsSection', () => {
  it("shows any group's backups, labels the pre-restore copy, and undoes a restore from its notice", async () => {
    const api = createFakeApi({
      'groups.list': [group('east', 'CIO Øst'), group('old', 'IT-drift', true)],
      'backups.list': (input) =>
        (input as { groupId: string }).groupId === 'east'
          ? [backup('2026-03-12T12-45-00-000Z-pre-restore.json', 'east'), backup('2026-03-12T12-40-00-000Z-edit.json', 'east')]
          : [backup('2026-01-01T10-00-00-000Z-open.json', 'old')],
      'backups.restore': (input) => ({
        ...group('east', 'CIO Øst'),
        undoBackupId: (input as { backupId: string }).backupId.endsWith('edit.json') ? '2026-03-12T12-50-00-000Z-pre-restore.json' : null,
      }),
    });
    renderWithProviders(<AllBackupsSection currentGroupId="east" />, { api });
    const table = await screen.findByRole('table', { name: 'Sikkerhedskopier af alle grupper' });
    expect(within(table).getByText('Før gendannelse')).toBeTruthy();
    expect(within(table).getByText('Automatisk')).toBeTruthy();

    fireEvent.click(within(table).getAllByRole('button', { name: /^Gendan sikkerhedskopien/ })[1]!);
    fireEvent.click(await screen.findByRole('button', { name: 'Gendan' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Fortryd' }));
    await waitFor(() =>
      expect(api.calls.filter((call) => call.method === 'backups.restore').map((call) => call.input)).toEqual([
        { groupId: 'east', backupId: '2026-03-12T12-40-00-000Z-edit.json' },
        { groupId: 'east', backupId: '2026-03-12T12-50-00-000Z-pre-restore.json' },
      ]),
    );

    fireEvent.click(screen.getAllByLabelText('Gruppe')[0]!);
    fireEvent.click(await screen.findByRole('option', { name: 'IT-drift (arkiveret)' }));
    expect(await screen.findByText('Automatisk')).toBeTruthy();
    await waitFor(() => expect(api.calls).toContainEqual({ method: 'backups.list', input: { groupId: 'old' } }));
  });
});
