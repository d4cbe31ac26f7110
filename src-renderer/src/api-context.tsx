// Hands the one ApiClient to every feature through React context, so tests can pass a fake one.
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import type { AppEvent } from '../../src-main/domain/views';
import type { ApiClient } from './api-client';

const ApiContext = createContext<ApiClient | null>(null);

export function ApiProvider({ api, children }: { api: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi must be used inside <ApiProvider>');
  return api;
}

/** Calls `listener` for every change event; the latest listener is used without resubscribing. */
export function useAppEvent(listener: (event: AppEvent) => void): void {
  const api = useApi();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => api.onEvent((event) => latest.current(event)), [api]);
}
