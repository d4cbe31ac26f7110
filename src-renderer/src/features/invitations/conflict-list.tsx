// Conflict warnings in words, shown before an invitation is saved or moved; the user decides whether to go on.
import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { InvitationConflict } from '../../../../src-main/domain/invitation-conflicts';
import type { Language } from '../../../../src-main/domain/model';
import { formatShortDate } from '../../i18n/dates';

export function conflictText(t: TFunction<'invitations'>, language: Language, conflict: InvitationConflict, speaker: string): string {
  switch (conflict.code) {
    case 'speakerBookedSameDay':
      return t('conflicts.speakerBookedSameDay', { speaker, date: formatShortDate(conflict.params.date, language), group: conflict.params.groupName });
    case 'askedBeforeAllowed':
      return t('conflicts.askedBeforeAllowed', { speaker, date: formatShortDate(conflict.params.doNotAskBefore, language), group: conflict.params.groupName });
    case 'speakerTwiceInMeeting':
      return t('conflicts.speakerTwiceInMeeting', { speaker });
    case 'spokeRecently':
      return t('conflicts.spokeRecently', { speaker, date: formatShortDate(conflict.params.date, language), count: conflict.params.meetingsAgo });
    case 'spokeInSisterGroupThisSeason':
      return t('conflicts.spokeInSisterGroupThisSeason', { speaker, date: formatShortDate(conflict.params.date, language), group: conflict.params.groupName });
  }
}

export function ConflictList({ conflicts, speakerName, title }: { conflicts: readonly InvitationConflict[]; speakerName: string; title: string }) {
  const { t, i18n } = useTranslation('invitations');
  return (
    <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={title} role="alert">
      <List size="sm" spacing={4}>
        {conflicts.map((conflict, index) => (
          <List.Item key={`${conflict.code}-${index}`}>{conflictText(t, i18n.language as Language, conflict, speakerName)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
