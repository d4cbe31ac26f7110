// The board: one column per state; a card dragged over a column it may move to lights it up.
import { Badge, Box, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INVITATION_STATES, type InvitationState } from '../../../../src-main/domain/speaker-model';
import { useInvitationStateName } from '../../ui/invitation-state-name';
import { canMove, columnsByState, type PipelineRow } from './board-model';
import { InvitationCard, type InvitationRowActions } from './invitation-card';

// Columns share the width, but never shrink below a readable card; a narrow window scrolls sideways instead.
const MIN_COLUMN_WIDTH = 128;

export function PipelineBoard({ rows, onMove, onMail, onEdit }: { rows: readonly PipelineRow[] } & InvitationRowActions) {
  const { t } = useTranslation('invitations');
  const stateName = useInvitationStateName();
  const [dragged, setDragged] = useState<PipelineRow | null>(null);
  const [over, setOver] = useState<InvitationState | null>(null);
  const columns = columnsByState(rows);

  const drop = (state: InvitationState) => {
    const row = dragged;
    setDragged(null);
    setOver(null);
    // Any column other than its own is sent to the main process, which refuses an illegal move with a message.
    if (row && row.invitation.state !== state) onMove(row, state);
  };

  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {t('board.dragHint')}
      </Text>
      <ScrollArea type="auto" offsetScrollbars>
        <Box
          role="list"
          aria-label={t('board.label')}
          style={{ display: 'grid', gridTemplateColumns: `repeat(${INVITATION_STATES.length}, minmax(${MIN_COLUMN_WIDTH}px, 1fr))`, gap: 'var(--mantine-spacing-sm)' }}
        >
          {INVITATION_STATES.map((state) => {
            const allowed = dragged !== null && canMove(dragged, state);
            return (
              <Paper
                key={state}
                role="listitem"
                aria-label={t('board.column', { state: stateName(state), count: columns[state].length })}
                data-state={state}
                p="xs"
                radius="md"
                bg={allowed ? (over === state ? 'teal.1' : 'teal.0') : 'gray.1'}
                style={{ outline: allowed ? '2px dashed var(--mantine-color-teal-5)' : undefined, minHeight: 320 }}
                onDragOver={(event) => {
                  if (dragged === null) return;
                  event.preventDefault();
                  setOver(state);
                }}
                onDragLeave={() => setOver((current) => (current === state ? null : current))}
                onDrop={(event) => {
                  event.preventDefault();
                  drop(state);
                }}
              >
                <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap" mih={44}>
                  <Text fw={700} size="sm">
                    {stateName(state)}
                  </Text>
                  <Badge size="sm" variant="light" color="gray">
                    {columns[state].length}
                  </Badge>
                </Group>
                <Stack gap="xs">
                  {columns[state].length === 0 ? (
                    <Text size="xs" c="dimmed">
                      {t('board.emptyColumn')}
                    </Text>
                  ) : (
                    columns[state].map((row) => (
                      <InvitationCard
                        key={row.invitation.id}
                        row={row}
                        onMove={onMove}
                        onMail={onMail}
                        onEdit={onEdit}
                        onDragStart={setDragged}
                        onDragEnd={() => {
                          setDragged(null);
                          setOver(null);
                        }}
                      />
                    ))
                  )}
                </Stack>
              </Paper>
            );
          })}
        </Box>
      </ScrollArea>
    </Stack>
  );
}
