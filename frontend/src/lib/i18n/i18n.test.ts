import { describe, expect, it } from 'vitest';
import { changeLanguage, createI18n, LANGUAGE_STORAGE_KEY, uiLocales } from './i18n';

describe('i18n', () => {
  it('defaults to Canadian French, whatever the browser says', () => {
    const i18n = createI18n();
    expect(i18n.language).toBe('fr-CA');
    expect(document.documentElement.lang).toBe('fr-CA');
    expect(i18n.t('home.welcome', { name: 'Marie Tremblay' })).toBe('Bonjour, Marie Tremblay');
  });

  it('switches to English, updates <html lang> and remembers the choice', async () => {
    const i18n = createI18n();
    await changeLanguage(i18n, 'en');
    expect(i18n.t('home.welcome', { name: 'Marie Tremblay' })).toBe('Hello, Marie Tremblay');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(createI18n().language).toBe('en');
  });

  it('asks Keycloak for French pages unless the app is in English', () => {
    expect(uiLocales('fr-CA')).toBe('fr-CA fr');
    expect(uiLocales('en')).toBe('en');
  });

  it('has the same keys in French and English', async () => {
    const fr = (await import('./locales/fr-CA.json')).default;
    const en = (await import('./locales/en.json')).default;
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });
});
