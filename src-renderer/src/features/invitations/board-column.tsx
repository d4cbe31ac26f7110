// One column of the pipeline board: its state and count, its cards, and a drop target while a card is dragged.
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationState } from '../../../../src-main/domain/speaker-model';
import { useInvitationStateName } from '../../ui/invitation-state-name';
import { canMove, type PipelineRow } from './board-model';
import { InvitationCard, type InvitationRowActions } from './invitation-card';

interface BoardColumnProps extends InvitationRowActions {
  state: InvitationState;
  rows: readonly PipelineRow[];
  dragged: PipelineRow | null;
  onDragStart: (row: PipelineRow) => void;
  onDragEnd: () => void;
  onDrop: (state: InvitationState) => void;
}

export function BoardColumn({ state, rows, dragged, onDragStart, onDragEnd, onDrop, onMove, onMail, onEdit }: BoardColumnProps) {
  const { t } = useTranslation('invitations');
  const stateName = useInvitationStateName();
  const [over, setOver] = useState(false);
  const allowed = dragged !== null && canMove(dragged, state);
  return (
    <Paper
      role="listitem"
      aria-label={t('board.column', { state: stateName(state), count: rows.length })}
      data-state={state}
      p={8}
      radius="md"
      bg={allowed ? (over ? 'teal.1' : 'teal.0') : 'var(--app-subtle-background, var(--mantine-color-gray-1))'}
      style={{ outline: allowed ? '2px dashed var(--mantine-color-teal-5)' : undefined, minHeight: 320, minWidth: 0 }}
      onDragOver={(event) => {
        if (dragged === null) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        onDrop(state);
      }}
    >
      <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap" gap={4} mih={40}>
        <Text fw={700} size="sm" style={{ overflowWrap: 'anywhere', hyphens: 'auto' }} lang={t('board.hyphenationLanguage')}>
          {stateName(state)}
        </Text>
        <Badge size="sm" variant="light" color="gray" style={{ flexShrink: 0 }} aria-hidden>
          {rows.length}
        </Badge>
      </Group>
      <Stack gap={6}>
        {rows.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t('board.emptyColumn')}
          </Text>
        ) : (
          rows.map((row) => (
            <InvitationCard key={row.invitation.id} row={row} onMove={onMove} onMail={onMail} onEdit={onEdit} onDragStart={onDragStart} onDragEnd={onDragEnd} />
          ))
        )}
      </Stack>
    </Paper>
  );
}
