import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toSupportedLanguage, DEFAULT_LANGUAGE, type Language } from './i18n';

/** Anything with French and English labels (the contract may leave any of them out). */
export interface Labelled {
  labelFr?: string;
  labelEn?: string;
  code?: string;
}

/** The label in the given language (French unless the language is English), falling back to the other, then the code. */
export function pickLabel(item: Labelled, language: string): string {
  const [first, second] =
    toSupportedLanguage(language) === 'en' ? [item.labelEn, item.labelFr] : [item.labelFr, item.labelEn];
  return first || second || item.code || '';
}

/** A collator for the language: fr-CA puts "Écoles" between "Eau" and "Famille". */
export function collatorFor(language: string): Intl.Collator {
  const locale: Language = toSupportedLanguage(language) ?? DEFAULT_LANGUAGE;
  return new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
}

/** Sorts labelled items by their label in the language, without changing the input. */
export function sortByLabel<T extends Labelled>(items: readonly T[], language: string): T[] {
  const collator = collatorFor(language);
  return [...items].sort((a, b) => collator.compare(pickLabel(a, language), pickLabel(b, language)));
}

/** Intl formatters bound to the active language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'full' });
    const numberFormat = new Intl.NumberFormat(language);
    return {
      language,
      label: (item: Labelled) => pickLabel(item, language),
      date: (value: Date | number) => dateFormat.format(value),
      number: (value: number) => numberFormat.format(value),
      sortByLabel: <T extends Labelled>(items: readonly T[]) => sortByLabel(items, language),
    };
  }, [language]);
}
