import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api';

/** Shows an error: the API's problem detail when there is one, else a generic message. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  let message = t('errors.generic');
  let status: number | undefined;
  if (error instanceof ApiError) {
    if (error.isNetworkError) {
      message = t('errors.network');
    } else {
      message = error.problem.detail ?? error.problem.title ?? message;
      status = error.status;
    }
  }
  const fieldErrors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return (
    <div className="error" role="alert">
      <p className="error__title">{t('errors.title')}</p>
      <p>{message}</p>
      {fieldErrors.length > 0 && (
        <ul>
          {fieldErrors.map((e, i) => (
            <li key={`${e.field ?? ''}-${i}`}>
              {e.field ? <code>{e.field}</code> : null} {e.message}
            </li>
          ))}
        </ul>
      )}
      {status ? <p className="error__status">{t('errors.status', { status })}</p> : null}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      ) : null}
    </div>
  );
}
