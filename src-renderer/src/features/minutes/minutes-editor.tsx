// One meeting's minutes, structured by its agenda: attendance, check-in round, notes per item, decisions, actions,
// closing round and the next theme. Every edit autosaves; there is no save button to forget.
import { Box, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import type { MinutesEditorData, MinutesPerson } from '../../../../src-main/api/operations/minutes';
import { useApi } from '../../api-context';
import { formatLongDate } from '../../i18n/dates';
import { notifyFailure } from '../../ui/notify';
import { useStableValue } from '../../ui/use-stable-value';
import { PROGRESSIVE_BATCH, useProgressiveCount } from '../../ui/use-progressive-count';
import { ActionsSection } from './actions-section';
import { AttendanceSection } from './attendance-section';
import { AutosaveStatus } from '../../ui/autosave-status';
import { CarriedActions } from './carried-actions';
import { DecisionsSection } from './decisions-section';
import { ExportMenu } from './export-menu';
import { entryKeys, withUnseenEntries } from '../../../../src-main/domain/unseen-entries';
import { actionsTouched, defaultDue, draftWithEntries, entriesOf, initialDraft, noteHeadings, storedEntries, withMinutesHeld, type DraftUpdate, type EditorDraft } from './minutes-draft';
import { NextThemeSection } from './next-theme-section';
import { NotesSection } from './notes-section';
import { RaiseThemeButton } from './raise-theme-button';
import { RoundSection } from './round-section';
import { useAutosave } from '../../ui/use-autosave';
import { patchQuery, useWriteThrough } from '../../query-writes';
import './minutes-editor.css';

interface MinutesEditorProps {
  groupId: string;
  /** The data as first loaded; later reloads refresh the side panels, never the draft being typed. */
  data: MinutesEditorData;
}

export function MinutesEditor({ groupId, data }: MinutesEditorProps) {
  const { t, i18n } = useTranslation('minutes');
  const { t: tApp } = useTranslation();
  const api = useApi();
  const language = i18n.language as Language;
  const meetingId = data.meeting.id;
  // Every autosave reloads the editor's data as an equal copy; stable references let the memoised rows skip redrawing.
  const members = useStableValue(data.members);
  const agendaItems = useStableValue(data.agendaItems);
  // Hundreds of open actions in an old group: an equal reload must not redraw them while the facilitator types.
  const carriedActions = useStableValue(data.carriedActions);
  const generalTitle = t('notes.general');
  const headings = useMemo(() => noteHeadings(agendaItems, generalTitle), [agendaItems, generalTitle]);
  const [draft, setDraft] = useState<EditorDraft>(() => initialDraft(data, headings));
  // Edits arrive faster than React renders; each one builds on the previous edit, not on the last render.
  const latest = useRef(draft);

  // Every entry this editor has held; a save keeps stored entries outside it (captured live or on another device).
  const seen = useRef<Set<string> | null>(null);
  seen.current ??= new Set(entryKeys(entriesOf(draft)));

  // The actions as last saved, to name the ones the next save changes.
  const savedActions = useRef(draft.actions);
  const writeThrough = useWriteThrough();

  // A failing save is retried by the autosave; the reason is told once, not on every retry.
  const failureTold = useRef(false);
  const autosave = useAutosave<EditorDraft>(async (value) => {
    const held = seen.current!;
    for (const key of entryKeys(entriesOf(value))) held.add(key);
    const touched = actionsTouched(savedActions.current, value.actions);
    try {
      // The editor already shows what it saves: the save claims its records, so its own change event reloads neither
      // this meeting's data (107 kB on a twenty-year group, parsed while the facilitator types) nor the meetings list.
      // A change from anywhere else still names records not claimed here, and reloads.
      await writeThrough(
        groupId,
        () => api.call('minutes.save', { groupId, meetingId, minutes: value.minutes, actions: value.actions, seen: [...held] }),
        () => [
          patchQuery('minutes.get', { groupId, meetingId }, (shown) => shown, { meetings: [meetingId], actions: touched }),
          patchQuery('minutes.meetings', { groupId }, (meetings) => withMinutesHeld(meetings, meetingId), { meetings: [meetingId] }),
        ],
      );
      savedActions.current = value.actions;
      failureTold.current = false;
    } catch (error) {
      if (!failureTold.current) notifyFailure(tApp, error);
      failureTold.current = true;
      throw error;
    }
  });

  // One stable function for every row: a keystroke redraws the row typed in and the sections holding it, no more.
  const { schedule } = autosave;
  const update = useCallback<DraftUpdate>(
    (change) => {
      const next = change(latest.current);
      if (next === latest.current) return;
      latest.current = next;
      setDraft(next);
      schedule(next);
    },
    [schedule],
  );

  // A reload that brings entries added elsewhere shows them in the draft; the facilitator's own typing is untouched.
  useEffect(() => {
    const current = latest.current;
    const mine = entriesOf(current);
    const merged = withUnseenEntries(mine, storedEntries(data), seen.current!);
    if (merged === mine) return;
    const next = draftWithEntries(current, merged);
    for (const key of entryKeys(merged)) seen.current!.add(key);
    latest.current = next;
    setDraft(next);
  }, [data]);

  const { attendance } = draft.minutes;
  const absentIds = useMemo(() => new Set(attendance.filter((entry) => entry.status !== 'present').map((entry) => entry.memberId)), [attendance]);
  const raiseTheme = useCallback((member: MinutesPerson) => <RaiseThemeButton groupId={groupId} meetingId={meetingId} member={member} />, [groupId, meetingId]);
  const { meeting } = data;
  // In a large meeting the sections below the check-in round are drawn one per frame after the top (see below).
  const lowerSections = [
    <NotesSection key="notes" headings={headings} notes={draft.minutes.notes} update={update} />,
    <DecisionsSection key="decisions" decisions={draft.minutes.decisions} headings={headings} update={update} />,
    <ActionsSection key="actions" actions={draft.actions} members={members} defaultDue={defaultDue(data)} update={update} />,
    <RoundSection
      key="closingRound"
      round="closingRound"
      entries={draft.minutes.closingRound}
      members={members}
      absentIds={absentIds}
      update={update}
      entryAction={raiseTheme}
    />,
    <NextThemeSection key="nextTheme" groupId={groupId} data={data} />,
  ];
  const holdBack = rowsOfFirstFrame(draft, carriedActions.length) > FIRST_FRAME_ROWS;
  const drawnLowerSections = useProgressiveCount(lowerSections.length, 1, holdBack ? 0 : lowerSections.length);

  return (
    // The scope of its entries' keys, so a search hit can bring one of them into view (ui/reveal-entry.ts).
    <Stack gap="lg" data-entry-scope={meetingId} className="minutes-sections">
      {/* Stays in view while scrolling, on an opaque strip so the notes do not show through around it. */}
      <Box pos="sticky" top="var(--app-shell-header-height, 0px)" pb="xs" mb="-xs" bg="var(--app-page-background)" style={{ zIndex: 3 }}>
        <Paper withBorder radius="md" p="md" shadow="xs">
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={2}>
              <Title order={2} size="h3">
                {t('heading', { date: formatLongDate(meeting.date, language) })}
              </Title>
              <Text size="sm" c="dimmed">
                {[meeting.theme, t('factsLine', { host: meeting.hostOrganisation || '—', start: meeting.startTime, end: meeting.endTime })].filter(Boolean).join(' · ')}
              </Text>
            </Stack>
            <Group gap="md" wrap="nowrap">
              <AutosaveStatus state={autosave.state} />
              <ExportMenu groupId={groupId} meetingId={meetingId} year={Number(meeting.date.slice(0, 4))} flush={autosave.flush} />
            </Group>
          </Group>
        </Paper>
      </Box>
      <CarriedActions groupId={groupId} actions={carriedActions} members={members} />
      <AttendanceSection attendance={attendance} guests={draft.minutes.guests} members={members} update={update} />
      <Divider />
      <RoundSection round="checkInRound" entries={draft.minutes.checkInRound} members={members} absentIds={absentIds} update={update} />
      {lowerSections.slice(0, drawnLowerSections).map((section) => (
        <Fragment key={section.key}>
          <Divider />
          {section}
        </Fragment>
      ))}
    </Stack>
  );
}

/**
 * Rows the editor's first frame may draw before the sections below the check-in round wait for frames of their own:
 * the top three sections' first batches. The minutes of a large group drew ~2,500 components in one task when it
 * opened, most of them below the fold; drawn one section per frame, no commit holds more than a few hundred.
 */
const FIRST_FRAME_ROWS = 3 * PROGRESSIVE_BATCH;

/** The rows every section would draw in the first frame (long lists draw one batch of their rows). */
function rowsOfFirstFrame(draft: EditorDraft, carriedActions: number): number {
  const batch = (rows: number) => Math.min(rows, PROGRESSIVE_BATCH);
  const { minutes } = draft;
  return (
    batch(carriedActions) +
    batch(minutes.attendance.length) +
    batch(minutes.checkInRound.length) +
    minutes.notes.length +
    minutes.decisions.length +
    batch(draft.actions.length) +
    batch(minutes.closingRound.length)
  );
}
