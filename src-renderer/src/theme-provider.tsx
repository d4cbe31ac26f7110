// Mantine with the app's theme, its icon-only buttons named in the UI language (the names follow a language switch).
import { MantineProvider } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cssVariablesResolver, labelledTheme } from './theme';

export function ThemeProvider({ children }: { children: ReactNode }) {
  // `t` is a new function after a language switch, so the names follow it.
  const { t } = useTranslation();
  const theme = useMemo(
    () =>
      labelledTheme({
        close: t('a11y.close'),
        previousMonth: t('a11y.previousMonth'),
        nextMonth: t('a11y.nextMonth'),
        previousYear: t('a11y.previousYear'),
        nextYear: t('a11y.nextYear'),
        previousDecade: t('a11y.previousDecade'),
        nextDecade: t('a11y.nextDecade'),
        monthLevel: t('a11y.monthLevel'),
        yearLevel: t('a11y.yearLevel'),
      }),
    // `t` is stable across a language switch; the language itself is what changes the names.
    [t],
  );
  return (
    // Follows the system's light or dark until the user's saved choice is applied (see features/appearance).
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      {children}
    </MantineProvider>
  );
}
