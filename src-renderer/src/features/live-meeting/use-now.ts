// The moment, as an ISO string, refreshed every second: the clocks are computed from stored start times and this.
import { useEffect, useState } from 'react';

export function useNow(intervalMs = 1000): string {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date().toISOString()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
