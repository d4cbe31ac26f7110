// Ctrl+K: a Spotlight over the palette's actions, for keyboard-first facilitators.
import { Spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { GroupSummary, Language } from '../../../../src-main/domain/model';
import { buildPaletteActions, type PaletteHandlers } from './palette-actions';

interface CommandPaletteProps {
  groups: readonly GroupSummary[];
  language: Language;
  handlers: PaletteHandlers;
}

export function CommandPalette({ groups, language, handlers }: CommandPaletteProps) {
  const { t } = useTranslation();
  return (
    <Spotlight
      actions={buildPaletteActions(t, groups, language, handlers)}
      shortcut={['mod + K']}
      nothingFound={t('palette.nothingFound')}
      highlightQuery
      scrollable
      maxHeight={420}
      searchProps={{
        leftSection: <IconSearch size={18} stroke={1.5} aria-hidden />,
        placeholder: t('palette.searchPlaceholder'),
        'aria-label': t('palette.searchPlaceholder'),
      }}
    />
  );
}
