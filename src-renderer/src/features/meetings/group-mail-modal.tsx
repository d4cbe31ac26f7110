// One meeting's mails: before it, the members' replies and the invitation to all with the agenda and the .ics
// attached; after it, the members' minutes to all and each action owner's list. Every mail is an .eml draft that
// opens in the mail program (or is saved); the app sends nothing.
import { Alert, Button, Divider, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconDeviceFloppy, IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../src-main/api/contract';
import type { GroupMailChoice, GroupMailResult } from '../../../../src-main/api/operations/group-mail';
import type { Language, Meeting } from '../../../../src-main/domain/model';
import { useApi } from '../../api-context';
import { formatLongDate } from '../../i18n/dates';
import { deliverExport } from '../../ui/deliver-export';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { QueryFallback } from '../../ui/query-state';
import { useApiQuery } from '../../use-api-query';
import { MemberRepliesTable } from './member-replies-table';

interface GroupMailModalProps {
  groupId: string;
  meeting: Pick<Meeting, 'id' | 'date'>;
  onClose: () => void;
}

export function GroupMailModal({ groupId, meeting, onClose }: GroupMailModalProps) {
  const api = useApi();
  const { t, i18n } = useTranslation('groupMail');
  const { t: tCommon } = useTranslation();
  const input = { groupId, meetingId: meeting.id };
  const overview = useApiQuery('groupMail.overview', input, (event) => event.type === 'groupChanged' && event.groupId === groupId);
  const [busy, setBusy] = useState<string | null>(null);

  const finish = (result: GroupMailResult) => {
    if (result.kind === 'opened') notifySuccess(t('opened', { fileName: result.fileName }));
    else {
      const fileName = deliverExport(result);
      if (fileName) notifySuccess(t('saved', { fileName }));
    }
  };

  const make = async (key: string, mail: GroupMailChoice, delivery: 'open' | 'save') => {
    setBusy(`${key}-${delivery}`);
    try {
      finish(await api.call('groupMail.make', { ...input, mail, delivery }));
    } catch (error) {
      notifyFailure(tCommon, error);
    } finally {
      setBusy(null);
    }
  };

  const setReply = async (memberId: string, reply: InputOf<'groupMail.setReply'>['reply']) => {
    try {
      await api.call('groupMail.setReply', { ...input, memberId, reply });
      overview.reload();
    } catch (error) {
      notifyFailure(tCommon, error);
    }
  };

  /** A mail's two buttons: open in the mail program (the main one), or save the draft as a file. */
  const mailButtons = (key: string, mail: GroupMailChoice, label: string, disabled = false) => (
    <Group gap="xs">
      <Button
        leftSection={<IconMailForward size={16} aria-hidden />}
        loading={busy === `${key}-open`}
        disabled={disabled || (busy !== null && busy !== `${key}-open`)}
        onClick={() => void make(key, mail, 'open')}
      >
        {label}
      </Button>
      <Button
        variant="default"
        leftSection={<IconDeviceFloppy size={16} aria-hidden />}
        loading={busy === `${key}-save`}
        disabled={disabled || (busy !== null && busy !== `${key}-save`)}
        aria-label={`${label}: ${t('saveInstead')}`}
        onClick={() => void make(key, mail, 'save')}
      >
        {t('saveInstead')}
      </Button>
    </Group>
  );

  const date = formatLongDate(meeting.date, i18n.language as Language);
  return (
    <Modal opened onClose={onClose} title={t('title', { date })} size="xl">
      {overview.data === undefined ? (
        <QueryFallback query={overview} failedTitle={t('loadFailed')} />
      ) : (
        ((data) => {
          const withoutEmail = data.members.filter((member) => !member.hasEmail).map((member) => member.name);
          return (
            <Stack gap="md">
              {!data.signed && (
                <Alert color="yellow" variant="light">
                  {t('unsigned')}
                </Alert>
              )}
              <Title order={3} size="h4">
                {t('before')}
              </Title>
              <Stack gap={4}>
                <Group justify="space-between" align="baseline">
                  <Text fw={600} size="sm" id="replies-heading">
                    {t('repliesHeading')}
                  </Text>
                  <Text size="sm" c="dimmed" aria-live="polite">
                    {data.dinner ? t('repliesSummaryDinner', { ...data.counts }) : t('repliesSummary', { ...data.counts })}
                  </Text>
                </Group>
                {data.members.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('noMembers')}
                  </Text>
                ) : (
                  <MemberRepliesTable members={data.members} dinner={data.dinner} onChange={(memberId, reply) => void setReply(memberId, reply)} />
                )}
              </Stack>
              <Stack gap={4}>
                {mailButtons('invitation', { kind: 'invitation' }, t('invitationButton'), data.members.length === 0)}
                <Text size="xs" c="dimmed">
                  {t('invitationHint')}
                </Text>
                {withoutEmail.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('withoutEmail', { names: withoutEmail.join(', ') })}
                  </Text>
                )}
              </Stack>
              <Divider />
              <Title order={3} size="h4">
                {t('after')}
              </Title>
              <Stack gap={4}>
                {mailButtons('minutes', { kind: 'minutes' }, t('minutesButton'), !data.hasMinutes)}
                <Text size="xs" c="dimmed">
                  {data.hasMinutes ? t('minutesHint') : t('minutesMissing')}
                </Text>
              </Stack>
              <Stack gap={6}>
                <Text fw={600} size="sm">
                  {t('ownersHeading')}
                </Text>
                {data.actionOwners.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('ownersEmpty')}
                  </Text>
                ) : (
                  data.actionOwners.map((owner) => (
                    <Group key={owner.memberId} justify="space-between" wrap="nowrap">
                      <Text size="sm">
                        {owner.name} · {t('ownerActions', { count: owner.actionCount })}
                        {!owner.hasEmail && ` · ${t('noEmail')}`}
                      </Text>
                      {mailButtons(`owner-${owner.memberId}`, { kind: 'actions', memberId: owner.memberId }, t('mailOwner', { name: owner.name }))}
                    </Group>
                  ))
                )}
              </Stack>
            </Stack>
          );
        })(overview.data)
      )}
    </Modal>
  );
}
