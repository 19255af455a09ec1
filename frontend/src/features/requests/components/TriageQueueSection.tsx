import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import { useReference } from '@/lib/reference';
import { useRoles } from '@/lib/auth';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { useRequests, type ServiceRequestSummary } from '../api/listRequests';
import { PriorityBadge, RequestStatusBadge } from './badges';

const TRIAGE = { status: ['RECEIVED', 'UNDER_ANALYSIS'], sort: 'priority', limit: 100 } as const;

/** Tableau de bord (managers): requests to decide on, by territory, the highest priority first. */
export function TriageQueueSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const { isManager } = useRoles();
  const territories = useReference('territories');
  const services = useReference('service-offers');
  const query = useRequests({ ...TRIAGE, status: [...TRIAGE.status] }, isManager);
  if (!isManager) return null;

  const items = query.data?.pages.flatMap((p) => p.items ?? []) ?? [];
  const byTerritory = new Map<string, ServiceRequestSummary[]>();
  for (const item of items) {
    const key = item.territory ?? '';
    byTerritory.set(key, [...(byTerritory.get(key) ?? []), item]);
  }
  const groups = [...byTerritory.entries()].sort(([a], [b]) =>
    territories.label(a).localeCompare(territories.label(b), format.language),
  );

  return (
    <section className="card" aria-labelledby="triage-title">
      <div className="section-title">
        <h2 id="triage-title">{t('dashboard.triage')}</h2>
        <Link to="/demandes?status=RECEIVED,UNDER_ANALYSIS&sort=priority">{t('dashboard.seeAll')}</Link>
      </div>
      <p className="muted">{t('dashboard.triageIntro')}</p>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <p className="empty">{t('dashboard.triageEmpty')}</p>
      ) : (
        <>
          {groups.map(([territory, requests]) => (
            <div key={territory} className="triage-group">
              <h3>
                {territories.label(territory)}{' '}
                <span className="muted">({format.number(requests.length)})</span>
              </h3>
              <div className="table-wrap">
                <table className="table">
                  <caption className="visually-hidden">
                    {t('dashboard.triageCaption', { territory: territories.label(territory) })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('requests.organization')}</th>
                      <th scope="col">{t('requests.serviceOffer')}</th>
                      <th scope="col">{t('requests.receivedOn')}</th>
                      <th scope="col">{t('requests.statusLabel')}</th>
                      <th scope="col">{t('requests.priority.label')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {requests.map((r) => (
                      <tr key={r.id}>
                        <th scope="row">
                          <Link to={`/demandes/${r.id}`}>{r.organizationName}</Link>
                        </th>
                        <td>{services.label(r.serviceOffer)}</td>
                        <td>{r.receivedOn ? format.day(r.receivedOn) : ''}</td>
                        <td>
                          <RequestStatusBadge status={r.status} />
                        </td>
                        <td>
                          <PriorityBadge level={r.priorityLevel} score={r.priorityScore} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          ))}
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
