// Tells i18next's types which keys exist, so a misspelt key fails the type-check instead of showing raw text.
import type { Catalogue } from './da';
import type { FEATURE_NAMESPACES } from './feature-namespaces';

type FeatureResources = { [Namespace in keyof typeof FEATURE_NAMESPACES]: (typeof FEATURE_NAMESPACES)[Namespace]['da'] };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue } & FeatureResources;
  }
}
