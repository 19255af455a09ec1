import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, toSupportedLanguage, type Language } from '@/lib/i18n';

const LABELS = {
  'fr-CA': { short: 'language.frShort', long: 'language.fr', lang: 'fr' },
  en: { short: 'language.enShort', long: 'language.en', lang: 'en' },
} as const;

/** FR / EN toggle; each button names its language in that language. */
export function LanguageSwitch({ onChange }: { onChange: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  const current = toSupportedLanguage(i18n.language);
  return (
    <div className="lang-switch" role="group" aria-label={t('language.label')}>
      {SUPPORTED_LANGUAGES.map((language) => {
        const label = LABELS[language];
        return (
          <button
            key={language}
            type="button"
            lang={label.lang}
            aria-pressed={current === language}
            onClick={() => current !== language && onChange(language)}
          >
            {t(label.short)}
            <span className="visually-hidden">{t('language.separator')}{t(label.long)}</span>
          </button>
        );
      })}
    </div>
  );
}
