// @vitest-environment jsdom
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../src-main/domain/errors';
import { ApiCallError, TransportError } from '../api-client';
import { createI18n } from './create-i18n';
import { fieldErrors, translateError, translateIssue } from './translate-error';

// Typed as a record so the compiler insists on every ErrorCode, and on nothing else.
const EVERY_ERROR_CODE: Record<ErrorCode, true> = {
  validation: true,
  talkNotHeld: true,
  unknownMethod: true,
  groupNotFound: true,
  backupNotFound: true,
  problemNotFound: true,
  workspaceLocked: true,
  workspaceNewerVersion: true,
  folderNotUsable: true,
  saveFailed: true,
  savePending: true,
  shuttingDown: true,
  notSupported: true,
  memberNotFound: true,
  speakerNotFound: true,
  meetingNotFound: true,
  actionNotFound: true,
  themeNotFound: true,
  themeNotWaiting: true,
  dotBudgetExceeded: true,
  invitationNotFound: true,
  invalidTransition: true,
  speakerHasInvitations: true,
  liveStepRefused: true,
  decisionNotFound: true,
  replacementNotLater: true,
  nothingToMail: true,
  internal: true,
};
const ERROR_CODES = Object.keys(EVERY_ERROR_CODE) as ErrorCode[];

const tDa = createI18n('da').t as TFunction;
const tEn = createI18n('en').t as TFunction;

describe('translateError', () => {
  it.each(ERROR_CODES)('has a Danish and an English text for %s', (code) => {
    const error = new ApiCallError('groups.list', { code });
    const danish = translateError(tDa, error);
    const english = translateError(tEn, error);
    for (const text of [danish, english]) {
      expect(text).not.toContain('errors.');
      expect(text).not.toContain(code);
      expect(text.length).toBeGreaterThan(10);
    }
    expect(danish).not.toBe(english);
  });

  it('words validation issues per field, with a generic text for unknown codes', () => {
    const error = new ApiCallError('groups.create', {
      code: 'validation',
      issues: [
        { path: 'name', code: 'required' },
        { path: 'language', code: 'something_new' },
      ],
    });
    expect(translateError(tDa, error)).toBe('Navnet skal udfyldes Sproget kan ikke godtages');
    expect(fieldErrors(tEn, error)).toEqual({ name: 'The name is required', language: 'The language is not valid' });
  });

  it.each(['required', 'tooLong', 'too_small', 'too_big', 'invalid_type', 'invalid_format', 'unrecognized_keys'])(
    'translates the %s issue in both languages',
    (code) => {
      for (const t of [tDa, tEn]) {
        const text = translateIssue(t, { path: 'name', code });
        expect(text).not.toContain('validation.');
        expect(text).not.toBe(translateIssue(t, { path: 'name', code: 'unknown_code' }));
      }
    },
  );

  it('words issues on unknown fields without naming the field', () => {
    expect(translateIssue(tDa, { path: 'weird.path', code: 'unrecognized_keys' })).toBe('Indtastningen indeholder ukendte felter');
  });

  it('turns transport failures and anything else into words, never a stack trace', () => {
    expect(translateError(tDa, new TransportError('sessionRefused'))).toMatch(/webværten/);
    const thrown = new Error('boom');
    const text = translateError(tEn, thrown);
    expect(text).toBe('Something unexpected went wrong. Try again.');
    expect(text).not.toContain('boom');
  });
});
