// The navbar's way into the cross-group calendar, shown above the groups list.
import { NavLink } from '@mantine/core';
import { IconCalendarMonth } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function CalendarNavButton({ active, onOpen }: { active: boolean; onOpen: () => void }) {
  const { t } = useTranslation('calendar');
  return (
    <NavLink
      component="button"
      label={t('nav')}
      active={active}
      onClick={onOpen}
      leftSection={<IconCalendarMonth size={18} stroke={1.8} aria-hidden />}
      aria-current={active ? 'page' : undefined}
      variant="light"
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
      mb="sm"
    />
  );
}
