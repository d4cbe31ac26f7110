// The cross-group view: speakers of every group in the folder, where each has spoken, and copying one here.
import { Badge, Button, Drawer, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpeakerElsewhere } from '../../../../src-main/api/operations/speakers';
import type { Language, Speaker } from '../../../../src-main/domain/model';
import { createPeopleIndex, speakerSearchFields } from '../../../../src-main/domain/people-search';
import { formatShortDate } from '../../i18n/dates';
import { SearchInput } from '../../ui/search-input';
import { StateBadge } from '../../ui/invitation-state-badge';
import { useSpeakersElsewhere } from './use-speakers';
import { VirtualList } from './virtual-list';

interface OtherGroupsDrawerProps {
  groupId: string;
  opened: boolean;
  onClose: () => void;
  onCopy: (fromGroupId: string, speaker: Speaker) => Promise<void>;
}

const ROW_HEIGHT = 108;

export function OtherGroupsDrawer({ groupId, opened, onClose, onCopy }: OtherGroupsDrawerProps) {
  const { t } = useTranslation('speakers');
  const { data: entries, loading } = useSpeakersElsewhere(groupId, opened);
  const [query, setQuery] = useState('');
  const index = useMemo(() => createPeopleIndex(entries ?? [], (entry) => speakerSearchFields(entry.speaker)), [entries]);
  const found = useMemo(() => index.search(query), [index, query]);

  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="lg" title={t('elsewhere.title')} closeButtonProps={{ 'aria-label': t('close') }}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('elsewhere.intro')}
        </Text>
        <SearchInput label={t('elsewhere.search')} placeholder={t('searchPlaceholder')} value={query} onChange={setQuery} data-autofocus />
        {loading && (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">{t('elsewhere.loading')}</Text>
          </Group>
        )}
        {entries && entries.length === 0 && <Text c="dimmed">{t('elsewhere.empty')}</Text>}
        {entries && entries.length > 0 && found.length === 0 && <Text c="dimmed">{t('elsewhere.noMatches')}</Text>}
        {found.length > 0 && (
          <VirtualList
            items={found}
            rowHeight={ROW_HEIGHT}
            maxHeight={640}
            label={t('elsewhere.title')}
            keyOf={(entry) => `${entry.groupId}-${entry.speaker.id}`}
            renderRow={(entry) => <ElsewhereRow entry={entry} onCopy={onCopy} />}
          />
        )}
      </Stack>
    </Drawer>
  );
}

function ElsewhereRow({ entry, onCopy }: { entry: SpeakerElsewhere; onCopy: OtherGroupsDrawerProps['onCopy'] }) {
  const { t, i18n } = useTranslation('speakers');
  const language = i18n.language as Language;
  const [copying, setCopying] = useState(false);
  const { speaker } = entry;
  return (
    <Paper withBorder radius="sm" p="sm" mb={8} h={ROW_HEIGHT - 8}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600} size="sm" truncate>
            {speaker.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {[speaker.title, speaker.organisation].filter((part) => part !== '').join(', ')} · {t('elsewhere.inGroup', { group: entry.groupName })}
          </Text>
          <Group gap={6} wrap="nowrap" style={{ overflow: 'hidden' }}>
            {entry.talks.length === 0 ? (
              <Text size="xs" c="dimmed">
                {t('elsewhere.noTalks')}
              </Text>
            ) : (
              entry.talks.slice(0, 3).map((talk) => (
                <Group key={talk.invitationId} gap={4} wrap="nowrap">
                  <Text size="xs">{talk.meetingDate ? formatShortDate(talk.meetingDate, language) : t('details.undated')}</Text>
                  <StateBadge state={talk.state} />
                </Group>
              ))
            )}
          </Group>
        </Stack>
        {entry.alreadyInGroup ? (
          <Badge variant="light" color="gray">
            {t('elsewhere.alreadyHere')}
          </Badge>
        ) : (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconCopy size={14} />}
            loading={copying}
            aria-label={t('elsewhere.copyLabel', { name: speaker.name, group: entry.groupName })}
            onClick={() => {
              setCopying(true);
              void onCopy(entry.groupId, speaker).finally(() => setCopying(false));
            }}
          >
            {t('elsewhere.copy')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
