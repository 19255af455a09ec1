import 'i18next';
import type frCA from './locales/fr-CA.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof frCA };
  }
}
