// The calm look: teal accents, soft radii, system fonts that feel native on every desktop.
// Every text and button colour is derived here so that it reads at WCAG AA (4.5:1) in light and dark: pages use
// Mantine's colour names (c="dimmed", color="red", variant="light") and never need to pick a shade themselves.
import { createTheme, DEFAULT_THEME, mergeThemeOverrides, type CSSVariablesResolver, type MantineColorsTuple, type MantineThemeOverride } from '@mantine/core';
import { mix, readableOn } from './ui/readable-colour';

const PRIMARY_SHADE = { light: 7, dark: 8 } as const;

/**
 * A pick list scrolls its list box itself rather than a scroll area around it: screen readers and axe then know the
 * scrolling list as the field's own popup, which the arrow keys reach (a scroll area is an unnamed region no key reaches).
 */
const pickList = {
  defaultProps: { withScrollArea: false },
  styles: { options: { maxHeight: 240, overflowY: 'auto' } },
} as const;

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: PRIMARY_SHADE,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  components: {
    // Mantine keeps every pick list's options mounted (hidden) by default: the minutes of a long meeting then drew
    // ~8,500 hidden owner options, a 2–5 s task when the Referater tab opened. Options are drawn when a list opens.
    Combobox: { defaultProps: { keepMounted: false } },
    // A dialog's scroll lock inserts a style sheet into the page, and Chromium then recomputes the style of every
    // element and lays the page out again: 70-90 ms before the dialog showed (Event Timing ~110 ms to open "Tilføj
    // medlem" or the palette). The overlay and the focus trap keep the page behind out of reach without it.
    Modal: { defaultProps: { lockScroll: false } },
    Drawer: { defaultProps: { lockScroll: false } },
    Select: pickList,
    MultiSelect: pickList,
    Autocomplete: pickList,
    TagsInput: pickList,
    // The palette's result list scrolls in a scroll area: reachable with Tab, so the keyboard can scroll it too.
    SpotlightActionsList: { defaultProps: { viewportProps: { tabIndex: 0 } } },
  },
});

const WHITE = '#ffffff';
const gray = DEFAULT_THEME.colors.gray;
const dark = DEFAULT_THEME.colors.dark;
/** Where text sits in light mode: white cards, the grey page, grey table stripes and hovered rows. */
const LIGHT_SURFACES = [WHITE, gray[0], gray[1]];
/** Where text sits in dark mode: the body and cards (dark 7), inputs and default buttons (dark 6), hovered ones (dark 5). */
const DARK_SURFACES = [dark[7], dark[6], dark[5]];

type Variables = Record<string, string>;

/**
 * Text on a tinted ("light" variant) background is sometimes drawn at 90 % opacity (an active NavLink's description),
 * which costs contrast; a margin above AA keeps it readable then too.
 */
const LIGHT_VARIANT_CONTRAST = 6;

/** One palette colour's variables, overriding only the shades Mantine would pick that fall short of AA. */
function readableColourVariables(name: string, shades: MantineColorsTuple): { light: Variables; dark: Variables } {
  // Mantine's dark "light" variant background: shade 9 at half brightness. Coloured text often sits on its own
  // light tint (a highlighted box), so that counts as a surface too.
  const darkLightBackground = mix(shades[9], '#000000', 0.5);
  const lightFilled = readableOn(shades[PRIMARY_SHADE.light], [WHITE], 'black');
  const lightText = readableOn(shades[PRIMARY_SHADE.light], [...LIGHT_SURFACES, shades[1]], 'black');
  const darkFilled = readableOn(shades[PRIMARY_SHADE.dark], [WHITE], 'black');
  const darkText = readableOn(shades[4], [...DARK_SURFACES, darkLightBackground], 'white');
  return {
    light: {
      [`--mantine-color-${name}-filled`]: lightFilled,
      [`--mantine-color-${name}-filled-hover`]: mix(lightFilled, '#000000', 0.12),
      [`--mantine-color-${name}-text`]: lightText,
      [`--mantine-color-${name}-outline`]: lightText,
      [`--mantine-color-${name}-light-color`]: readableOn(shades[9], [shades[1], shades[2]], 'black', LIGHT_VARIANT_CONTRAST),
    },
    dark: {
      [`--mantine-color-${name}-filled`]: darkFilled,
      [`--mantine-color-${name}-filled-hover`]: mix(darkFilled, '#000000', 0.15),
      [`--mantine-color-${name}-text`]: darkText,
      [`--mantine-color-${name}-outline`]: darkText,
      [`--mantine-color-${name}-light-color`]: readableOn(shades[0], [darkLightBackground], 'white', LIGHT_VARIANT_CONTRAST),
    },
  };
}

