// The current speaker's line, typed straight into their round entry of the minutes and saved as it is typed.
// Enter gives the word to the next person (the field of the next speaker then has the cursor); Escape leaves the field
// so the single-key steps work again.
import { Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api-context';
import { AutosaveStatus } from '../../ui/autosave-status';
import { useAutosave } from '../../ui/use-autosave';
import type { MeetingRef } from './use-live-commands';

interface RoundLineProps {
  meeting: MeetingRef;
  agendaItemId: string;
  memberId: string;
  name: string;
  savedText: string;
  onNextSpeaker: () => void;
}

export function RoundLine({ meeting, agendaItemId, memberId, name, savedText, onNextSpeaker }: RoundLineProps) {
  const { t } = useTranslation('liveMeeting');
  const api = useApi();
  // The field keeps its own text while it is open, so a refresh from a save never moves the cursor or loses letters.
  const [text, setText] = useState(savedText);
  const autosave = useAutosave(async (line: string) => {
    await api.call('live.roundLine', { ...meeting, agendaItemId, memberId, text: line });
  });
  return (
    <Group align="flex-end" gap="sm" wrap="nowrap">
      <TextInput
        label={t('round.lineLabel', { name })}
        placeholder={t('round.linePlaceholder', { name })}
        value={text}
        autoFocus
        style={{ flex: 1 }}
        data-testid="live-round-line"
        onChange={(event) => {
          setText(event.currentTarget.value);
          autosave.schedule(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void autosave.flush().then(onNextSpeaker);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.currentTarget.blur();
          }
        }}
      />
      <AutosaveStatus state={autosave.state} />
    </Group>
  );
}
