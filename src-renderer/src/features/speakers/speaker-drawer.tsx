// A speaker's card: contact, topics, bio, who suggested them, and their history across groups.
import { Badge, Button, Divider, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Language, Member, Speaker } from '../../../../src-main/domain/model';
import { formatShortDate } from '../../i18n/dates';
import { SpeakerHistory } from './speaker-history';
import { useSpeakerHistory } from './use-speakers';

interface SpeakerDrawerProps {
  groupId: string;
  speaker: Speaker | null;
  members: readonly Pick<Member, 'id' | 'name'>[];
  onClose: () => void;
  onEdit: (speaker: Speaker) => void;
  onDelete: (speaker: Speaker) => void;
}

export function SpeakerDrawer({ groupId, speaker, members, onClose, onEdit, onDelete }: SpeakerDrawerProps) {
  const { t } = useTranslation('speakers');
  return (
    <Drawer opened={speaker !== null} onClose={onClose} position="right" size="md" title={speaker?.name} closeButtonProps={{ 'aria-label': t('close') }}>
      {speaker && <SpeakerDetails groupId={groupId} speaker={speaker} members={members} onEdit={onEdit} onDelete={onDelete} />}
    </Drawer>
  );
}

function SpeakerDetails({ groupId, speaker, members, onEdit, onDelete }: Omit<SpeakerDrawerProps, 'speaker' | 'onClose'> & { speaker: Speaker }) {
  const { t, i18n } = useTranslation('speakers');
  const language = i18n.language as Language;
  const suggester = speaker.suggestedByMemberId
    ? t('suggestedBy', { name: members.find((member) => member.id === speaker.suggestedByMemberId)?.name ?? t('unknownMember') })
    : t('suggestedByFacilitator');
  const contact = [speaker.email, speaker.phone].filter((part) => part !== '');
  const { data: talks, loading, replace } = useSpeakerHistory(groupId, speaker.id);
  // The main process refuses to delete a speaker with invitations here; do not offer what will be refused.
  const hasInvitationsHere = talks?.some((talk) => talk.groupId === groupId) ?? true;
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Text size="sm">{[speaker.title, speaker.organisation].filter((part) => part !== '').join(', ')}</Text>
        <Text size="xs" c="dimmed">
          {suggester}
        </Text>
        {speaker.doNotAskBefore && (
          <Badge color="orange" variant="light" w="fit-content">
            {t('doNotAskBefore', { date: formatShortDate(speaker.doNotAskBefore, language) })}
          </Badge>
        )}
      </Stack>
      {contact.length > 0 && <Section title={t('details.contact')}>{contact.join(' · ')}</Section>}
      <Section title={t('details.topics')}>
        {speaker.topics.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('details.noTopics')}
          </Text>
        ) : (
          <Group gap={4}>
            {speaker.topics.map((topic) => (
              <Badge key={topic} variant="light">
                {topic}
              </Badge>
            ))}
          </Group>
        )}
      </Section>
      {speaker.bio && <Section title={t('details.bio')}>{speaker.bio}</Section>}
      {speaker.notes && <Section title={t('details.notes')}>{speaker.notes}</Section>}
      <Group gap="sm">
        <Button variant="light" leftSection={<IconPencil size={16} />} onClick={() => onEdit(speaker)}>
          {t('edit')}
        </Button>
        {!hasInvitationsHere && (
          <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => onDelete(speaker)}>
            {t('delete')}
          </Button>
        )}
      </Group>
      <Divider />
      <Title order={4}>{t('details.history')}</Title>
      <SpeakerHistory
        groupId={groupId}
        talks={talks}
        loading={loading}
        onRated={(saved) => talks && replace(talks.map((talk) => (talk.groupId === saved.groupId && talk.invitationId === saved.invitationId ? saved : talk)))}
      />
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {title}
      </Text>
      {typeof children === 'string' ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {children}
        </Text>
      ) : (
        children
      )}
    </Stack>
  );
}
