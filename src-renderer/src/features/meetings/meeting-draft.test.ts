import { describe, expect, it } from 'vitest';
import { draftProblems, fieldsOf, newMeetingDraft, withKind } from './meeting-draft';

describe('the meeting draft', () => {
  it('needs a date and an end after the start, except overnight', () => {
    const draft = newMeetingDraft(null);
    expect(draftProblems(draft)).toEqual({ date: 'dateRequired' });
    const late = { ...newMeetingDraft('2027-03-09'), startTime: '16:00', endTime: '09:00' };
    expect(draftProblems(late)).toEqual({ endTime: 'endBeforeStart' });
    expect(draftProblems({ ...late, kind: 'overnight' })).toEqual({});
    expect(draftProblems({ ...late, startTime: '9' })).toEqual({ startTime: 'timeInvalid' });
  });

  it('takes the new kind’s usual times only while the times are untouched', () => {
    expect(withKind(newMeetingDraft('2027-03-09'), 'halfDay')).toMatchObject({ startTime: '13:00', endTime: '16:30' });
    const changed = { ...newMeetingDraft('2027-03-09'), startTime: '10:00' };
    expect(withKind(changed, 'halfDay')).toMatchObject({ kind: 'halfDay', startTime: '10:00', endTime: '16:00' });
  });

  it('trims the texts it sends and sends nothing while there are problems', () => {
    expect(fieldsOf(newMeetingDraft(null))).toBeNull();
    expect(fieldsOf({ ...newMeetingDraft('2027-03-09'), theme: '  AI  ' })).toMatchObject({ date: '2027-03-09', theme: 'AI' });
  });
});
