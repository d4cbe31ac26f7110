// Both catalogues speak, interpolate without HTML escaping, and hold the same keys.
import { describe, expect, it } from 'vitest';
import { da } from './da';
import { en } from './en';
import { createMainTranslator } from './index';

function keysOf(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'string' ? [`${prefix}${key}`] : keysOf(child as object, `${prefix}${key}.`),
  );
}

describe('main-process messages', () => {
  it('translate into Danish and English with parameters', () => {
    const params = { folder: '/home/anne/Netværk & co', pid: 4242 };
    const danish = createMainTranslator('da')('workspaceLocked.body', params);
    const english = createMainTranslator('en')('workspaceLocked.body', params);
    expect(danish).toContain('/home/anne/Netværk & co');
    expect(danish).toContain('proces 4242');
    expect(english).toContain('process 4242');
    expect(danish).not.toBe(english);
  });

  it('have the same keys in both languages and no empty text', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(da).sort());
    for (const key of keysOf(da)) {
      expect(createMainTranslator('da')(key as never), key).not.toBe(key);
      expect(createMainTranslator('en')(key as never), key).not.toBe(key);
    }
  });
});
