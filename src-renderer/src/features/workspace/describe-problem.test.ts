// @vitest-environment jsdom
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { WorkspaceProblem } from '../../../../src-main/domain/views';
import { createI18n } from '../../i18n/create-i18n';
import { describeProblem } from './describe-problem';

const problem: WorkspaceProblem = {
  id: 'p1',
  kind: 'corrupt',
  fileName: 'x.json',
  keptAt: '/data/x.corrupt-20260312T134500.json',
  reason: 'empty',
  detectedAt: '2026-03-12T13:45:00.000Z',
  newestBackup: null,
};

describe('describeProblem', () => {
  const tDa = createI18n('da').t as TFunction;
  const tEn = createI18n('en').t as TFunction;

  it('says in plain Danish what happened to a corrupt file and where it is', () => {
    expect(describeProblem(tDa, problem)).toBe(
      'Filen «x.json» kunne ikke læses (den var tom). Den er flyttet til /data/x.corrupt-20260312T134500.json, og intet er overskrevet.',
    );
  });

  it('explains every kind in both languages, with a fallback for unknown reasons', () => {
    for (const kind of ['corrupt', 'newerVersion', 'externalConflict'] as const) {
      for (const t of [tDa, tEn]) {
        const text = describeProblem(t, { ...problem, kind, reason: 'somethingNew' });
        expect(text).toContain('x.json');
        expect(text).not.toMatch(/problems\.|somethingNew/);
      }
    }
    expect(describeProblem(tEn, { ...problem, reason: 'zeroFilled', keptAt: null })).toBe(
      'The file “x.json” could not be read (it contained only zeros). It was not opened, and nothing was overwritten.',
    );
  });
});
