// Dansk / English, always one click away in the header. Drawn with SegmentedChoice, which measures nothing: Mantine's
// SegmentedControl measured its indicator in an effect of the app's first frame, a forced layout of the whole page
// that ran before the shown group's dashboard was asked for.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../src-main/domain/model';
import { SegmentedChoice } from '../../ui/segmented-choice';

interface LanguageSwitchProps {
  value: Language;
  onChange: (language: Language) => void;
}

export function LanguageSwitch({ value, onChange }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <SegmentedChoice
      label={t('language.label')}
      color="teal"
      value={value}
      onChange={onChange}
      choices={[
        { value: 'da', label: t('language.da') },
        { value: 'en', label: t('language.en') },
      ]}
    />
  );
}
