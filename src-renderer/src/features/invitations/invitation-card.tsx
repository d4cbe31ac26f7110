// One invitation on the board: draggable to another column, and movable from the keyboard through its menu.
import { ActionIcon, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { IconArrowRight, IconDots, IconMail, IconPencil } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { allowedTransitions } from '../../../../src-main/domain/invitations';
import type { Language } from '../../../../src-main/domain/model';
import type { InvitationState } from '../../../../src-main/domain/speaker-model';
import { formatShortDate } from '../../i18n/dates';
import { useInvitationStateName } from '../../ui/invitation-state-name';
import type { PipelineRow } from './board-model';

export interface InvitationRowActions {
  onMove: (row: PipelineRow, to: InvitationState) => void;
  onMail: (row: PipelineRow) => void;
  onEdit: (row: PipelineRow) => void;
}

export function InvitationMenu({ row, onMove, onMail, onEdit }: { row: PipelineRow } & InvitationRowActions) {
  const { t } = useTranslation('invitations');
  const stateName = useInvitationStateName();
  const moves = allowedTransitions(row.invitation.state);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="xs" aria-label={t('card.actions', { name: row.speakerName })}>
          <IconDots size={14} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('card.moveTo')}</Menu.Label>
        {moves.length === 0 && <Menu.Item disabled>{t('card.noMoves')}</Menu.Item>}
        {moves.map((state) => (
          <Menu.Item key={state} leftSection={<IconArrowRight size={14} />} onClick={() => onMove(row, state)}>
            {stateName(state)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconMail size={14} />} onClick={() => onMail(row)}>
          {t('card.mail')}
        </Menu.Item>
        <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(row)}>
          {t('card.edit')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

interface InvitationCardProps extends InvitationRowActions {
  row: PipelineRow;
  onDragStart: (row: PipelineRow) => void;
  onDragEnd: () => void;
}

/** Memoised: a board holds thousands of cards, and a move or a drag changes one card or none. */
export const InvitationCard = memo(function InvitationCard({ row, onMove, onMail, onEdit, onDragStart, onDragEnd }: InvitationCardProps) {
  const { t, i18n } = useTranslation('invitations');
  const language = i18n.language as Language;
  return (
    <Paper
      withBorder
      radius="sm"
      p={8}
      shadow="xs"
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', row.invitation.id);
        event.dataTransfer.effectAllowed = 'move';
        onDragStart(row);
      }}
      onDragEnd={onDragEnd}
      // A board of thousands of cards: those out of view are neither laid out nor painted until they scroll near, so a move
      // lays out what is on screen, not every column. `auto` keeps each card's last drawn height for the scrollbar.
      style={{ cursor: 'grab', contentVisibility: 'auto', containIntrinsicSize: 'auto 96px' }}
      data-invitation={row.invitation.id}
      aria-label={row.speakerName}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap={2}>
        {/* Full names, wrapped rather than cut: the name is what the facilitator scans the board for. */}
        <Stack gap={2} style={{ minWidth: 0, overflowWrap: 'anywhere', hyphens: 'auto' }}>
          <Text fw={600} size="sm">
            {row.speakerName}
          </Text>
          <Text size="xs" lineClamp={3}>
            {row.invitation.topic || t('card.noTopic')}
          </Text>
          <Text size="xs" c="dimmed">
            {row.meetingDate ? formatShortDate(row.meetingDate, language) : t('card.noMeeting')}
          </Text>
          {row.suggestedByName && (
            <Text size="xs" c="dimmed" fs="italic" lineClamp={2}>
              {t('card.suggestedBy', { name: row.suggestedByName })}
            </Text>
          )}
        </Stack>
        <InvitationMenu row={row} onMove={onMove} onMail={onMail} onEdit={onEdit} />
      </Group>
    </Paper>
  );
});
