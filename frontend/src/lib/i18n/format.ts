import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toSupportedLanguage, DEFAULT_LANGUAGE, type Language } from './i18n';
import { parseIsoDate } from '../dates';

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
  const { i18n, t } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'full' });
    const mediumDate = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    const weekday = new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long' });
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const numberFormat = new Intl.NumberFormat(language);
    const hoursFormat = new Intl.NumberFormat(language, { maximumFractionDigits: 1, minimumFractionDigits: 0 });
    const percentFormat = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    const asDate = (value: Date | number | string) => (typeof value === 'string' ? parseIsoDate(value) : value);
    return {
      language,
      label: (item: Labelled) => pickLabel(item, language),
      date: (value: Date | number) => dateFormat.format(value),
      /** "16 nov. 2026" from a Date or a YYYY-MM-DD. */
      day: (value: Date | number | string) => mediumDate.format(asDate(value)),
      /** "lundi 16 novembre". */
      weekday: (value: Date | number | string) => weekday.format(asDate(value)),
      /** An instant (RFC 3339) as a local date and time. */
      dateTime: (value: string | Date) => dateTime.format(typeof value === 'string' ? new Date(value) : value),
      number: (value: number) => numberFormat.format(value),
      /** Hours with at most one decimal, from minutes: 90 → "1,5". */
      hours: (minutes: number) => hoursFormat.format(minutes / 60),
      percent: (ratio: number) => percentFormat.format(ratio),
      /** Minutes as "1 h 30", "45 min", "2 h". */
      duration: (minutes: number) => {
        const h = Math.floor(minutes / 60);
        const m = minutes % 60;
        if (h === 0) return t('duration.minutes', { m: numberFormat.format(m) });
        if (m === 0) return t('duration.hours', { h: numberFormat.format(h) });
        return t('duration.hoursMinutes', { h: numberFormat.format(h), m: numberFormat.format(m), mm: String(m).padStart(2, '0') });
      },
      sortByLabel: <T extends Labelled>(items: readonly T[]) => sortByLabel(items, language),
    };
  }, [language, t]);
}

export type Format = ReturnType<typeof useFormat>;
