// The facilitator's profile as the first-run card and the Settings section both show it: one answer, and a save in
// either tells the other (the profile lives in the device's settings, which send no change event).
import { useEffect } from 'react';
import { useApiQuery } from '../../use-api-query';

const PROFILE_SAVED = 'netvaerk:profile-saved';

export function useProfile() {
  const query = useApiQuery('profile.get', {}, () => false);
  const { reload } = query;
  useEffect(() => {
    window.addEventListener(PROFILE_SAVED, reload);
    return () => window.removeEventListener(PROFILE_SAVED, reload);
  }, [reload]);
  return query;
}

export function announceProfileSaved(): void {
  window.dispatchEvent(new Event(PROFILE_SAVED));
}
