import { describe, expect, it } from 'vitest';
import { attendanceFromReplies, countReplies, withReply, type MemberReply } from './member-replies';

const replies: MemberReply[] = [
  { memberId: 'a', answer: 'coming', dinner: true },
  { memberId: 'b', answer: 'notComing' },
  { memberId: 'gone', answer: 'coming' },
];

describe('withReply', () => {
  it('replaces an earlier answer and clears one with null', () => {
    expect(withReply(replies, 'a', { answer: 'coming', dinner: false })).toContainEqual({ memberId: 'a', answer: 'coming', dinner: false });
    expect(withReply(replies, 'a', null).map((reply) => reply.memberId)).toEqual(['b', 'gone']);
  });

  it('keeps no dinner for someone not coming', () => {
    expect(withReply([], 'c', { answer: 'notComing', dinner: true })).toEqual([{ memberId: 'c', answer: 'notComing' }]);
  });
});

describe('attendanceFromReplies', () => {
  it('excuses those who said no and counts everyone else present, in member order', () => {
    expect(attendanceFromReplies(['b', 'a', 'c'], replies)).toEqual([
      { memberId: 'b', status: 'excused' },
      { memberId: 'a', status: 'present' },
      { memberId: 'c', status: 'present' },
    ]);
  });

  it('is everyone present without answers', () => {
    expect(attendanceFromReplies(['a'], [])).toEqual([{ memberId: 'a', status: 'present' }]);
  });
});

describe('countReplies', () => {
  it('counts answers among current members only, and dinner only for those coming', () => {
    expect(countReplies(['a', 'b', 'c'], replies)).toEqual({ coming: 1, notComing: 1, dinner: 1, unanswered: 1 });
  });
});
