// The speakers tab ("kartotek"): keystroke search over a virtualised directory, details with history, other groups.
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconMicrophone, IconUserPlus, IconWorldSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Speaker } from '../../../../src-main/domain/model';
import { createPeopleIndex, speakerSearchFields } from '../../../../src-main/domain/people-search';
import type { GroupSectionProps } from '../../layout/group-sections';
import { EmptyState } from '../../ui/empty-state';
import { PageHeader } from '../../ui/page-header';
import { QueryFallback } from '../../ui/query-state';
import { SearchInput } from '../../ui/search-input';
import { OtherGroupsDrawer } from './other-groups-drawer';
import { SpeakerDrawer } from './speaker-drawer';
import { SpeakerFormModal } from './speaker-form-modal';
import { SPEAKER_ROW_HEIGHT, SpeakerRow } from './speaker-row';
import { useSpeakerActions } from './use-speaker-actions';
import { useGroupMembers, useSpeakers } from './use-speakers';
import { VirtualList } from './virtual-list';

export function SpeakersPage({ group }: GroupSectionProps) {
  const { t } = useTranslation('speakers');
  const { data: speakers, error, loading, reload } = useSpeakers(group.id);
  const { data: members } = useGroupMembers(group.id);
  const actions = useSpeakerActions(group.id);
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ speaker: Speaker | null } | null>(null);
  const [elsewhereOpen, setElsewhereOpen] = useState(false);

  const index = useMemo(() => createPeopleIndex(speakers ?? [], speakerSearchFields), [speakers]);
  const found = useMemo(() => index.search(query), [index, query]);
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
          <Group align="flex-end" gap="md">
            <SearchInput label={t('search')} placeholder={t('searchPlaceholder')} value={query} onChange={setQuery} w={360} />
            {query !== '' && (
              <Text size="sm" c="dimmed" mb={8} role="status">
                {t('results', { count: found.length })}
              </Text>
            )}
          </Group>
          {found.length === 0 ? (
            <Text c="dimmed">{t('noMatches')}</Text>
          ) : (
            <Paper withBorder radius="md">
              <VirtualList
                items={found}
                rowHeight={SPEAKER_ROW_HEIGHT}
                maxHeight={560}
                label={t('listLabel')}
                keyOf={(speaker) => speaker.id}
                renderRow={(speaker) => <SpeakerRow speaker={speaker} onOpen={(chosen) => setOpenId(chosen.id)} />}
              />
            </Paper>
          )}
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

export function SpeakersTitle() {
  const { t } = useTranslation('speakers');
  return <>{t('tab')}</>;
}
