import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import { useReference } from '@/lib/reference';
import type { InterventionSummary } from '../api/listInterventions';
import { InterventionStatusBadge } from './InterventionStatusBadge';

export function InterventionTable({ items, caption }: { items: readonly InterventionSummary[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const territories = useReference('territories');
  const services = useReference('service-offers');
  return (
    <div className="table-wrap">
      <table className="table" data-testid="interventions-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('interventions.titleLabel')}</th>
            <th scope="col">{t('interventions.serviceOffer')}</th>
            <th scope="col">{t('interventions.territory')}</th>
            <th scope="col">{t('interventions.lead')}</th>
            <th scope="col">{t('interventions.opened')}</th>
            <th scope="col">{t('interventions.statusLabel')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <th scope="row">
                <Link to={`/interventions/${i.id}`}>{i.title}</Link>
              </th>
              <td>{services.label(i.serviceOfferCode)}</td>
              <td>{territories.label(i.territoryCode)}</td>
              <td>{i.leadOrganizer?.name}</td>
              <td>{i.openedOn ? format.day(i.openedOn) : ''}</td>
              <td>
                <InterventionStatusBadge status={i.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
