// Words and colour for the save indicator: "Gemt 13:45", "Gemmer…", "Kunne ikke gemme – prøver igen".
import type { TFunction } from 'i18next';
import type { SaveState } from '../../../../src-main/domain/views';
import { formatTime } from '../../i18n/dates';
import { translateErrorCodeText } from '../../i18n/translate-error';

export type SaveTone = 'calm' | 'busy' | 'warning' | 'error';

export function describeSaveState(t: TFunction, state: SaveState): { label: string; tone: SaveTone } {
  switch (state.kind) {
    case 'saved':
      return { label: state.at ? t('saveState.savedAt', { time: formatTime(state.at) }) : t('saveState.saved'), tone: 'calm' };
    case 'saving':
      return { label: t('saveState.saving'), tone: 'busy' };
    case 'retrying':
      return { label: t('saveState.retrying'), tone: 'warning' };
    case 'failed':
      return {
        label: t('saveState.failed', { reason: translateErrorCodeText(t, state.code) }),
        tone: 'error',
      };
  }
}
