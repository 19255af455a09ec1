import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import { useReference } from '@/lib/reference';
import { useRoles } from '@/lib/auth';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { useInterventionActivities } from '../api/listInterventionActivities';
import { useDeleteActivity } from '../api/deleteActivity';
import { QuickEntry } from './QuickEntry';
import { describeProblem } from '@/lib/api';

/** The intervention's activity journal: quick entry on top, then the activities, most recent first. */
export function ActivityJournal({ interventionId, open }: { interventionId: string; open: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const roles = useRoles();
  const acts = useReference('professional-acts');
  const query = useInterventionActivities(interventionId);
  const remove = useDeleteActivity();
  const items = query.data?.pages.flatMap((p) => p.items ?? []) ?? [];
  const total = query.data?.pages[0]?.totalMinutes ?? 0;

  return (
    <section className="card" aria-labelledby="journal-title">
      <div className="section-title">
        <h2 id="journal-title">{t('activities.journal')}</h2>
        <p className="muted" aria-live="polite" data-testid="journal-total">
          {t('activities.journalTotal', { duration: format.duration(total) })}
        </p>
      </div>
      {open && roles.canWrite ? <QuickEntry interventionId={interventionId} /> : <p className="muted">{t('activities.closedJournal')}</p>}
      {remove.isError ? (
        <p className="field__error" role="alert">
          {describeProblem(remove.error, t).message}
        </p>
      ) : null}
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <p className="empty">{t('activities.none')}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table" data-testid="activities-table">
              <caption className="visually-hidden">{t('activities.journal')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('activities.date')}</th>
                  <th scope="col" className="num">
                    {t('activities.duration')}
                  </th>
                  <th scope="col">{t('activities.acts')}</th>
                  <th scope="col">{t('activities.notes')}</th>
                  <th scope="col" className="num">
                    {t('activities.participantsShort')}
                  </th>
                  <th scope="col">{t('activities.organizer')}</th>
                  {open ? (
                    <th scope="col">
                      <span className="visually-hidden">{t('activities.actions')}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {items.map((a) => (
                  <tr key={a.id}>
                    <td>{a.occurredOn ? format.day(a.occurredOn) : ''}</td>
                    <td className="num">{format.duration(a.durationMinutes ?? 0)}</td>
                    <td>{(a.acts ?? []).map(acts.label).join(', ')}</td>
                    <td className="need">{a.notes}</td>
                    <td className="num">{a.participants != null ? format.number(a.participants) : ''}</td>
                    <td>{a.organizer?.name}</td>
                    {open ? (
                      <td>
                        {a.organizer?.id === roles.organizerId || roles.isManager ? (
                          <button
                            type="button"
                            className="button--link"
                            disabled={remove.isPending}
                            onClick={() => {
                              if (window.confirm(t('activities.confirmDelete'))) remove.mutate(a.id!);
                            }}
                          >
                            {t('activities.delete')}
                            <span className="visually-hidden">
                              {' '}
                              {t('activities.deleteWhich', {
                                date: a.occurredOn ? format.day(a.occurredOn) : '',
                                duration: format.duration(a.durationMinutes ?? 0),
                              })}
                            </span>
                          </button>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <LoadMore
            shown={items.length}
            hasMore={query.hasNextPage}
            loading={query.isFetchingNextPage}
            onLoadMore={() => void query.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}
