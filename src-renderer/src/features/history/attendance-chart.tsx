// A bar chart of attendance rates in per cent, named for screen readers with every value it shows (the table beside it
// holds the same figures), its axis and tooltip texts in the UI language.
import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface RateBar {
  label: string;
  /** Whole per cent, 0–100. */
  rate: number;
}

interface AttendanceChartProps {
  bars: readonly RateBar[];
  /** The chart's accessible name; a summary of every bar is added to it. */
  name: (summary: string) => string;
  /** Bars along the x-axis (years) or one row per bar (members, whose names need the width). */
  layout: 'columns' | 'rows';
  testId: string;
}

const ROW_HEIGHT = 30;

export function AttendanceChart({ bars, name, layout, testId }: AttendanceChartProps) {
  const { t } = useTranslation('history');
  const percent = (value: number) => t('attendance.percent', { value });
  const summary = bars.map((bar) => `${bar.label}: ${percent(bar.rate)}`).join(', ');
  const rows = layout === 'rows';
  const label = name(summary);
  return (
    <Box component="figure" m={0} aria-label={label} data-testid={testId}>
      <BarChart
        h={rows ? Math.max(120, bars.length * ROW_HEIGHT + 50) : 240}
        data={bars.map((bar) => ({ ...bar }))}
        dataKey="label"
        orientation={rows ? 'vertical' : 'horizontal'}
        series={[{ name: 'rate', label: t('attendance.rate'), color: 'teal.6' }]}
        valueFormatter={percent}
        withBarValueLabel
        maxBarWidth={rows ? 22 : 56}
        gridAxis={rows ? 'x' : 'y'}
        xAxisProps={rows ? { domain: [0, 100] } : {}}
        yAxisProps={rows ? { width: 170 } : { domain: [0, 100] }}
        barChartProps={{ title: label }}
        tooltipAnimationDuration={0}
        barProps={{ isAnimationActive: false }}
      />
    </Box>
  );
}
