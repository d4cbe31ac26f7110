// How the clocks read: minutes and seconds (hours when needed), with a minus once an item runs over.

export function clockText(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '−' : '';
  const seconds = Math.abs(Math.round(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${sign}${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${sign}${minutes}:${rest}`;
}
