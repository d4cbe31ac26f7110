// WCAG 2 contrast arithmetic for the theme: how far apart two colours are, and the nearest colour to a palette shade
// that can be read on given backgrounds. The theme derives every text and button colour from it, so no page has to.

/** The WCAG AA minimum for normal-size text. */
export const AA_TEXT_CONTRAST = 4.5;

type Rgb = readonly [number, number, number];

function parseHex(hex: string): Rgb {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  if (!/^[0-9a-fA-F]{6}$/.test(full)) throw new Error(`Not a hex colour: ${hex}`);
  return [0, 2, 4].map((start) => parseInt(full.slice(start, start + 2), 16)) as unknown as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

function relativeLuminance(hex: string): number {
  const [red, green, blue] = parseHex(hex).map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** The WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** `colour` moved `amount` (0–1) of the way to `target`. */
export function mix(colour: string, target: string, amount: number): string {
  const from = parseHex(colour);
  const to = parseHex(target);
  return toHex(from.map((channel, index) => channel + (to[index]! - channel) * amount) as unknown as Rgb);
}

/**
 * The colour closest to `colour` that reaches `minimum` contrast on every one of `backgrounds`: unchanged when it
 * already does, otherwise moved in small steps towards black (on light backgrounds) or white (on dark ones).
 */
export function readableOn(colour: string, backgrounds: readonly string[], towards: 'black' | 'white', minimum = AA_TEXT_CONTRAST): string {
  const target = towards === 'black' ? '#000000' : '#ffffff';
  // A hair above the minimum, so rounding in the browser's colour pipeline never lands just below it.
  const goal = minimum + 0.05;
  const readable = (candidate: string) => backgrounds.every((background) => contrastRatio(candidate, background) >= goal);
  for (let step = 0; step <= 50; step += 1) {
    const candidate = step === 0 ? colour.toLowerCase() : mix(colour, target, step / 50);
    if (readable(candidate)) return candidate;
  }
  return target;
}
