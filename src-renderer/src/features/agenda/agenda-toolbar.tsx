// The agenda's tools: start from a template, add an item, pull in open actions, save as template, export the invitation.
import { ActionIcon, Button, Group, Select } from '@mantine/core';
import { IconDeviceFloppy, IconFileTypeDocx, IconListCheck, IconPlus, IconTemplate, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaTemplate } from '../../../../src-main/domain/agenda-model';
import { BUILT_IN_TEMPLATE_PREFIX } from '../../../../src-main/domain/agenda-templates';
import type { Meeting } from '../../../../src-main/domain/model';

interface AgendaToolbarProps {
  templates: readonly AgendaTemplate[];
  meetingKind: Meeting['kind'];
  openActions: number;
  hasItems: boolean;
  onApplyTemplate: (template: AgendaTemplate) => void;
  onDeleteTemplate: (template: AgendaTemplate) => void;
  onAddItem: () => void;
  onPullFollowUp: () => void;
  onSaveTemplate: () => void;
  onExport: () => void;
}

export function AgendaToolbar(props: AgendaToolbarProps) {
  const { t } = useTranslation('agenda');
  const { templates, meetingKind } = props;
  const [templateId, setTemplateId] = useState<string | null>(`${BUILT_IN_TEMPLATE_PREFIX}${meetingKind}`);
  const template = templates.find((candidate) => candidate.id === templateId);
  const builtIn = templates.filter((candidate) => candidate.id.startsWith(BUILT_IN_TEMPLATE_PREFIX));
  const own = templates.filter((candidate) => !candidate.id.startsWith(BUILT_IN_TEMPLATE_PREFIX));
  const options = [
    { group: t('builtIn'), items: builtIn.map((candidate) => ({ value: candidate.id, label: candidate.name })) },
    ...(own.length ? [{ group: t('groupTemplates'), items: own.map((candidate) => ({ value: candidate.id, label: candidate.name })) }] : []),
  ];

  return (
    <Group justify="space-between" align="flex-end" gap="sm">
      <Group gap="xs" align="flex-end">
        <Select label={t('template')} data={options} value={templateId} onChange={setTemplateId} allowDeselect={false} w={240} />
        <Button variant="light" leftSection={<IconTemplate size={16} aria-hidden />} disabled={!template} onClick={() => template && props.onApplyTemplate(template)}>
          {t('applyTemplate')}
        </Button>
        {template && !template.id.startsWith(BUILT_IN_TEMPLATE_PREFIX) && (
          <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('deleteTemplate')} onClick={() => props.onDeleteTemplate(template)}>
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        )}
      </Group>
      <Group gap="xs">
        <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={props.onAddItem}>
          {t('addItem')}
        </Button>
        {props.openActions > 0 && (
          <Button variant="default" leftSection={<IconListCheck size={16} aria-hidden />} onClick={props.onPullFollowUp}>
            {t('pullFollowUp', { count: props.openActions })}
          </Button>
        )}
        <Button variant="default" leftSection={<IconDeviceFloppy size={16} aria-hidden />} disabled={!props.hasItems} onClick={props.onSaveTemplate}>
          {t('saveTemplate')}
        </Button>
        <Button leftSection={<IconFileTypeDocx size={16} aria-hidden />} onClick={props.onExport}>
          {t('exportInvitation')}
        </Button>
      </Group>
    </Group>
  );
}
