// Dansk / English, always one click away in the header.
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';

interface LanguageSwitchProps {
  value: Language;
  onChange: (language: Language) => void;
}

export function LanguageSwitch({ value, onChange }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      radius="xl"
      aria-label={t('language.label')}
      value={value}
      onChange={(next) => onChange(next === 'en' ? 'en' : 'da')}
      data={[
        { value: 'da', label: t('language.da') },
        { value: 'en', label: t('language.en') },
      ]}
    />
  );
}
