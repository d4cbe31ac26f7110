// The board: one column per active state, the talks that will not happen (declined, cancelled) folded away until asked
// for. A card dragged over a column it may move to lights it up; a card moved from its menu keeps the keyboard focus.
import { Box, Button, Group, Stack, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INVITATION_STATES, type InvitationState } from '../../../../src-main/domain/speaker-model';
import { columnsByState, type PipelineRow } from './board-model';
import { BoardColumn } from './board-column';
import type { InvitationRowActions } from './invitation-card';

/** Talks that ended without happening: kept, counted, but out of the way of the work in progress. */
const FOLDED_STATES: readonly InvitationState[] = ['declined', 'cancelled'];
const ACTIVE_STATES = INVITATION_STATES.filter((state) => !FOLDED_STATES.includes(state));
/** A move followed for focus is given up after this long (a refused move never lands). */
const FOLLOW_FOR_MS = 15_000;

export function PipelineBoard({ rows, onMove, onMail, onEdit }: { rows: readonly PipelineRow[] } & InvitationRowActions) {
  const { t } = useTranslation('invitations');
  const [dragged, setDragged] = useState<PipelineRow | null>(null);
  const [showFolded, setShowFolded] = useState(false);
  const board = useRef<HTMLDivElement>(null);
  // The card moved from its menu, so its menu button can take the focus again once the card is in its new column.
  const followed = useRef<{ invitationId: string; to: InvitationState; at: number } | null>(null);
  const columns = useMemo(() => columnsByState(rows), [rows]);
  const states = showFolded ? INVITATION_STATES : ACTIVE_STATES;
  const foldedCount = FOLDED_STATES.reduce((sum, state) => sum + columns[state].length, 0);

  useEffect(() => {
    const follow = followed.current;
    if (!follow) return;
    if (Date.now() - follow.at > FOLLOW_FOR_MS) {
      followed.current = null;
      return;
    }
    const button = board.current?.querySelector<HTMLElement>(`[data-state="${follow.to}"] [data-invitation="${follow.invitationId}"] button`);
    if (!button) return;
    followed.current = null;
    button.focus();
  }, [rows, showFolded]);

  // The same functions from draw to draw, so the memoised cards are not drawn again for a change elsewhere.
  const moveFromMenu = useCallback(
    (row: PipelineRow, to: InvitationState) => {
      followed.current = { invitationId: row.invitation.id, to, at: Date.now() };
      if (FOLDED_STATES.includes(to)) setShowFolded(true);
      onMove(row, to);
    },
    [onMove],
  );
  const dragEnded = useCallback(() => setDragged(null), []);
  const drop = (state: InvitationState) => {
    const row = dragged;
    setDragged(null);
    // Any column other than its own is sent to the main process, which refuses an illegal move with a message.
    if (row && row.invitation.state !== state) onMove(row, state);
  };

  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {t('board.dragHint')}
        </Text>
        <Button
          variant="subtle"
          size="compact-sm"
          aria-expanded={showFolded}
          rightSection={showFolded ? <IconChevronLeft size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
          onClick={() => setShowFolded((shown) => !shown)}
          style={{ flexShrink: 0 }}
        >
          {t(showFolded ? 'board.hideFolded' : 'board.showFolded', { count: foldedCount })}
        </Button>
      </Group>
      <Box
        ref={board}
        role="list"
        aria-label={t('board.label')}
        // Every column shares the width; with the folded columns shown in a narrow window, the board scrolls sideways.
        style={{ display: 'grid', gridTemplateColumns: `repeat(${states.length}, minmax(112px, 1fr))`, gap: 8, overflowX: 'auto' }}
      >
        {states.map((state) => (
          <BoardColumn
            key={state}
            state={state}
            rows={columns[state]}
            dragged={dragged}
            onDragStart={setDragged}
            onDragEnd={dragEnded}
            onDrop={drop}
            onMove={moveFromMenu}
            onMail={onMail}
            onEdit={onEdit}
          />
        ))}
      </Box>
    </Stack>
  );
}
