// Turns anything a call can throw into words in the UI language; never a stack trace, never a raw code.
import type { TFunction } from 'i18next';
import type { ApiError, ErrorCode, ValidationIssue } from '../../../src-main/domain/errors';
import { ApiCallError, TransportError, type TransportFailure } from '../api-client';
import { da, type Catalogue } from './da';

type ValidationCode = Exclude<keyof Catalogue['validation'], 'withField' | 'withoutField' | 'generic'>;
type FieldName = keyof Catalogue['fields'];

function isValidationCode(code: string): code is ValidationCode {
  return Object.hasOwn(da.validation, code) && code !== 'withField' && code !== 'withoutField' && code !== 'generic';
}

function isFieldName(name: string): name is FieldName {
  return Object.hasOwn(da.fields, name);
}

/** The short phrase for one issue, e.g. "skal udfyldes". */
export function translateIssueMessage(t: TFunction, code: string): string {
  return isValidationCode(code) ? t(`validation.${code}`) : t('validation.generic');
}

/** A full sentence for one issue, e.g. "Navnet skal udfyldes". */
export function translateIssue(t: TFunction, issue: ValidationIssue): string {
  const message = translateIssueMessage(t, issue.code);
  const field = issue.path.split('.')[0] ?? '';
  return isFieldName(field) ? t('validation.withField', { field: t(`fields.${field}`), message }) : t('validation.withoutField', { message });
}

type ErrorTextKey = keyof Catalogue['errors'];

function isErrorTextKey(code: string): code is ErrorTextKey {
  return Object.hasOwn(da.errors, code);
}

export function translateErrorCode(t: TFunction, code: ErrorCode | TransportFailure): string {
  return t(`errors.${code}`);
}

/** For codes that arrive as plain strings (e.g. a failed save state); unknown ones get the generic text. */
export function translateErrorCodeText(t: TFunction, code: string): string {
  return t(`errors.${isErrorTextKey(code) ? code : 'unexpected'}`);
}

export function translateApiError(t: TFunction, error: ApiError): string {
  if (error.code === 'validation' && error.issues && error.issues.length > 0) {
    return error.issues.map((issue) => translateIssue(t, issue)).join(' ');
  }
  return translateErrorCode(t, error.code);
}

export function translateError(t: TFunction, error: unknown): string {
  if (error instanceof ApiCallError) return translateApiError(t, error.error);
  if (error instanceof TransportError) return translateErrorCode(t, error.failure);
  return t('errors.unexpected');
}

/** Per-field sentences from a validation error, for showing next to the inputs; empty for any other error. */
export function fieldErrors(t: TFunction, error: unknown): Record<string, string> {
  if (!(error instanceof ApiCallError) || error.error.code !== 'validation') return {};
  const byField: Record<string, string> = {};
  for (const issue of error.error.issues ?? []) {
    const field = issue.path.split('.')[0] ?? '';
    byField[field] ??= translateIssue(t, issue);
  }
  return byField;
}

export function isSessionRefused(error: unknown): boolean {
  return error instanceof TransportError && error.failure === 'sessionRefused';
}
