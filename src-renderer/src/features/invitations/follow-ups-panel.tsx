// "Til i dag" on the group overview: unanswered requests, missing materials and talks to thank for, each with its action.
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconChecks, IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpView } from '../../../../src-main/api/operations/invitations';
import type { Language } from '../../../../src-main/domain/model';
import { formatShortDate } from '../../i18n/dates';
import type { DashboardPanelProps } from '../../layout/dashboard-panels';
import { TitledSection } from '../../ui/titled-section';
import { MailDraftModal, type MailTarget } from './mail-draft-modal';
import { useMoveInvitation } from './use-move-invitation';
import { useFollowUps } from './use-pipeline';

export function SpeakerFollowUpsPanel({ groupId }: DashboardPanelProps) {
  const { t } = useTranslation('invitations');
  const { data: followUps, loading } = useFollowUps(groupId);
  const [mail, setMail] = useState<MailTarget | null>(null);
  const move = useMoveInvitation(groupId);
  if (loading || !followUps) return null;
  return (
    <TitledSection headingId="follow-ups-heading" title={t('followUps.title')}>
      {followUps.length === 0 ? (
        <Paper withBorder radius="md" p="md">
          <Group gap="xs">
            <IconChecks size={18} stroke={1.5} aria-hidden color="var(--mantine-color-teal-6)" />
            <Text size="sm" c="dimmed">
              {t('followUps.empty')}
            </Text>
          </Group>
        </Paper>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {followUps.map((followUp) => (
            <FollowUpItem
              key={`${followUp.kind}-${followUp.invitationId}`}
              followUp={followUp}
              onMail={setMail}
              onThanked={() => void move({ invitationId: followUp.invitationId, speakerName: followUp.speakerName, from: 'delivered' }, 'thanked')}
            />
          ))}
        </Stack>
      )}
      <MailDraftModal groupId={groupId} target={mail} onClose={() => setMail(null)} />
    </TitledSection>
  );
}

function FollowUpItem({ followUp, onMail, onThanked }: { followUp: FollowUpView; onMail: (target: MailTarget) => void; onThanked: () => void }) {
  const { t, i18n } = useTranslation('invitations');
  const language = i18n.language as Language;
  const name = followUp.speakerName;
  const text =
    followUp.kind === 'awaitingAnswer'
      ? t('followUps.awaitingAnswer', { name, count: followUp.daysWaiting })
      : followUp.kind === 'materialsMissing'
        ? t('followUps.materialsMissing', { name, date: formatShortDate(followUp.meetingDate, language) })
        : t('followUps.thankSpeaker', { name });
  const mailKind = followUp.kind === 'thankSpeaker' ? 'thank' : 'remind';
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {text}
          </Text>
          {followUp.topic && (
            <Text size="xs" c="dimmed">
              {followUp.topic}
            </Text>
          )}
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconMailForward size={14} />}
            onClick={() => onMail({ invitationId: followUp.invitationId, speakerName: name, kind: mailKind })}
          >
            {t(mailKind === 'thank' ? 'followUps.thank' : 'followUps.remind')}
          </Button>
          {followUp.kind === 'thankSpeaker' && (
            <Button size="xs" variant="subtle" onClick={onThanked}>
              {t('followUps.markThanked')}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
