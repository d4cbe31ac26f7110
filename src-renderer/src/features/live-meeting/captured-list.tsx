// What was captured under the item on now, so the facilitator sees each key press land.
import { List, Paper, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveView } from '../../../../src-main/api/operations/live';
import type { Language } from '../../../../src-main/domain/model';
import { formatShortDate } from '../../i18n/dates';

export const CapturedList = memo(function CapturedList({ view, agendaItemId }: { view: LiveView; agendaItemId: string }) {
  const { t, i18n } = useTranslation('liveMeeting');
  const language = i18n.language as Language;
  const decisions = view.decisions.filter((decision) => decision.agendaItemId === agendaItemId);
  return (
    <Paper withBorder radius="md" p="md" data-testid="live-captured">
      <Title order={5} mb="xs">
        {t('capturedTitle')}
      </Title>
      {decisions.length === 0 && view.actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('nothingCaptured')}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {decisions.map((decision) => (
            <List.Item key={decision.id}>{t('capturedDecision', { text: decision.text })}</List.Item>
          ))}
          {view.actions.map((action) => (
            <List.Item key={action.id}>{t('capturedAction', { text: action.text, due: formatShortDate(action.due, language) })}</List.Item>
          ))}
        </List>
      )}
      {view.themesRaised.length > 0 && (
        <Text size="sm" mt="xs" c="dimmed">
          {t('themesRaised', { titles: view.themesRaised.map((theme) => theme.title).join(', ') })}
        </Text>
      )}
    </Paper>
  );
});
