import { describe, expect, it } from 'vitest';
import { base64Length, MAX_LETTERHEAD_BYTES } from './file-limits';

describe('file limits', () => {
  it('gives the exact base64 length of a file, padding included', () => {
    for (const size of [0, 1, 2, 3, 4, 1000, 1001]) {
      expect(base64Length(size)).toBe(btoa('x'.repeat(size)).length);
    }
  });

  it('lets the largest letterhead the renderer accepts through the contract', () => {
    expect(base64Length(MAX_LETTERHEAD_BYTES)).toBe(4 * 1024 * 1024);
  });
});
