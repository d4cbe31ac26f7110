// @vitest-environment jsdom
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import { describeSaveState } from './describe-save-state';

const tDa = createI18n('da').t as TFunction;
const tEn = createI18n('en').t as TFunction;
// Built from local time, so "13:45" holds in any time zone the tests run in.
const quarterToTwo = new Date(2026, 1, 10, 13, 45).toISOString();

describe('describeSaveState', () => {
  it('words each state in Danish', () => {
    expect(describeSaveState(tDa, { kind: 'saved', at: quarterToTwo })).toEqual({ label: 'Gemt 13:45', tone: 'calm' });
    expect(describeSaveState(tDa, { kind: 'saved', at: null }).label).toBe('Alt er gemt');
    expect(describeSaveState(tDa, { kind: 'saving' })).toEqual({ label: 'Gemmer…', tone: 'busy' });
    expect(describeSaveState(tDa, { kind: 'retrying', since: quarterToTwo })).toEqual({ label: 'Kunne ikke gemme – prøver igen', tone: 'warning' });
  });

  it('explains a failed save with the translated error, or a generic text for an unknown code', () => {
    expect(describeSaveState(tEn, { kind: 'failed', code: 'folderNotUsable' }).label).toBe(
      'Could not save: The folder cannot be used. Choose a folder you can write to.',
    );
    expect(describeSaveState(tEn, { kind: 'failed', code: 'EPERM' })).toEqual({
      label: 'Could not save: Something unexpected went wrong. Try again.',
      tone: 'error',
    });
  });
});
