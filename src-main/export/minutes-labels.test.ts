import { describe, expect, it } from 'vitest';
import { formatShortDate, MINUTES_LABELS } from './minutes-labels';

/** Every label as text, functions called with a sample argument, so an empty label in either language is found. */
function allLabels(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String((value as (argument: unknown) => unknown)('X'))]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => allLabels(child, `${path}.${key}`));
}

describe('minutes labels', () => {
  it('have the same keys and no empty label in Danish and English', () => {
    const da = allLabels(MINUTES_LABELS.da);
    const en = allLabels(MINUTES_LABELS.en);
    expect(da.map(([path]) => path)).toEqual(en.map(([path]) => path));
    for (const [path, text] of [...da, ...en]) expect(text.trim(), path).not.toBe('');
  });

  it('name the two versions as the issue asks', () => {
    expect(MINUTES_LABELS.da.versionLabel).toEqual({ members: 'Til medlemmerne', shareable: 'Kan deles' });
  });

  it('write short dates the way each language does', () => {
    expect(formatShortDate('2026-03-20', 'da')).toBe('20. mar. 2026');
    expect(formatShortDate('2026-03-20', 'en')).toBe('20 Mar 2026');
  });
});
