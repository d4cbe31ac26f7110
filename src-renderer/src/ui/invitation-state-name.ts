// An invitation's state by name, in the app's catalogue because both the pipeline and the speaker directory show it.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationState } from '../../../src-main/domain/speaker-model';

export function useInvitationStateName(): (state: InvitationState) => string {
  const { t } = useTranslation();
  return useCallback((state: InvitationState) => t(`invitationStates.${state}`), [t]);
}
