// @vitest-environment jsdom
import '../../test-support/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SpeakerElsewhere } from '../../../../src-main/api/operations/speakers';
import { sampleGroupSummary } from '../../test-support/sample-group';
import { createFakeApi } from '../../test-support/fake-api';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { sampleSpeaker } from '../../test-support/sample-speaker';
import { SpeakersPage } from './speakers-page';

const group = sampleGroupSummary();

const speaker = (id: string, name: string, topics: string[] = [], organisation = '') => sampleSpeaker(id, name, { organisation, topics });

describe('SpeakersPage', () => {
  it('narrows a long directory on every keystroke and keeps only the visible rows in the page', async () => {
    const many = Array.from({ length: 5000 }, (_, index) => speaker(`s${index}`, `Oplægsholder ${String(index).padStart(4, '0')}`, ['Drift']));
    const speakers = [...many, speaker('eva', 'Eva Holst', ['NIS2', 'Beredskab'], 'Kystbanen Digital')];
    renderWithProviders(<SpeakersPage group={group} />, { api: createFakeApi({ 'speakers.list': speakers, 'members.list': [] }) });

    const list = await screen.findByRole('list', { name: 'Oplægsholdere' });
    expect(within(list).getAllByRole('listitem').length).toBeLessThan(40);
    expect(within(list).getAllByRole('listitem')[0]?.getAttribute('aria-setsize')).toBe('5001');

    const search = screen.getByLabelText('Søg i kartoteket');
    fireEvent.change(search, { target: { value: 'bere' } });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([expect.stringContaining('Eva Holst')]);
    fireEvent.change(search, { target: { value: 'kystbanen' } });
    expect(screen.getByRole('status').textContent).toBe('1 fundet');
    fireEvent.change(search, { target: { value: 'ingen-som-helst' } });
    expect(screen.getByText('Ingen oplægsholdere matcher søgningen.')).toBeTruthy();
  });

  it('finds a speaker in another group, shows where they spoke, and copies them here', async () => {
    const elsewhere: SpeakerElsewhere[] = [
      {
        groupId: 'g2',
        groupName: 'IT-drift Syd',
        speaker: speaker('x1', 'Karen Vestergaard', ['Dataetik']),
        talks: [{ groupId: 'g2', groupName: 'IT-drift Syd', invitationId: 'i1', topic: 'Dataetik', state: 'thanked', meetingDate: '2026-03-10', meetingTheme: '', changedAt: null, rateable: true }],
        alreadyInGroup: false,
      },
    ];
    const api = createFakeApi({ 'speakers.list': [], 'members.list': [], 'speakers.elsewhere': elsewhere, 'speakers.copyFromGroup': speaker('new', 'Karen Vestergaard') });
    renderWithProviders(<SpeakersPage group={group} />, { api });
    fireEvent.click(await screen.findByRole('button', { name: 'Find i andre grupper' }));
    const drawer = await screen.findByRole('dialog', { name: 'Oplægsholdere i alle dine grupper' });
    expect(await within(drawer).findByText('Karen Vestergaard')).toBeTruthy();
    expect(within(drawer).getByText('Takket')).toBeTruthy();
    expect(within(drawer).getByText('10. mar. 2026')).toBeTruthy();
    fireEvent.click(within(drawer).getByRole('button', { name: 'Kopiér Karen Vestergaard fra IT-drift Syd' }));
    await waitFor(() =>
      expect(api.calls.find((call) => call.method === 'speakers.copyFromGroup')?.input).toEqual({ groupId: 'g1', fromGroupId: 'g2', speakerId: 'x1' }),
    );
  });
});
