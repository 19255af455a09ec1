import { useTranslation } from 'react-i18next';

/** Shown when config.json or Keycloak cannot be reached at start-up. */
export function StartupError({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="app-main">
      <div className="error" role="alert">
        <h1 className="error__title">{t('app.startupError')}</h1>
        <p>{t('errors.network')}</p>
        <button type="button" className="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      </div>
    </main>
  );
}
