// An e-mail draft for one invitation in the group's language: preview it, then open it in the mail program or save an .eml.
import { Alert, Button, Group, Loader, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconDeviceFloppy, IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAIL_KINDS, type MailKind } from '../../../../src-main/domain/speaker-model';
import { useApi } from '../../api-context';
import { translateError } from '../../i18n/translate-error';
import { deliverExport, finishOpenExternal } from '../../ui/deliver-export';
import { LabelledSegmentedControl } from '../../ui/labelled-segmented-control';
import { notifySuccess } from '../../ui/notify';
import { useBusyAction } from '../../ui/use-busy-action';
import { useApiQuery } from '../../use-api-query';

export interface MailTarget {
  invitationId: string;
  speakerName: string;
  kind: MailKind;
}

export function MailDraftModal({ groupId, target, onClose }: { groupId: string; target: MailTarget | null; onClose: () => void }) {
  const { t } = useTranslation('invitations');
  return (
    <Modal opened={target !== null} onClose={onClose} title={target ? t('mail.title', { name: target.speakerName }) : ''} size="xl">
      {target && <MailDraft key={target.invitationId} groupId={groupId} target={target} />}
    </Modal>
  );
}

function MailDraft({ groupId, target }: { groupId: string; target: MailTarget }) {
  const api = useApi();
  const { t } = useTranslation('invitations');
  const { t: tApp } = useTranslation();
  const [kind, setKind] = useState<MailKind>(target.kind);
  const opening = useBusyAction();
  const saving = useBusyAction();
  const request = { groupId, invitationId: target.invitationId, kind };
  const { data: draft, error, loading } = useApiQuery('invitations.mailDraft', request, (event) => event.type === 'groupChanged' && event.groupId === groupId);

  const open = () =>
    opening.run(async () => {
      finishOpenExternal(await api.call('invitations.openMail', request));
    });
  const save = () =>
    saving.run(async () => {
      const fileName = deliverExport(await api.call('invitations.saveEml', request));
      if (fileName) notifySuccess(t('mail.saved', { fileName }));
    });

  return (
    <Stack gap="sm">
      <LabelledSegmentedControl
        labelId="mail-kind-label"
        label={t('mail.kind')}
        value={kind}
        onChange={(value) => setKind(MAIL_KINDS.find((candidate) => candidate === value) ?? 'ask')}
        data={MAIL_KINDS.map((value) => ({ value, label: t(`mail.kinds.${value}`) }))}
      />
      {loading && (
        <Group gap="xs">
          <Loader size="sm" />
          <Text size="sm">{t('mail.loading')}</Text>
        </Group>
      )}
      {!loading && !draft && <Alert color="red">{translateError(tApp, error)}</Alert>}
      {draft && (
        <>
          {draft.to.length === 0 ? (
            <Alert color="yellow">{t('mail.noEmail')}</Alert>
          ) : (
            <TextInput label={t('mail.to')} value={draft.to.map((address) => `${address.name ?? ''} <${address.email}>`).join(', ')} readOnly />
          )}
          <TextInput label={t('mail.subject')} value={draft.subject} readOnly />
          <Textarea label={t('mail.body')} value={draft.body} readOnly autosize minRows={8} maxRows={18} />
        </>
      )}
      <Text size="xs" c="dimmed">
        {t('mail.neverSent')}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" leftSection={<IconDeviceFloppy size={16} />} onClick={() => void save()} loading={saving.busy} disabled={!draft}>
          {t('mail.saveEml')}
        </Button>
        <Button leftSection={<IconMailForward size={16} />} onClick={() => void open()} loading={opening.busy} disabled={!draft}>
          {t('mail.open')}
        </Button>
      </Group>
    </Stack>
  );
}
