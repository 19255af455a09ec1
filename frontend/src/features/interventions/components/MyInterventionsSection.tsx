import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRoles } from '@/lib/auth';
import { useFormat } from '@/lib/i18n';
import { useReference } from '@/lib/reference';
import { todayIso } from '@/lib/dates';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useInterventions } from '../api/listInterventions';
import { InterventionStatusBadge } from './InterventionStatusBadge';

/** Tableau de bord: the interventions I lead or co-organize that are not closed. */
export function MyInterventionsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const { organizerId } = useRoles();
  const territories = useReference('territories');
  const query = useInterventions({ organizer: organizerId, from: todayIso(), limit: 100 }, Boolean(organizerId));
  const items = (query.data?.pages.flatMap((p) => p.items ?? []) ?? []).filter((i) => i.status !== 'CLOSED');

  return (
    <section className="card" aria-labelledby="my-interventions-title">
      <div className="section-title">
        <h2 id="my-interventions-title">{t('dashboard.myInterventions')}</h2>
        <Link to="/interventions?mine=1">{t('dashboard.seeAll')}</Link>
      </div>
      {!organizerId ? (
        <p className="empty">{t('dashboard.noDirectoryEntry')}</p>
      ) : query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <p className="empty">{t('dashboard.noInterventions')}</p>
      ) : (
        <ul className="plain-list">
          {items.map((item) => (
            <li key={item.id}>
              <Link to={`/interventions/${item.id}`}>{item.title}</Link>{' '}
              <InterventionStatusBadge status={item.status} />
              <span className="cell-sub">
                {[
                  territories.label(item.territoryCode),
                  item.leadOrganizer?.id === organizerId ? t('dashboard.asLead') : t('dashboard.asCoOrganizer'),
                  item.openedOn ? t('interventions.openedOn', { date: format.day(item.openedOn) }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
