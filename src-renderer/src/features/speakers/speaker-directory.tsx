// The searchable, virtualised list of speakers. It owns the query, so a keystroke redraws only the list and its count,
// not the page's header, drawers and forms.
import { Group, Paper, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Speaker } from '../../../../src-main/domain/model';
import { SearchInput } from '../../ui/search-input';
import { SPEAKER_ROW_HEIGHT, SpeakerRow } from './speaker-row';
import { useSpeakerSearch } from './use-speaker-search';
import { VirtualList } from './virtual-list';

const keyOf = (speaker: Speaker) => speaker.id;

interface SpeakerDirectoryProps {
  speakers: readonly Speaker[];
  /** Must keep its identity between renders, so unchanged rows are not redrawn. */
  onOpen: (speaker: Speaker) => void;
}

export function SpeakerDirectory({ speakers, onOpen }: SpeakerDirectoryProps) {
  const { t } = useTranslation('speakers');
  const [query, setQuery] = useState('');
  const found = useSpeakerSearch(speakers, query);
  const renderRow = useCallback((speaker: Speaker) => <SpeakerRow speaker={speaker} onOpen={onOpen} />, [onOpen]);
  return (
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
          <VirtualList items={found} rowHeight={SPEAKER_ROW_HEIGHT} maxHeight={560} label={t('listLabel')} keyOf={keyOf} renderRow={renderRow} />
        </Paper>
      )}
    </>
  );
}
