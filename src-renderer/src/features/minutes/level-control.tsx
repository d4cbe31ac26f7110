// The confidentiality level of one note, decision or round entry: three labelled choices in the level's colour,
// so the facilitator sees at a glance what stays in the room.
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Confidentiality } from '../../../../src-main/domain/minutes-model';
import { SegmentedChoice } from '../../ui/segmented-choice';

export const LEVELS: readonly Confidentiality[] = ['room', 'members', 'shareable'];

/** Red stays in the room, blue is for members, green may be shared: the same everywhere in the editor. */
export const LEVEL_COLOR: Record<Confidentiality, string> = { room: 'red', members: 'blue', shareable: 'green' };

interface LevelControlProps {
  value: Confidentiality;
  onChange: (level: Confidentiality) => void;
  /** What the control is about, for screen readers: "Hvem må læse det: Indlæg fra Mette". */
  about: string;
}

// Memoised: with a stable onChange from its row, typing in the row's text does not redraw the control. Drawn with
// SegmentedChoice, which measures nothing, since the editor holds one per entry.
export const LevelControl = memo(function LevelControl({ value, onChange, about }: LevelControlProps) {
  const { t } = useTranslation('minutes');
  const choices = useMemo(() => LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) })), [t]);
  return (
    <SegmentedChoice
      value={value}
      color={LEVEL_COLOR[value]}
      onChange={onChange}
      label={`${t('levels.label')}: ${about}`}
      title={t(`levels.${value}Hint`)}
      choices={choices}
    />
  );
});
