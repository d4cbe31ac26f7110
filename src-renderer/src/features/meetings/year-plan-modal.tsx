// "Plan the year": choose a rule, look at the preview with its flags, adjust dates, and save every meeting at once.
// A year that already has meetings says which planned ones would duplicate them, and offers to replace the empty ones
// or keep them all and add only the missing.
import { Alert, Button, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../src-main/domain/model';
import { rePlanChanges, type DuplicateChoice } from '../../../../src-main/domain/re-plan';
import { movePlannedMeeting, type PlannedMeeting } from '../../../../src-main/domain/year-plan';
import { useBusyAction } from '../../ui/use-busy-action';
import { SAVING_SIGN_AFTER_MS, useShownAfter } from '../../ui/use-shown-after';
import { useApiQuery } from '../../use-api-query';
import { YearPlanForm } from './year-plan-form';
import { YearPlanPreview } from './year-plan-preview';
import { YearPlanHosts } from './year-plan-hosts';
import type { HostTurn } from '../../../../src-main/domain/host-rotation';
import { defaultChoices, previewRequest, type YearPlanChoices } from './year-plan-rule';
import { useSaveYearPlan } from './use-meeting-actions';
import { YearPlanDuplicates } from './year-plan-duplicates';

interface YearPlanModalProps {
  opened: boolean;
  groupId: string;
  today: string;
  meetings: readonly Meeting[];
  /** Whose turn it is to host (from meetings.list), for the host suggestion under the preview. */
  hostQueue: readonly HostTurn[];
  onClose: () => void;
}

export function YearPlanModal({ opened, onClose, ...rest }: YearPlanModalProps) {
  const { t } = useTranslation('meetings');
  return (
    <Modal opened={opened} onClose={onClose} title={t('plan.title')} size="xl">
      {opened && <YearPlan onClose={onClose} {...rest} />}
    </Modal>
  );
}

const never = () => false;

function YearPlan({ groupId, today, meetings, hostQueue, onClose }: Omit<YearPlanModalProps, 'opened'>) {
  const savePlan = useSaveYearPlan(groupId);
  const { t } = useTranslation('meetings');
  const { t: tApp } = useTranslation();
  const [choices, setChoices] = useState<YearPlanChoices>(() => defaultChoices(today));
  const request = previewRequest(choices);
  const preview = useApiQuery('meetings.previewYear', request, never);
  // Dates changed by hand belong to the preview they were made on; a new preview starts from the rule again.
  const [adjusted, setAdjusted] = useState<{ source: PlannedMeeting[]; planned: PlannedMeeting[] } | null>(null);
  const planned = adjusted && adjusted.source === preview.data ? adjusted.planned : (preview.data ?? []);
  const { busy: saving, run } = useBusyAction();
  const slowSave = useShownAfter(saving, SAVING_SIGN_AFTER_MS);
  const existing = meetings.filter((meeting) => meeting.date.startsWith(`${choices.year}-`)).length;
  // Asked again whenever the dates change, so every clash shows before the plan is saved.
  const clashes = useApiQuery(
    'meetings.clashes',
    request === null || planned.length === 0 ? null : { groupId, candidates: planned.map(({ date, kind }) => ({ date, kind })) },
    never,
  );

  // Asked again whenever the dates change; the save decides again on the stored state with the same rule.
  const duplicates = useApiQuery(
    'yearPlan.duplicates',
    request === null || planned.length === 0 ? null : { groupId, planned: planned.map(({ date }) => ({ date })) },
    never,
  );
  const found = duplicates.data ?? [];
  const replaceable = rePlanChanges(planned.length, found, 'replace').remove.length;
  const missing = rePlanChanges(planned.length, found, 'keep').add.length;

  const save = (choice: DuplicateChoice) =>
    run(async () => {
      await savePlan(
        planned.map(({ date, startTime, endTime, kind }) => ({ date, startTime, endTime, kind })),
        choice,
      );
      onClose();
    });
  const nothingPlanned = request === null || planned.length === 0;

  return (
    <Stack gap="md">
      <YearPlanForm choices={choices} onChange={setChoices} />
      <Title order={3} size="h5">
        {t('plan.preview')}
      </Title>
      {request === null ? (
        <Text size="sm" c="dimmed">
          {t('plan.previewEmpty')}
        </Text>
      ) : preview.error ? (
        <Alert color="red">{t('plan.previewFailed')}</Alert>
      ) : preview.loading ? (
        <Loader size="sm" />
      ) : (
        <YearPlanPreview
          planned={planned}
          clashes={clashes.data}
          duplicates={found}
          onMove={(index, date) => preview.data && setAdjusted({ source: preview.data, planned: movePlannedMeeting(planned, index, date) })}
        />
      )}
      <YearPlanHosts queue={hostQueue} count={request === null ? 0 : planned.length} />
      {found.length > 0 ? (
        <YearPlanDuplicates duplicates={found} plannedCount={planned.length} />
      ) : (
        existing > 0 && (
          <Alert color="yellow" variant="light">
            {t('plan.existing', { count: existing, year: choices.year })}
          </Alert>
        )
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {tApp('app.cancel')}
        </Button>
        {found.length === 0 ? (
          <Button onClick={() => void save('keep')} loading={slowSave} disabled={nothingPlanned || duplicates.loading}>
            {t('plan.save', { count: planned.length })}
          </Button>
        ) : (
          <>
            <Button variant={replaceable > 0 ? 'default' : 'filled'} onClick={() => void save('keep')} loading={slowSave} disabled={missing === 0}>
              {missing === 0 ? t('plan.keepNothing') : t('plan.keep', { count: missing })}
            </Button>
            {replaceable > 0 && (
              <Button onClick={() => void save('replace')} loading={slowSave}>
                {t('plan.replace', { count: replaceable })}
              </Button>
            )}
          </>
        )}
      </Group>
    </Stack>
  );
}
