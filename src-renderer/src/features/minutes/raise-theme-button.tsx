// From a member's closing-round entry: add the theme they suggest to the group's theme wishes, with their name on it.
// Tooltip and popover are drawn inline, not in portals: a portal mounts in a second pass, and a closing round of
// hundreds of members drew each batch of its rows twice over for them.
import { ActionIcon, Button, Group, Popover, TextInput, Tooltip } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesPerson } from '../../../../src-main/api/operations/minutes';
import { useApi } from '../../api-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';

interface RaiseThemeButtonProps {
  groupId: string;
  meetingId: string;
  member: MinutesPerson;
}

export function RaiseThemeButton({ groupId, meetingId, member }: RaiseThemeButtonProps) {
  const { t } = useTranslation('minutes');
  const { t: tApp } = useTranslation();
  const api = useApi();
  const [opened, setOpened] = useState(false);
  const [title, setTitle] = useState('');

  const raise = async () => {
    const trimmed = title.trim();
    if (trimmed === '') return;
    try {
      await api.call('themes.raise', { groupId, title: trimmed, raisedByMemberId: member.id, meetingId });
      notifySuccess(t('rounds.themeRaised', { title: trimmed }));
      setTitle('');
      setOpened(false);
    } catch (error) {
      notifyFailure(tApp, error);
    }
  };

  const label = `${t('rounds.raiseTheme')}: ${member.name}`;
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus withinPortal={false}>
      <Popover.Target>
        <Tooltip label={t('rounds.raiseTheme')} withinPortal={false}>
          <ActionIcon variant="subtle" color="yellow" aria-label={label} onClick={() => setOpened((open) => !open)}>
            <IconBulb size={18} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Group gap="xs" align="flex-end">
          <TextInput
            label={t('rounds.raiseThemePrompt', { name: member.name })}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void raise();
            }}
            data-autofocus
          />
          <Button onClick={() => void raise()} disabled={title.trim() === ''}>
            {t('rounds.raiseTheme')}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
