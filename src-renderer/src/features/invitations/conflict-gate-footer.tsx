// The foot of a form saved behind a conflict check: the warnings with "save anyway"/"back", or cancel/save.
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../ui/form-failure';
import { ConflictList } from './conflict-list';
import type { InvitationConflict } from '../../../../src-main/domain/invitation-conflicts';
import type { ConflictGate } from './use-conflict-gate';

interface ConflictGateFooterProps {
  gate: Pick<ConflictGate<unknown>, 'busy' | 'failure' | 'proceed' | 'back'> & { pending: { conflicts: readonly InvitationConflict[] } | null };
  speakerName: string;
  saveLabel: string;
  onCancel: () => void;
}

export function ConflictGateFooter({ gate, speakerName, saveLabel, onCancel }: ConflictGateFooterProps) {
  const { t } = useTranslation('invitations');
  const { t: tApp } = useTranslation();
  return (
    <Stack gap="sm">
      {gate.pending && <ConflictList conflicts={gate.pending.conflicts} speakerName={speakerName} title={t('conflicts.title')} />}
      <FormFailure failure={gate.failure} />
      <Group justify="flex-end" mt="sm">
        {gate.pending ? (
          <>
            <Button variant="default" onClick={gate.back}>
              {t('conflicts.back')}
            </Button>
            <Button color="orange" loading={gate.busy} onClick={() => void gate.proceed()}>
              {t('conflicts.proceed')}
            </Button>
          </>
        ) : (
          <>
            <Button variant="default" onClick={onCancel}>
              {tApp('app.cancel')}
            </Button>
            <Button type="submit" loading={gate.busy}>
              {saveLabel}
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
}
