// The year view drawn a month at a time. FullCalendar's multi-month view renders, measures and re-renders all twelve
// month grids in one go (a main-thread task of 150–350 ms on a slow machine, felt as a frozen page). This view is the
// same multi-month view, but it shows the first months at once and adds the others one per task.
import type { ViewComponentType } from '@fullcalendar/react';
import multiMonthPlugin from '@fullcalendar/react/multimonth';
import type { Component, ComponentProps } from 'react';

type ViewProps = ComponentProps<ViewComponentType>;

/** The parts of FullCalendar's (internal) MultiMonthView class that this view builds on. */
interface MultiMonthView extends Component<ViewProps> {
  /** Memoised: the view's range split into one date profile per month; the view renders one grid per entry. */
  splitDateProfileByMonth: (generator: unknown, dateProfile: unknown, ...rest: unknown[]) => readonly unknown[];
}
type MultiMonthViewClass = new (props: ViewProps) => MultiMonthView;

/** Months drawn in the task that switches to the year view; each later task adds one. */
export const FIRST_MONTHS = 1;

/** FullCalendar's multi-month view component, read from its plugin definition; null if a new version moved it. */
export function multiMonthViewClass(plugin: unknown = multiMonthPlugin): MultiMonthViewClass | null {
  const component = (plugin as { views?: { multiMonth?: { component?: unknown } } }).views?.multiMonth?.component;
  return typeof component === 'function' ? (component as MultiMonthViewClass) : null;
}

/** Exported for its test; `progressiveYearView` below is the one to use. */
export function progressiveView(Base: MultiMonthViewClass): MultiMonthViewClass {
  return class ProgressiveYearView extends Base {
    private progress: { dateProfile: unknown; months: number } = { dateProfile: undefined, months: 0 };
    private monthsInRange = 0;
    private timer: ReturnType<typeof setTimeout> | undefined;

    constructor(props: ViewProps) {
      super(props);
      const allMonths = this.splitDateProfileByMonth;
      if (typeof allMonths !== 'function') return; // a FullCalendar we do not know: draw it all, as it would
      this.splitDateProfileByMonth = (generator, dateProfile, ...rest) => {
        const months = allMonths(generator, dateProfile, ...rest);
        // Another year (or a fresh view) starts over with the first months.
        if (dateProfile !== this.progress.dateProfile) this.progress = { dateProfile, months: FIRST_MONTHS };
        this.monthsInRange = months.length;
        // Printing needs every month at once. The entries are the memo's own objects, so months already drawn get
        // identical props and are not rendered again when one more is added.
        return (this.props as { forPrint?: boolean }).forPrint ? months : months.slice(0, this.progress.months);
      };
    }

    override componentDidMount(): void {
      super.componentDidMount?.();
      this.drawNextMonthSoon();
    }

    override componentDidUpdate(...args: Parameters<NonNullable<Component<ViewProps>['componentDidUpdate']>>): void {
      super.componentDidUpdate?.(...args);
      this.drawNextMonthSoon();
    }

    override componentWillUnmount(): void {
      clearTimeout(this.timer);
      super.componentWillUnmount?.();
    }

    /** One month per task, each after the previous one was committed, so the page can paint and answer in between. */
    private drawNextMonthSoon(): void {
      if (this.timer !== undefined || this.progress.months >= this.monthsInRange) return;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.progress = { ...this.progress, months: this.progress.months + 1 };
        this.forceUpdate();
      }, 0);
    }
  };
}

const Base = multiMonthViewClass();

/**
 * The view type to register under FullCalendar's `views` option, or null when the multi-month view cannot be
 * extended (then the plain multiMonthYear view is used).
 */
export const progressiveYearView: MultiMonthViewClass | null = Base ? progressiveView(Base) : null;
