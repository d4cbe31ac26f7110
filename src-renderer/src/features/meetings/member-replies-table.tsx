// Who is coming: each member's reply before the meeting (no reply, coming, not coming) and, for a meeting with dinner,
// whether they stay for it. Saved at each choice; the minutes' attendance starts from these answers.
import { Checkbox, SegmentedControl, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupMailMember } from '../../../../src-main/api/operations/group-mail';
import type { ReplyAnswer } from '../../../../src-main/domain/member-replies';

type Choice = ReplyAnswer | 'none';

interface MemberRepliesTableProps {
  members: readonly GroupMailMember[];
  dinner: boolean;
  onChange: (memberId: string, reply: { answer: ReplyAnswer; dinner?: boolean } | null) => void;
}

export function MemberRepliesTable({ members, dinner, onChange }: MemberRepliesTableProps) {
  const { t } = useTranslation('groupMail');
  const choices: { value: Choice; label: string }[] = [
    { value: 'none', label: t('unanswered') },
    { value: 'coming', label: t('coming') },
    { value: 'notComing', label: t('notComing') },
  ];
  return (
    <Table verticalSpacing={4} aria-label={t('repliesHeading')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('member')}</Table.Th>
          <Table.Th>{t('answer')}</Table.Th>
          {dinner && <Table.Th>{t('dinner')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {members.map((member) => {
          const answer: Choice = member.reply?.answer ?? 'none';
          return (
            <Table.Tr key={member.id}>
              <Table.Td>
                <Text size="sm">{member.name}</Text>
                {!member.hasEmail && (
                  <Text size="xs" c="dimmed">
                    {t('noEmail')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <SegmentedControl
                  size="xs"
                  aria-label={t('answerFor', { name: member.name })}
                  value={answer}
                  data={choices}
                  onChange={(value) => onChange(member.id, value === 'coming' || value === 'notComing' ? { answer: value } : null)}
                />
              </Table.Td>
              {dinner && (
                <Table.Td>
                  <Checkbox
                    aria-label={t('dinnerFor', { name: member.name })}
                    checked={member.reply?.dinner === true}
                    disabled={answer !== 'coming'}
                    onChange={(event) => onChange(member.id, { answer: 'coming', dinner: event.currentTarget.checked })}
                  />
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
