// @vitest-environment jsdom
import '../test-support/setup-dom';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MeetingClash } from '../../../src-main/domain/calendar-conflicts';
import { holidayOn } from '../../../src-main/domain/danish-holidays';
import { renderWithProviders } from '../test-support/render-with-providers';
import { longDateInSentence, MeetingClashWarning } from './meeting-clash-list';

const other = { groupId: 'east', groupName: 'CIO Øst', meetingId: 'm1' };
const every: MeetingClash[] = [
  { kind: 'holiday', date: '2027-12-24', holiday: holidayOn('2027-12-24')! },
  { kind: 'otherGroup', date: '2027-12-24', ...other },
  { kind: 'hostBusy', date: '2027-12-24', hostOrganisation: 'Region Midt', ...other },
  { kind: 'speakerBusy', date: '2027-12-24', invitationId: 'i1', speakerName: 'Anna Berg', ...other },
  { kind: 'talkGiven', invitationId: 'i2', speakerName: 'Bo Ravn' },
  { kind: 'bookedSpeaker', invitationId: 'i1', speakerName: 'Anna Berg' },
];

describe('MeetingClashWarning', () => {
  it('words every clash in Danish, and names the speakers who will be offered the new-date mail apart from them', () => {
    renderWithProviders(<MeetingClashWarning clashes={every} />);
    expect(screen.getByText('5 sammenfald på den valgte dato')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '24. dec. 2027 er Juleaftensdag.',
      'CIO Øst holder møde 24. dec. 2027.',
      'Region Midt er allerede vært for CIO Øst 24. dec. 2027.',
      'Anna Berg holder oplæg i CIO Øst 24. dec. 2027.',
      'Bo Ravn har allerede holdt sit oplæg på mødet. Er mødet afholdt, skal det ikke flyttes.',
    ]);
    expect(screen.getByText('Anna Berg er booket til mødet og får tilbudt en mail om den nye dato, når mødet er flyttet.')).toBeTruthy();
  });

  it('words them in English too, and shows nothing on a free date', () => {
    const { unmount } = renderWithProviders(<MeetingClashWarning clashes={every.slice(1, 2)} />, { language: 'en' });
    expect(screen.getByText('1 clash on the chosen date')).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe('CIO Øst meets on 24 Dec 2027.');
    unmount();
    renderWithProviders(<MeetingClashWarning clashes={[]} />);
    expect(screen.getByTestId('meeting-clash-warning').textContent).toBe('');
  });
});

describe('longDateInSentence', () => {
  it('writes a Danish weekday in lower case inside a sentence, an English one capitalised', () => {
    expect(longDateInSentence('2026-12-23', 'da')).toBe('onsdag 23. december 2026');
    expect(longDateInSentence('2026-12-23', 'en')).toBe('Wednesday 23 December 2026');
  });
});
