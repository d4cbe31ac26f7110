// The time each member gets in a round, in minutes. Sent when the facilitator leaves the field (or presses Enter),
// not on every keystroke, so "2.5" is never stored as "2" on its way.
import { NumberInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function SecondsPerPerson({ seconds, onChange }: { seconds: number; onChange: (seconds: number) => void }) {
  const { t } = useTranslation('liveMeeting');
  const [minutes, setMinutes] = useState<number | string>(seconds / 60);
  const commit = () => {
    const value = typeof minutes === 'number' ? minutes : Number.parseFloat(minutes.replace(',', '.'));
    if (Number.isFinite(value) && value >= 1 && Math.round(value * 60) !== seconds) onChange(Math.round(value * 60));
  };
  return (
    <NumberInput
      label={t('secondsPerPerson')}
      value={minutes}
      onChange={setMinutes}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
      min={1}
      max={30}
      step={0.5}
      decimalScale={1}
      w={170}
    />
  );
}
