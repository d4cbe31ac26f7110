// @vitest-environment jsdom
import type { ViewComponentType } from '@fullcalendar/react';
import { Component, type ComponentProps } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_MONTHS, multiMonthViewClass, progressiveView, progressiveYearView } from './progressive-year-view';

type ViewProps = ComponentProps<ViewComponentType>;

/** Stands in for FullCalendar's view: twelve month objects per date profile, memoised as the real one is. */
class FakeMultiMonthView extends Component<ViewProps> {
  private memo: { dateProfile: unknown; months: object[] } | null = null;
  splitDateProfileByMonth = (_generator: unknown, dateProfile: unknown): readonly object[] => {
    const memo = this.memo !== null && this.memo.dateProfile === dateProfile ? this.memo : { dateProfile, months: Array.from({ length: 12 }, (_, month) => ({ month })) };
    this.memo = memo;
    return memo.months;
  };
  override render() {
    return null;
  }
}

interface Rendered {
  view: InstanceType<ReturnType<typeof progressiveView>>;
  /** What the view's render would draw now: the months of the current props. */
  months: () => readonly unknown[];
}

function mount(props: Record<string, unknown>): Rendered {
  const View = progressiveView(FakeMultiMonthView);
  const view = new View(props as unknown as ViewProps);
  const months = () => view.splitDateProfileByMonth(null, (view.props as { dateProfile?: unknown }).dateProfile);
  // forceUpdate outside React: render again, then what React calls after an update.
  view.forceUpdate = vi.fn(() => {
    months();
    view.componentDidUpdate?.(view.props, view.state, undefined);
  });
  months();
  view.componentDidMount?.();
  return { view, months };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('year view drawn a month at a time', () => {
  it('extends the multi-month view of the installed FullCalendar (a version that moved it would fail here)', () => {
    const Base = multiMonthViewClass();
    expect(Base).not.toBeNull();
    expect(typeof new Base!({} as ViewProps).splitDateProfileByMonth).toBe('function');
    expect(progressiveYearView).not.toBeNull();
    expect(multiMonthViewClass({ views: {} })).toBeNull();
  });

  it('draws the first months at once, then one more per task until the year is complete', () => {
    vi.useFakeTimers();
    const dateProfile = { year: 2026 };
    const { view, months } = mount({ dateProfile });
    expect(months()).toHaveLength(FIRST_MONTHS);
    const january = months()[0];
    vi.advanceTimersToNextTimer();
    expect(months()).toHaveLength(FIRST_MONTHS + 1);
    vi.runAllTimers();
    expect(months()).toHaveLength(12);
    expect(view.forceUpdate).toHaveBeenCalledTimes(12 - FIRST_MONTHS);
    expect(vi.getTimerCount()).toBe(0);
    // The months drawn are the memo's own objects, so a month already drawn gets identical props and is not redrawn.
    expect(months()[0]).toBe(january);
  });

  it('starts over with the first months when another year is shown, and draws everything when printing', () => {
    vi.useFakeTimers();
    const { view, months } = mount({ dateProfile: { year: 2026 } });
    vi.runAllTimers();
    Object.assign(view, { props: { dateProfile: { year: 2027 } } });
    expect(months()).toHaveLength(FIRST_MONTHS);
    Object.assign(view, { props: { dateProfile: { year: 2027 }, forPrint: true } });
    expect(months()).toHaveLength(12);
  });

  it('stops adding months when the view goes away', () => {
    vi.useFakeTimers();
    const { view } = mount({ dateProfile: { year: 2026 } });
    expect(vi.getTimerCount()).toBe(1);
    view.componentWillUnmount?.();
    expect(vi.getTimerCount()).toBe(0);
  });
});
