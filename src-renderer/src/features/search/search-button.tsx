// The header's search button and Ctrl+Shift+F (Cmd+Shift+F on a Mac), from anywhere, also while typing in a field.
import { ActionIcon, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconFileSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { openSearch } from '../../ui/search-route';

/** Opens the search page, or puts the cursor back in its box when it is open already. */
function openOrFocusSearch(): void {
  openSearch();
  window.requestAnimationFrame(() => document.getElementById('search-everything')?.focus());
}

export function SearchButton({ active }: { active: boolean }) {
  const { t } = useTranslation('search');
  useHotkeys([['mod+shift+F', openOrFocusSearch]], []);
  return (
    <Tooltip label={t('openButton')}>
      <ActionIcon variant={active ? 'light' : 'default'} size="lg" radius="md" aria-label={t('openButton')} aria-pressed={active} onClick={openOrFocusSearch}>
        <IconFileSearch size={18} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}
