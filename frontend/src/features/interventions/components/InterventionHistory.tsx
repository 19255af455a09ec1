import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useInterventionHistory } from '../api/getInterventionHistory';

/** Every change of status, oldest first, with the bilan of each closing. */
export function InterventionHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useInterventionHistory(id);
  return (
    <section className="card" aria-labelledby="intervention-history-title">
      <h2 id="intervention-history-title">{t('interventions.history')}</h2>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <ol className="timeline">
          {(query.data.items ?? []).map((step, index) => (
            <li key={step.id ?? index}>
              <strong>
                {step.fromStatus
                  ? t('interventions.moved', {
                      from: t(`interventions.status.${step.fromStatus}`),
                      to: step.toStatus ? t(`interventions.status.${step.toStatus}`) : '',
                    })
                  : t('interventions.openedAs', { status: step.toStatus ? t(`interventions.status.${step.toStatus}`) : '' })}
              </strong>
              <span className="timeline__when">
                {t('requests.history.byOn', {
                  who: step.actorName ?? t('requests.history.someone'),
                  when: step.occurredAt ? format.dateTime(step.occurredAt) : '',
                })}
              </span>
              {step.note ? <p className="timeline__note">{step.note}</p> : null}
              {step.closingSummary ? (
                <p className="timeline__note">{t('interventions.bilan', { summary: step.closingSummary })}</p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
