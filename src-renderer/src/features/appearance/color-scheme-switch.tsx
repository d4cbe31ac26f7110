// Light, dark, or as the system: the appearance choice in Settings.
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { colorSchemeChoiceSchema, type ColorSchemeChoice } from '../../../../src-main/domain/appearance';
import { LabelledSegmentedControl } from '../../ui/labelled-segmented-control';

const ICONS: Record<ColorSchemeChoice, ComponentType<{ size?: number }>> = { light: IconSun, dark: IconMoon, auto: IconDeviceDesktop };
const CHOICES: readonly ColorSchemeChoice[] = ['auto', 'light', 'dark'];

interface ColorSchemeSwitchProps {
  value: ColorSchemeChoice;
  onChange: (choice: ColorSchemeChoice) => void;
}

export function ColorSchemeSwitch({ value, onChange }: ColorSchemeSwitchProps) {
  const { t } = useTranslation('appearance');
  return (
    <LabelledSegmentedControl
      labelId="color-scheme-label"
      label={t('label')}
      description={t('description')}
      value={value}
      onChange={(next) => {
        const parsed = colorSchemeChoiceSchema.safeParse(next);
        if (parsed.success) onChange(parsed.data);
      }}
      data={CHOICES.map((choice) => {
        const Icon = ICONS[choice];
        return {
          value: choice,
          label: (
            <Group gap={6} wrap="nowrap" justify="center">
              <Icon size={14} aria-hidden />
              <span>{t(choice)}</span>
            </Group>
          ),
        };
      })}
    />
  );
}
