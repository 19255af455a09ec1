import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import { useReference } from '@/lib/reference';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useRequestHistory } from '../api/getRequestHistory';

/** Every step of the request's life, oldest first: who, when, from → to, reason and note. */
export function RequestHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reasons = useReference('refusal-reasons');
  const query = useRequestHistory(id);
  return (
    <section className="card" aria-labelledby="request-history-title">
      <h2 id="request-history-title">{t('requests.history.title')}</h2>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <ol className="timeline" data-testid="request-history">
          {(query.data.items ?? []).map((step, index) => (
            <li key={step.id ?? index}>
              <strong>
                {step.from
                  ? t('requests.history.moved', {
                      from: t(`requests.status.${step.from}`),
                      to: step.to ? t(`requests.status.${step.to}`) : '',
                    })
                  : t('requests.history.received')}
              </strong>
              <span className="timeline__when">
                {t('requests.history.byOn', {
                  who: step.actorName ?? t('requests.history.someone'),
                  when: step.occurredAt ? format.dateTime(step.occurredAt) : '',
                })}
              </span>
              {step.reasonCode ? (
                <p className="timeline__note">{t('requests.history.reason', { reason: reasons.label(step.reasonCode) })}</p>
              ) : null}
              {step.note ? <p className="timeline__note">{step.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
