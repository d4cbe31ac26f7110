// One place that decides how success and failure notices look, so every feature reports the same way.
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { translateError } from '../i18n/translate-error';

export function notifySuccess(message: ReactNode, options: { id?: string; autoClose?: number } = {}): void {
  notifications.show({ message, color: 'teal', autoClose: options.autoClose ?? 5000, ...(options.id ? { id: options.id } : {}) });
}

export function notifyFailure(t: TFunction, error: unknown): void {
  notifications.show({ message: translateError(t, error), color: 'red', autoClose: 10_000 });
}