function paletteVariables(): { light: Variables; dark: Variables } {
  const light: Variables = {};
  const darkScheme: Variables = {};
  for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
    const variables = readableColourVariables(name, shades);
    Object.assign(light, variables.light);
    Object.assign(darkScheme, variables.dark);
  }
  return { light, dark: darkScheme };
}

const palette = paletteVariables();

/**
 * The theme's variables, with two of the app's own: `--app-page-background` behind the pages and
 * `--app-subtle-background` for a quiet box inside a card (a preview, a sticky toolbar), each right for the scheme.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    ...palette.light,
    '--mantine-color-dimmed': readableOn(gray[6], LIGHT_SURFACES, 'black'),
    '--mantine-color-placeholder': readableOn(gray[5], LIGHT_SURFACES, 'black'),
    '--mantine-color-error': 'var(--mantine-color-red-text)',
    '--mantine-color-success': 'var(--mantine-color-teal-text)',
    '--mantine-color-anchor': 'var(--mantine-color-teal-text)',
    '--app-page-background': gray[0],
    '--app-subtle-background': gray[0],
  },
  dark: {
    ...palette.dark,
    '--mantine-color-dimmed': readableOn(dark[2], DARK_SURFACES, 'white'),
    '--mantine-color-placeholder': readableOn(dark[3], DARK_SURFACES, 'white'),
    '--mantine-color-error': 'var(--mantine-color-red-text)',
    '--mantine-color-success': 'var(--mantine-color-teal-text)',
    '--mantine-color-anchor': 'var(--mantine-color-teal-text)',
    '--app-page-background': dark[8],
    '--app-subtle-background': dark[6],
  },
});

/** The names Mantine's icon-only buttons need, in the UI language. */
export interface ThemeLabels {
  close: string;
  previousMonth: string;
  nextMonth: string;
  previousYear: string;
  nextYear: string;
  previousDecade: string;
  nextDecade: string;
  monthLevel: string;
  yearLevel: string;
}

/**
 * The theme with names for the buttons that show only an icon: every dialog's, drawer's and notice's close button and
 * the date pickers' arrows. Set once here as defaults, so no dialog or date field can be left without them.
 */
export function labelledTheme(labels: ThemeLabels): MantineThemeOverride {
  const closeButtonProps = { 'aria-label': labels.close };
  const ariaLabels = {
    previousMonth: labels.previousMonth,
    nextMonth: labels.nextMonth,
    previousYear: labels.previousYear,
    nextYear: labels.nextYear,
    previousDecade: labels.previousDecade,
    nextDecade: labels.nextDecade,
    monthLevelControl: labels.monthLevel,
    yearLevelControl: labels.yearLevel,
  };
  const datePicker = { defaultProps: { ariaLabels } };
  return mergeThemeOverrides(
    theme,
    createTheme({
      components: {
        Modal: { defaultProps: { closeButtonProps } },
        Drawer: { defaultProps: { closeButtonProps } },
        Notification: { defaultProps: { closeButtonProps } },
        Calendar: datePicker,
        DatePicker: datePicker,
        DatePickerInput: datePicker,
        DateInput: datePicker,
        DateTimePicker: datePicker,
        MonthPicker: datePicker,
        MonthPickerInput: datePicker,
        YearPicker: datePicker,
        YearPickerInput: datePicker,
      },
    }),
  );
}
