// The agenda of one meeting: items with live start times from computeSchedule, reordering, templates, follow-up, export.
import { Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaEditorData } from '../../../../src-main/api/operations/agenda';
import type { AgendaItem, AgendaTemplate } from '../../../../src-main/domain/agenda-model';
import { computeSchedule, moveItem } from '../../../../src-main/domain/agenda-timing';
import type { Language } from '../../../../src-main/domain/model';
import { useApi } from '../../api-context';
import { formatShortDate } from '../../i18n/dates';
import { deliverExport } from '../../ui/deliver-export';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { AutosaveStatus } from '../../ui/autosave-status';
import { showUndoNotification } from '../../ui/undo-notification';
import { agendaFromTemplate, newAgendaItem, withFollowUp } from './agenda-items';
import { AgendaColumns } from './agenda-columns';
import { AgendaItemRow } from './agenda-item-row';
import { AgendaToolbar } from './agenda-toolbar';
import { SaveTemplateModal } from './save-template-modal';
import { ScheduleSummary } from './schedule-summary';
import { useAgendaAutosave } from './use-agenda-autosave';
import { useDeleteTemplate } from './use-delete-template';

const newId = () => crypto.randomUUID();

export function AgendaEditor({ groupId, data }: { groupId: string; data: AgendaEditorData }) {
  const api = useApi();
  const { t, i18n } = useTranslation('agenda');
  const { t: tApp } = useTranslation();
  const { meeting } = data;
  const { items, setItems, state, untitled, saveNow } = useAgendaAutosave(groupId, meeting.id, meeting.agenda);
  const schedule = useMemo(() => computeSchedule(meeting, items), [meeting, items]);
  const [savingTemplate, setSavingTemplate] = useState(false);
  const dragFrom = useRef<number | null>(null);

  const applyTemplate = (template: AgendaTemplate) => {
    const apply = () => setItems(agendaFromTemplate(template, meeting, newId));
    if (items.length === 0) return apply();
    modals.openConfirmModal({
      title: t('replaceTitle'),
      children: t('replaceBody', { count: items.length }),
      labels: { confirm: t('replace'), cancel: tApp('app.cancel') },
      confirmProps: { color: 'orange' },
      onConfirm: apply,
    });
  };

  const deleteTemplate = useDeleteTemplate(groupId);

  const pullFollowUp = () => {
    if (!data.followUp) return;
    const language = i18n.language as Language;
    setItems((current) =>
      withFollowUp(
        current,
        data.followUp!,
        {
          title: t('followUpTitle'),
          line: (action) => t(action.overdue ? 'followUpLineOverdue' : 'followUpLine', { text: action.text, due: formatShortDate(action.due, language) }),
        },
        newId,
      ),
    );
    notifySuccess(t('followUpAdded'));
  };

  const remove = (index: number) => {
    const removed = items[index];
    if (!removed) return;
    setItems((current) => current.filter((item) => item.id !== removed.id));
    showUndoNotification({
      id: `agenda-item-removed-${removed.id}`,
      message: t('removed', { title: removed.title }),
      undoLabel: t('undo'),
      onUndo: () => setItems((current) => [...current.slice(0, index), removed, ...current.slice(index)]),
    });
  };

  const exportInvitation = async () => {
    try {
      await saveNow();
      const fileName = deliverExport(await api.call('agenda.exportInvitation', { groupId, meetingId: meeting.id }));
      if (fileName) notifySuccess(t('exported', { fileName }));
    } catch (error) {
      notifyFailure(tApp, error);
    }
  };

  const update = (changed: AgendaItem) => setItems((current) => current.map((item) => (item.id === changed.id ? changed : item)));
  const move = (from: number, to: number) => setItems((current) => moveItem(current, from, to));

  return (
    <Stack gap="md">
      <AgendaToolbar
        templates={data.templates}
        meetingKind={meeting.kind}
        openActions={data.followUp?.actions.length ?? 0}
        hasItems={items.length > 0}
        onApplyTemplate={applyTemplate}
        onDeleteTemplate={deleteTemplate}
        onAddItem={() => setItems((current) => [...current, newAgendaItem(newId(), t('newItemTitle'))])}
        onPullFollowUp={pullFollowUp}
        onSaveTemplate={() => setSavingTemplate(true)}
        onExport={() => void exportInvitation()}
      />
      {items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('empty')}
        </Text>
      ) : (
        <ScheduleSummary schedule={schedule} />
      )}
      {items.length > 0 && <AgendaColumns />}
      {items.length > 0 && (
        <Stack component="ol" gap="xs" aria-label={t('itemsLabel')} p={0} m={0}>
          {schedule.items.map((scheduled, index) => (
            <AgendaItemRow
              key={scheduled.item.id}
              scheduled={scheduled}
              index={index}
              count={items.length}
              meetingDate={meeting.date}
              people={data}
              onChange={update}
              onMove={move}
              onRemove={() => remove(index)}
              onDragStart={() => {
                dragFrom.current = index;
              }}
              onDrop={() => {
                if (dragFrom.current !== null) move(dragFrom.current, index);
                dragFrom.current = null;
              }}
            />
          ))}
        </Stack>
      )}
      <AutosaveStatus state={state} problem={untitled ? t('untitledNotSaved') : undefined} />
      <SaveTemplateModal opened={savingTemplate} groupId={groupId} meetingKind={meeting.kind} items={items} onClose={() => setSavingTemplate(false)} />
    </Stack>
  );
}
