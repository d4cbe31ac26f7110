// A bar chart of attendance rates in per cent, named for screen readers with every value it shows (the table beside it
// holds the same figures), its axis and tooltip texts in the UI language.
import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { chartHeight, type ChartLayout } from './chart-height';

export interface RateBar {
  label: string;
  /** Whole per cent, 0–100. */
  rate: number;
}

interface AttendanceChartProps {
  bars: readonly RateBar[];
  /** The chart's accessible name; a summary of every bar is added to it. */
  name: (summary: string) => string;
  layout: ChartLayout;
  testId: string;
}


export function AttendanceChart({ bars, name, layout, testId }: AttendanceChartProps) {
  const { t } = useTranslation('history');
  const percent = (value: number) => t('attendance.percent', { value });
  // Inside the chart the Danish "75 %" keeps its space unbroken, or recharts wraps a label at the chart's edge.
  const unbroken = (value: number) => percent(value).replace(' ', '\u00a0');
  const summary = bars.map((bar) => `${bar.label}: ${percent(bar.rate)}`).join(', ');
  const rows = layout === 'rows';
  const label = name(summary);
  return (
    <Box component="figure" m={0} aria-label={label} data-testid={testId}>
      <BarChart
        h={chartHeight(layout, bars.length)}
        data={bars.map((bar) => ({ ...bar }))}
        dataKey="label"
        orientation={rows ? 'vertical' : 'horizontal'}
        series={[{ name: 'rate', label: t('attendance.rate'), color: 'teal.6' }]}
        valueFormatter={unbroken}
        withBarValueLabel
        maxBarWidth={rows ? 22 : 56}
        gridAxis={rows ? 'x' : 'y'}
        xAxisProps={rows ? { domain: [0, 100] } : {}}
        yAxisProps={rows ? { width: 170 } : { domain: [0, 100] }}
        // Room on the right for the value label of a full bar, which recharts would otherwise clip.
        barChartProps={{ title: label, margin: { top: 16, right: rows ? 56 : 8, left: 0, bottom: 0 } }}
        tooltipAnimationDuration={0}
        barProps={{ isAnimationActive: false }}
      />
    </Box>
  );
}
