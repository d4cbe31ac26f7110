// A small set of exclusive choices shown as pills, for controls repeated on every row of a long form (a level per
// entry, attendance per member). Mantine's SegmentedControl measures its moving indicator on mount and watches two
// ResizeObservers per control; with a hundred of them in the minutes editor each added row forced a layout of the
// whole page. This one is native radio buttons and CSS: nothing is measured, and the keyboard works as for any radios.
import { memo, useId, type CSSProperties } from 'react';
import './segmented-choice.css';

export interface Choice<Value extends string> {
  value: Value;
  label: string;
}

interface SegmentedChoiceProps<Value extends string> {
  value: Value;
  choices: readonly Choice<Value>[];
  onChange: (value: Value) => void;
  /** Names the group for screen readers. */
  label: string;
  /** A Mantine colour name for the chosen pill ("red", "teal"); its filled shade follows the theme and colour scheme. */
  color: string;
  title?: string;
}

function SegmentedChoiceInner<Value extends string>({ value, choices, onChange, label, color, title }: SegmentedChoiceProps<Value>) {
  const name = useId();
  const style = { '--segmented-choice-color': `var(--mantine-color-${color}-filled)` } as CSSProperties;
  return (
    <div role="radiogroup" aria-label={label} className="segmented-choice" style={style} title={title}>
      {choices.map((choice) => {
        const checked = choice.value === value;
        return (
          <label key={choice.value} className="segmented-choice__option" data-checked={checked || undefined}>
            <input
              type="radio"
              className="segmented-choice__input"
              name={name}
              value={choice.value}
              checked={checked}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
          </label>
        );
      })}
    </div>
  );
}

export const SegmentedChoice = memo(SegmentedChoiceInner) as typeof SegmentedChoiceInner;
