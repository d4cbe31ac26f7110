// Each feature keeps its own Danish and English texts as an i18next namespace, registered here in one line.
// A feature's catalogue module exports `{ da, en }`, with `en` typed as `typeof da`, so both have the same keys.
import type { Language } from '../../../src-main/domain/model';

export interface FeatureCatalogue<Shape extends object = object> {
  da: Shape;
  en: Shape;
}

export const FEATURE_NAMESPACES = {
} satisfies Record<string, FeatureCatalogue>;

export type FeatureNamespace = keyof typeof FEATURE_NAMESPACES;

export function featureResources(language: Language): Record<string, object> {
  return Object.fromEntries(Object.entries(FEATURE_NAMESPACES as Record<string, FeatureCatalogue>).map(([namespace, catalogue]) => [namespace, catalogue[language]]));
}
