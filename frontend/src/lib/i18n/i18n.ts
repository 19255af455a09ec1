import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import frCA from './locales/fr-CA.json';
import en from './locales/en.json';

export const SUPPORTED_LANGUAGES = ['fr-CA', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fr-CA';
export const LANGUAGE_STORAGE_KEY = 'maillon.language';

export const resources = {
  'fr-CA': { translation: frCA },
  en: { translation: en },
} as const;

/** Maps any tag ("fr", "fr-FR", "en-US"…) to a supported language, or undefined. */
export function toSupportedLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  if (lower.startsWith('fr')) return 'fr-CA';
  if (lower.startsWith('en')) return 'en';
  return undefined;
}

function readStoredLanguage(): Language | undefined {
  try {
    return toSupportedLanguage(globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

export function hasStoredLanguage(): boolean {
  return readStoredLanguage() !== undefined;
}

function applyToDocument(language: string) {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language;
  }
}

/**
 * Creates and initializes the i18next instance: French (fr-CA) unless the user chose otherwise
 * (the choice is kept in localStorage). The browser's language is deliberately ignored: French first.
 */
export function createI18n(initialLanguage: Language = readStoredLanguage() ?? DEFAULT_LANGUAGE): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', applyToDocument);
  void instance.use(initReactI18next).init({
    resources,
    lng: initialLanguage,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  applyToDocument(instance.language);
  return instance;
}

/** Changes the language and remembers the choice. */
export async function changeLanguage(instance: I18n, language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage may be unavailable (private mode): the choice then lasts for this page only
  }
  await instance.changeLanguage(language);
}

/** The value for OIDC's ui_locales, so the Keycloak pages speak the app's language. */
export function uiLocales(language: string): string {
  return toSupportedLanguage(language) === 'en' ? 'en' : 'fr-CA fr';
}
