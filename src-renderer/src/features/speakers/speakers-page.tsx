// The speakers tab ("kartotek"): keystroke search over a virtualised directory, details with history, other groups.
import { Button, Stack } from '@mantine/core';
import { IconMicrophone, IconUserPlus, IconWorldSearch } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Speaker } from '../../../../src-main/domain/model';
import type { GroupSectionProps } from '../../layout/group-sections';
import { EmptyState } from '../../ui/empty-state';
import { PageHeader } from '../../ui/page-header';
import { QueryFallback } from '../../ui/query-state';
import { OtherGroupsDrawer } from './other-groups-drawer';
import { SpeakerDirectory } from './speaker-directory';
import { SpeakerDrawer } from './speaker-drawer';
import { SpeakerFormModal } from './speaker-form-modal';
import { useSpeakerActions } from './use-speaker-actions';
import { WorthAskingAgain } from './worth-asking-again';
import { useGroupMembers, useSpeakers } from './use-speakers';
import { useNavigationIntent } from '../../ui/navigation';

export function SpeakersPage({ group }: GroupSectionProps) {
  const { t } = useTranslation('speakers');
  const { data: speakers, error, loading, reload } = useSpeakers(group.id);
  const { data: members } = useGroupMembers(group.id);
  const actions = useSpeakerActions(group.id);
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ speaker: Speaker | null } | null>(null);
  const [elsewhereOpen, setElsewhereOpen] = useState(false);
  useNavigationIntent(group.id, ['openSpeaker'], (intent) => setOpenId(intent.speakerId));

  const openSpeaker = useCallback((speaker: Speaker) => setOpenId(speaker.id), []);
  const opened = speakers?.find((speaker) => speaker.id === openId) ?? null;

  if (!speakers) return <QueryFallback query={{ loading, error, reload }} failedTitle={t('loadFailed')} />;
  return (
    <Stack gap="lg" maw={960}>
      <PageHeader title={t('heading')} subtitle={t('count', { count: speakers.length })}>
        <Button variant="default" leftSection={<IconWorldSearch size={16} />} onClick={() => setElsewhereOpen(true)}>
          {t('otherGroups')}
        </Button>
        <Button leftSection={<IconUserPlus size={16} />} onClick={() => setEditing({ speaker: null })}>
          {t('add')}
        </Button>
      </PageHeader>
      {speakers.length === 0 ? (
        <EmptyState icon={IconMicrophone} message={t('empty')} />
      ) : (
        <>
          <WorthAskingAgain groupId={group.id} onOpen={setOpenId} />
          <SpeakerDirectory speakers={speakers} onOpen={openSpeaker} />
        </>
      )}
      <SpeakerDrawer
        groupId={group.id}
        speaker={opened}
        members={members ?? []}
        onClose={() => setOpenId(null)}
        onEdit={(speaker) => setEditing({ speaker })}
        onDelete={(speaker) => actions.confirmDelete(speaker, () => setOpenId(null))}
      />
      <SpeakerFormModal target={editing} members={members ?? []} onClose={() => setEditing(null)} onSave={actions.save} />
      <OtherGroupsDrawer groupId={group.id} opened={elsewhereOpen} onClose={() => setElsewhereOpen(false)} onCopy={actions.copyFrom} />
    </Stack>
  );
}
