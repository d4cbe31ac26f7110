// Minutes as "2 t 15 min" / "2 h 15 min" or "45 min", for totals and overrun warnings.
import type { TFunction } from 'i18next';

export function durationText(t: TFunction<'agenda'>, totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return hours === 0 ? t('durationMinutes', { minutes }) : t('duration', { hours, minutes });
}
