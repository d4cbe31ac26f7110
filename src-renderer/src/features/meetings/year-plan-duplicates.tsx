// The year plan's warning when the group already has meetings the plan would duplicate: how many, what each choice
// does, and which existing meetings stay whatever is chosen because they hold work (domain/re-plan.ts decides all of it).
import { Alert, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import { rePlanChanges, type PlanDuplicate } from '../../../../src-main/domain/re-plan';
import { formatLongDate } from '../../i18n/dates';

export function YearPlanDuplicates({ duplicates, plannedCount }: { duplicates: readonly PlanDuplicate[]; plannedCount: number }) {
  const { t, i18n } = useTranslation('meetings');
  const language = i18n.language as Language;
  const replaceable = rePlanChanges(plannedCount, duplicates, 'replace').remove.length;
  const missing = rePlanChanges(plannedCount, duplicates, 'keep').add.length;
  const withContent = duplicates.filter((duplicate) => duplicate.content.length > 0);
  return (
    <Alert color="yellow" variant="light" title={t('plan.duplicates', { count: duplicates.length })} data-testid="year-plan-duplicates">
      <Stack gap={6}>
        <Text size="sm">{t('plan.duplicatesRule')}</Text>
        {replaceable > 0 && <Text size="sm">{t('plan.replaceHint', { count: replaceable })}</Text>}
        <Text size="sm">{missing === 0 ? t('plan.keepHintNothing') : t('plan.keepHint', { count: missing })}</Text>
        {withContent.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t('plan.keptBecause')}
            </Text>
            <List size="sm" spacing={2}>
              {withContent.map((duplicate) => (
                <List.Item key={duplicate.meetingId}>
                  {t('plan.keptItem', {
                    date: formatLongDate(duplicate.meetingDate, language),
                    content: duplicate.content.map((kind) => t(`plan.content.${kind}`)).join(', '),
                  })}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Alert>
  );
}
