// Date and time formats in the UI language: Danish dates with Monday as the first day of the week.
import dayjs from 'dayjs';
import 'dayjs/locale/da';
import 'dayjs/locale/en-gb';
import type { Language } from '../../../src-main/domain/model';

/** dayjs locale per UI language; British English keeps day-month order and a Monday week start. */
const DAYJS_LOCALE: Record<Language, string> = { da: 'da', en: 'en-gb' };

export function dayjsLocale(language: Language): string {
  return DAYJS_LOCALE[language];
}

/** "Torsdag 12. marts 2026" for a meeting's ISO date; it starts a line, so only the weekday is capitalised. */
export function formatLongDate(isoDate: string, language: Language): string {
  const pattern = language === 'da' ? 'dddd D. MMMM YYYY' : 'dddd D MMMM YYYY';
  const text = dayjs(isoDate).locale(dayjsLocale(language)).format(pattern);
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/** "12. mar. 2026" for compact lists. */
export function formatShortDate(isoDate: string, language: Language): string {
  const pattern = language === 'da' ? 'D. MMM YYYY' : 'D MMM YYYY';
  return dayjs(isoDate).locale(dayjsLocale(language)).format(pattern);
}

/** "12. marts 2026 kl. 13:45" for backups and detected problems. */
export function formatDateTime(isoDateTime: string, language: Language): string {
  const pattern = language === 'da' ? 'D. MMMM YYYY [kl.] HH:mm' : 'D MMMM YYYY, HH:mm';
  return dayjs(isoDateTime).locale(dayjsLocale(language)).format(pattern);
}

/** "13:45" for the save indicator. */
export function formatTime(isoDateTime: string): string {
  return dayjs(isoDateTime).format('HH:mm');
}
