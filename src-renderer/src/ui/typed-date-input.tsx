// A date field that can be typed as well as picked ("12.3.2026" or "12. marts 2026"); a typed text that is no date
// says so under the field instead of being silently dropped.
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useState } from 'react';
import { parseTypedDate } from './typed-date';

interface TypedDateInputProps extends Omit<DateInputProps, 'value' | 'onChange' | 'dateParser'> {
  value: string | null;
  onChange: (value: string | null) => void;
  /** Shown when the typed text is not a date, e.g. "Skriv datoen som 12.3.2026". */
  invalidMessage: string;
}

export function TypedDateInput({ value, onChange, invalidMessage, error, onBlur, ...props }: TypedDateInputProps) {
  const [invalid, setInvalid] = useState(false);
  return (
    <DateInput
      {...props}
      value={value}
      onChange={(next) => {
        setInvalid(false);
        onChange(next);
      }}
      dateParser={(text) => parseTypedDate(text)}
      onBlur={(event) => {
        const text = event.currentTarget.value.trim();
        setInvalid(text !== '' && parseTypedDate(text) === null);
        onBlur?.(event);
      }}
      error={invalid ? invalidMessage : error}
    />
  );
}
