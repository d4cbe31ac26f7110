// The confidentiality level of one note, decision or round entry: three labelled choices in the level's colour,
// so the facilitator sees at a glance what stays in the room.
import { SegmentedControl, Tooltip } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Confidentiality } from '../../../../src-main/domain/minutes-model';

export const LEVELS: readonly Confidentiality[] = ['room', 'members', 'shareable'];

/** Red stays in the room, blue is for members, green may be shared: the same everywhere in the editor. */
export const LEVEL_COLOR: Record<Confidentiality, string> = { room: 'red', members: 'blue', shareable: 'green' };

interface LevelControlProps {
  value: Confidentiality;
  onChange: (level: Confidentiality) => void;
  /** What the control is about, for screen readers: "Hvem må læse det: Indlæg fra Mette". */
  about: string;
}

// Memoised: with a stable onChange from its row, typing in the row's text does not redraw the control.
export const LevelControl = memo(function LevelControl({ value, onChange, about }: LevelControlProps) {
  const { t } = useTranslation('minutes');
  return (
    <Tooltip label={t(`levels.${value}Hint`)} openDelay={400} withinPortal>
      <SegmentedControl
        size="xs"
        radius="xl"
        value={value}
        color={LEVEL_COLOR[value]}
        onChange={(next) => onChange(next as Confidentiality)}
        aria-label={`${t('levels.label')}: ${about}`}
        data-level={value}
        data={LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) }))}
      />
    </Tooltip>
  );
});
