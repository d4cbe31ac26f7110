// The theme's promise: every text colour and every white-on-colour button reads at WCAG AA, in light and in dark.
import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { cssVariablesResolver, theme } from './theme';
import { AA_TEXT_CONTRAST, contrastRatio } from './ui/readable-colour';

const resolved = cssVariablesResolver(mergeMantineTheme(DEFAULT_THEME, theme));
const { gray, dark } = DEFAULT_THEME.colors;
const colourNames = Object.keys(DEFAULT_THEME.colors);

function variable(scheme: 'light' | 'dark', name: string): string {
  const value = (resolved[scheme] as Record<string, string | undefined>)[name];
  if (!value) throw new Error(`${name} is not set for ${scheme}`);
  return value;
}

describe.each([
  { scheme: 'light' as const, surfaces: ['#ffffff', gray[0], gray[1]] },
  { scheme: 'dark' as const, surfaces: [dark[7], dark[6], dark[5]] },
])('the $scheme scheme', ({ scheme, surfaces }) => {
  it('dims text only as far as it stays readable on every surface', () => {
    for (const surface of surfaces) expect(contrastRatio(variable(scheme, '--mantine-color-dimmed'), surface)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
  });

  it.each(colourNames)('writes %s text readably on every surface', (colour) => {
    for (const surface of surfaces) {
      expect(contrastRatio(variable(scheme, `--mantine-color-${colour}-text`), surface)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
      expect(contrastRatio(variable(scheme, `--mantine-color-${colour}-outline`), surface)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    }
  });

  it.each(colourNames)('puts white text readably on a filled %s button', (colour) => {
    expect(contrastRatio('#ffffff', variable(scheme, `--mantine-color-${colour}-filled`))).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    expect(contrastRatio('#ffffff', variable(scheme, `--mantine-color-${colour}-filled-hover`))).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
  });
});

it('keeps the primary teal recognisably teal, only darker', () => {
  const filled = variable('light', '--mantine-color-teal-filled');
  expect(contrastRatio(filled, DEFAULT_THEME.colors.teal[7])).toBeLessThan(1.5);
});
