// Tells i18next's types which keys exist, so a misspelt key fails the type-check instead of showing raw text.
import type { Catalogue } from './da';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}
