// Open actions from earlier meetings, to follow up on at this one; ticking one off marks it done (with undo).
import { Badge, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import type { CarriedAction } from '../../../../src-main/domain/actions';
import type { MinutesPerson } from '../../../../src-main/api/operations/minutes';
import { useApi } from '../../api-context';
import { formatShortDate } from '../../i18n/dates';
import { markActionDone } from '../../ui/mark-action-done';
import { useProgressiveCount } from '../../ui/use-progressive-count';

interface CarriedActionsProps {
  groupId: string;
  actions: readonly CarriedAction[];
  members: readonly MinutesPerson[];
}

// Memoised: it changes only when the minutes are reloaded, so a keystroke elsewhere does not redraw it.
export const CarriedActions = memo(function CarriedActions({ groupId, actions, members }: CarriedActionsProps) {
  const { t, i18n } = useTranslation('minutes');
  const { t: tFollowUp } = useTranslation('followUp');
  const { t: tApp } = useTranslation();
  const api = useApi();
  const language = i18n.language as Language;
  // Years of open actions are drawn a batch per frame.
  const drawn = useProgressiveCount(actions.length);
  const markDone = useCallback(
    (action: CarriedAction) => void markActionDone(api, { t: tFollowUp, tApp }, groupId, { id: action.actionId, text: action.text }, true),
    [api, tFollowUp, tApp, groupId],
  );
  if (actions.length === 0) return null;
  const nameOf = new Map(members.map((member) => [member.id, member.name]));
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="carried-heading" bg="var(--mantine-color-yellow-light)">
      <Title order={3} size="h5" id="carried-heading" mb="xs">
        {t('actions.carried')}
      </Title>
      <Stack gap={6}>
        {actions.slice(0, drawn).map((action) => (
          <CarriedActionRow
            key={action.actionId}
            action={action}
            ownerName={action.owner.kind === 'facilitator' ? t('actions.facilitator') : (nameOf.get(action.owner.memberId) ?? '—')}
            language={language}
            onDone={markDone}
          />
        ))}
      </Stack>
    </Paper>
  );
});

interface CarriedActionRowProps {
  action: CarriedAction;
  ownerName: string;
  language: Language;
  onDone: (action: CarriedAction) => void;
}

// One row, memoised: the list is drawn a batch per frame, and each batch must draw only its own rows, not every row
// drawn before it again (with years of open actions that made each batch slower than the last).
const CarriedActionRow = memo(function CarriedActionRow({ action, ownerName, language, onDone }: CarriedActionRowProps) {
  const { t } = useTranslation('minutes');
  return (
    <Group gap="sm" wrap="nowrap">
      <Checkbox aria-label={`${t('actions.done')}: ${action.text}`} checked={false} onChange={() => onDone(action)} />
      <Text size="sm" style={{ flex: 1 }}>
        {action.text}
      </Text>
      <Text size="xs" c="dimmed">
        {ownerName}
      </Text>
      {action.overdue ? (
        <Badge color="red" variant="light" size="sm">
          {t('actions.carriedOverdue')}
        </Badge>
      ) : (
        <Text size="xs" c="dimmed">
          {t('actions.carriedDue', { date: formatShortDate(action.due, language) })}
        </Text>
      )}
    </Group>
  );
});
