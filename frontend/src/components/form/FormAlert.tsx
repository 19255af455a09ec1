import { useTranslation } from 'react-i18next';
import { describeProblem, isConflict, type FieldError } from '@/lib/api';

export interface FormAlertProps {
  error: unknown;
  /** Field errors no input shows. */
  unmatched?: readonly FieldError[];
  /** Reloads the record (412): what the user typed stays in the form. */
  onReload?: () => void;
  reloading?: boolean;
  /** Shown when the form's own checks failed (nothing was sent). */
  clientInvalid?: boolean;
}

/** Why a save failed, at the top of the form (announced); nothing typed is lost. */
export function FormAlert({ error, unmatched = [], onReload, reloading, clientInvalid }: FormAlertProps) {
  const { t } = useTranslation();
  if (!error && !clientInvalid) return null;
  if (!error) {
    return (
      <div className="form-alert" role="alert">
        <p className="form-alert__title">{t('problems.validation')}</p>
      </div>
    );
  }
  const { message, detail } = describeProblem(error, t);
  const conflict = isConflict(error);
  return (
    <div className="form-alert" role="alert">
      <p className="form-alert__title">{message}</p>
      {unmatched.length > 0 ? (
        <ul>
          {unmatched.map((e, i) => (
            <li key={`${e.field}-${i}`}>
              <code>{e.field}</code> : {e.message}
            </li>
          ))}
        </ul>
      ) : null}
      {conflict ? <p>{t('problems.conflictKeep')}</p> : <p className="form-alert__kept">{t('problems.kept')}</p>}
      {conflict && onReload ? (
        <button type="button" className="button" onClick={onReload} disabled={reloading}>
          {reloading ? t('app.loading') : t('actions.reload')}
        </button>
      ) : null}
      {detail ? (
        <details className="form-alert__detail">
          <summary>{t('problems.serverDetail')}</summary>
          <p lang="en">{detail}</p>
        </details>
      ) : null}
    </div>
  );
}
