// How tall an attendance chart is drawn, in its own module so the placeholder shown while the chart's code loads can
// take the same height without loading that code.
const ROW_HEIGHT = 30;

/** Bars along the x-axis (years) or one row per bar (members, whose names need the width). */
export type ChartLayout = 'columns' | 'rows';

export function chartHeight(layout: ChartLayout, bars: number): number {
  return layout === 'rows' ? Math.max(120, bars * ROW_HEIGHT + 50) : 240;
}
