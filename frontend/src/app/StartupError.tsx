import { useTranslation } from 'react-i18next';

/**
 * Shown when the app cannot start: config.json unreachable, or Keycloak (the sign-in service) down. Says which, in
 * the user's language, with a retry button.
 */
export function StartupError({ reason = 'other', onRetry }: { reason?: 'identity-provider' | 'other'; onRetry: () => void }) {
  const { t } = useTranslation();
  const identity = reason === 'identity-provider';
  return (
    <main id="main" className="app-main">
      <div className="error" role="alert">
        <h1 className="error__title">{identity ? t('app.signInUnavailable') : t('app.startupError')}</h1>
        <p>{identity ? t('app.signInUnavailableDetail') : t('errors.network')}</p>
        <button type="button" className="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      </div>
    </main>
  );
}
