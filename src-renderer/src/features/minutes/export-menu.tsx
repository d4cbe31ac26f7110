// The editor's export button: the members' or the shareable version of this meeting, the whole year, or on the
// user's letterhead. The button shows that an export is running.
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileExport, IconFileText, IconLock, IconShare, IconTemplate, IconUserOff } from '@tabler/icons-react';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChathamHouseModal } from './chatham-house-modal';
import { LetterheadModal } from './letterhead-modal';
import { useMinutesExport } from './use-minutes-export';

interface ExportMenuProps {
  groupId: string;
  meetingId: string;
  year: number;
  flush: () => Promise<void>;
}

// Memoised: its props stay the same while the facilitator types, so a keystroke elsewhere does not redraw it.
export const ExportMenu = memo(function ExportMenu({ groupId, meetingId, year, flush }: ExportMenuProps) {
  const { t } = useTranslation('minutes');
  const { running, run } = useMinutesExport(groupId, flush);
  const [letterheadOpen, setLetterheadOpen] = useState(false);
  const [chathamHouseOpen, setChathamHouseOpen] = useState(false);
  const meeting = { kind: 'meeting' as const, meetingId };
  const wholeYear = { kind: 'year' as const, year };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            leftSection={<IconFileExport size={16} />}
            rightSection={<IconChevronDown size={14} />}
            loading={running !== null && running !== 'letterhead' && running !== 'chathamHouse'}
            loaderProps={{ type: 'dots' }}
          >
            {running ? t('exports.exporting') : t('exports.title')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconLock size={16} />} onClick={() => void run('members', { version: 'members', scope: meeting })}>
            {t('exports.members')}
          </Menu.Item>
          <Menu.Item leftSection={<IconShare size={16} />} onClick={() => void run('shareable', { version: 'shareable', scope: meeting })}>
            {t('exports.shareable')}
          </Menu.Item>
          <Menu.Item leftSection={<IconUserOff size={16} />} onClick={() => setChathamHouseOpen(true)}>
            {t('exports.chathamHouse')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Label>{t('exports.year', { year })}</Menu.Label>
          <Menu.Item leftSection={<IconFileText size={16} />} onClick={() => void run('yearMembers', { version: 'members', scope: wholeYear })}>
            {t('exports.yearMembers', { year })}
          </Menu.Item>
          <Menu.Item leftSection={<IconFileText size={16} />} onClick={() => void run('yearShareable', { version: 'shareable', scope: wholeYear })}>
            {t('exports.yearShareable', { year })}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconTemplate size={16} />} onClick={() => setLetterheadOpen(true)}>
            {t('exports.letterhead')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChathamHouseModal
        opened={chathamHouseOpen}
        onClose={() => setChathamHouseOpen(false)}
        groupId={groupId}
        meetingId={meetingId}
        flush={flush}
        running={running === 'chathamHouse'}
        onExport={(request) => run('chathamHouse', request)}
      />
      <LetterheadModal
        opened={letterheadOpen}
        onClose={() => setLetterheadOpen(false)}
        groupId={groupId}
        meetingId={meetingId}
        year={year}
        running={running === 'letterhead'}
        onExport={(request) => run('letterhead', request)}
      />
    </>
  );
});
