// The rule part of "plan the year": year, nth weekday of chosen months or chosen dates, kind, and what to do on holidays.
import { Chip, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Language, Meeting } from '../../../../src-main/domain/model';
import { dayjsLocale } from '../../i18n/dates';
import { WEEKDAYS_MONDAY_FIRST, WEEKS, type RuleKind, type WeekOfMonth, type YearPlanChoices } from './year-plan-rule';

const KINDS: Meeting['kind'][] = ['fullDay', 'halfDay', 'overnight'];

interface YearPlanFormProps {
  choices: YearPlanChoices;
  onChange: (choices: YearPlanChoices) => void;
}

export function YearPlanForm({ choices, onChange }: YearPlanFormProps) {
  const { t, i18n } = useTranslation('meetings');
  const locale = dayjsLocale(i18n.language as Language);
  const set = <K extends keyof YearPlanChoices>(key: K, value: YearPlanChoices[K]) => onChange({ ...choices, [key]: value });
  const monthName = (month: number) => dayjs().locale(locale).month(month - 1).format('MMM');

  return (
    <Stack gap="sm">
      <SimpleGrid cols={2}>
        <NumberInput label={t('plan.year')} value={choices.year} min={2000} max={2100} onChange={(value) => typeof value === 'number' && set('year', value)} allowDecimal={false} />
        <Select
          label={t('plan.kind')}
          data={KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
          value={choices.kind}
          onChange={(value) => value && set('kind', value as Meeting['kind'])}
          allowDeselect={false}
        />
      </SimpleGrid>
      <Group gap="sm">
        <Text size="sm" fw={500}>
          {t('plan.onHoliday')}
        </Text>
        <SegmentedControl
          aria-label={t('plan.onHoliday')}
          value={choices.onHoliday}
          onChange={(value) => set('onHoliday', value as YearPlanChoices['onHoliday'])}
          data={[
            { value: 'flag', label: t('plan.holidayFlag') },
            { value: 'nextWeek', label: t('plan.holidayNextWeek') },
          ]}
        />
      </Group>
      <SegmentedControl
        aria-label={t('plan.ruleKind')}
        value={choices.ruleKind}
        onChange={(value) => set('ruleKind', value as RuleKind)}
        data={[
          { value: 'nthWeekday', label: t('plan.ruleNth') },
          { value: 'dates', label: t('plan.ruleDates') },
        ]}
      />
      {choices.ruleKind === 'nthWeekday' ? (
        <>
          <SimpleGrid cols={2}>
            <Select
              label={t('plan.week')}
              data={WEEKS.map((week) => ({ value: String(week), label: t(`plan.weeks.${week}`) }))}
              value={String(choices.week)}
              onChange={(value) => value && set('week', Number(value) as WeekOfMonth)}
              allowDeselect={false}
            />
            <Select
              label={t('plan.weekday')}
              data={WEEKDAYS_MONDAY_FIRST.map((weekday) => ({ value: String(weekday), label: t(`weekdays.${weekday}`) }))}
              value={String(choices.weekday)}
              onChange={(value) => value && set('weekday', Number(value))}
              allowDeselect={false}
            />
          </SimpleGrid>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="plan-months-label">
              {t('plan.months')}
            </Text>
            <Chip.Group multiple value={choices.months.map(String)} onChange={(values) => set('months', values.map(Number))}>
              <Group gap={6} role="group" aria-labelledby="plan-months-label">
                {Array.from({ length: 12 }, (_, index) => index + 1).map((month) => (
                  <Chip key={month} value={String(month)} size="xs">
                    {monthName(month)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Stack>
        </>
      ) : (
        <DatePickerInput
          type="multiple"
          label={t('plan.dates')}
          value={choices.dates}
          onChange={(values) => set('dates', values.map(String))}
          valueFormat="D. MMM YYYY"
          firstDayOfWeek={1}
          defaultDate={`${choices.year}-01-01`}
          clearable
        />
      )}
    </Stack>
  );
}
