// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { da } from './da';
import { en } from './en';
import { FEATURE_NAMESPACES, type FeatureCatalogue } from './feature-namespaces';

function flatten(catalogue: object, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [nested, text] of flatten(value as object, path)) entries.set(nested, text);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

const catalogues: [string, object, object][] = [
  ['translation', da, en],
  ...Object.entries(FEATURE_NAMESPACES as Record<string, FeatureCatalogue>).map(([name, pair]): [string, object, object] => [name, pair.da, pair.en]),
];

describe.each(catalogues)('the %s catalogues', (_name, daCatalogue, enCatalogue) => {
  const danish = flatten(daCatalogue);
  const english = flatten(enCatalogue);

  it('have exactly the same keys', () => {
    expect([...english.keys()].sort()).toEqual([...danish.keys()].sort());
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...danish, ...english]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of danish) expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
  });
});
