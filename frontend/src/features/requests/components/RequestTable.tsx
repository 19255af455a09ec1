import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import { useReference } from '@/lib/reference';
import type { ServiceRequestSummary } from '../api/listRequests';
import { PriorityBadge, RequestStatusBadge } from './badges';

/** Requests as a table: the organization links to the request. */
export function RequestTable({
  items,
  caption,
  showOrganization = true,
}: {
  items: readonly ServiceRequestSummary[];
  caption: string;
  showOrganization?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const territories = useReference('territories');
  const services = useReference('service-offers');
  return (
    <div className="table-wrap">
      <table className="table" data-testid="requests-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{showOrganization ? t('requests.organization') : t('requests.serviceOffer')}</th>
            {showOrganization ? <th scope="col">{t('requests.serviceOffer')}</th> : null}
            <th scope="col">{t('requests.territory')}</th>
            <th scope="col">{t('requests.receivedOn')}</th>
            <th scope="col">{t('requests.statusLabel')}</th>
            <th scope="col">{t('requests.priority.label')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link to={`/demandes/${r.id}`}>{showOrganization ? r.organizationName : services.label(r.serviceOffer)}</Link>
              </th>
              {showOrganization ? <td>{services.label(r.serviceOffer)}</td> : null}
              <td>{territories.label(r.territory)}</td>
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
  );
}
