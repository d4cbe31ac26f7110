// The Ctrl+K actions: switch to any group, create a group, switch language, open settings.
import type { SpotlightActionGroupData } from '@mantine/spotlight';
import type { TFunction } from 'i18next';
import type { GroupSummary, Language } from '../../../../src-main/domain/model';

export interface PaletteHandlers {
  selectGroup: (groupId: string) => void;
  createGroup: () => void;
  switchLanguage: (language: Language) => void;
  openSettings: () => void;
}

export function buildPaletteActions(
  t: TFunction,
  groups: readonly GroupSummary[],
  currentLanguage: Language,
  handlers: PaletteHandlers,
): SpotlightActionGroupData[] {
  const otherLanguage: Language = currentLanguage === 'da' ? 'en' : 'da';
  const general: SpotlightActionGroupData = {
    group: t('palette.generalSection'),
    actions: [
      { id: 'create-group', label: t('palette.createGroup'), onClick: handlers.createGroup },
      {
        id: 'switch-language',
        label: t('palette.switchLanguage', { language: t(`language.${otherLanguage}`) }),
        keywords: ['sprog', 'language', 'dansk', 'english'],
        onClick: () => handlers.switchLanguage(otherLanguage),
      },
      { id: 'open-settings', label: t('palette.openSettings'), keywords: ['mappe', 'folder'], onClick: handlers.openSettings },
    ],
  };
  if (groups.length === 0) return [general];
  const switching: SpotlightActionGroupData = {
    group: t('palette.groupsSection'),
    actions: groups.map((group) => ({
      id: `group-${group.id}`,
      label: t('palette.switchTo', { name: group.name }),
      keywords: [group.name],
      onClick: () => handlers.selectGroup(group.id),
    })),
  };
  return [switching, general];
}
