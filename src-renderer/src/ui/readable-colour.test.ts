import { describe, expect, it } from 'vitest';
import { AA_TEXT_CONTRAST, contrastRatio, mix, readableOn } from './readable-colour';

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0ca678', '#0ca678')).toBe(1);
  });

  it('matches the figures axe reported for the old theme', () => {
    expect(contrastRatio('#868e96', '#ffffff')).toBeCloseTo(3.32, 2);
    expect(contrastRatio('#ffffff', '#0ca678')).toBeCloseTo(3.12, 2);
  });

  it('refuses what is not a hex colour', () => {
    expect(() => contrastRatio('teal', '#fff')).toThrow(/hex/);
  });
});

describe('mix', () => {
  it('keeps the colour at 0 and reaches the target at 1', () => {
    expect(mix('#336699', '#000000', 0)).toBe('#336699');
    expect(mix('#336699', '#ffffff', 1)).toBe('#ffffff');
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
  });
});

describe('readableOn', () => {
  it('keeps a colour that is already readable', () => {
    expect(readableOn('#212529', ['#ffffff'], 'black')).toBe('#212529');
  });

  it('darkens the old dimmed grey until it reads on white and on the page grey', () => {
    const dimmed = readableOn('#868e96', ['#ffffff', '#f8f9fa'], 'black');
    expect(contrastRatio(dimmed, '#ffffff')).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    expect(contrastRatio(dimmed, '#f8f9fa')).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    // Still a grey, not black: only as dark as needed.
    expect(contrastRatio(dimmed, '#ffffff')).toBeLessThan(6);
  });

  it('lightens a colour for dark backgrounds', () => {
    const text = readableOn('#828282', ['#242424', '#2e2e2e'], 'white');
    expect(contrastRatio(text, '#2e2e2e')).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    expect(contrastRatio(text, '#242424')).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
  });

  it('falls back to pure black or white when nothing in between is enough', () => {
    // No colour reads 5:1 on both black and white (5 × 5 > 21).
    expect(readableOn('#777777', ['#000000', '#ffffff'], 'black', 5)).toBe('#000000');
    expect(readableOn('#777777', ['#000000', '#ffffff'], 'white', 5)).toBe('#ffffff');
  });
});
