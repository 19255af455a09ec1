import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRoles } from '@/lib/auth';
import { useFormat } from '@/lib/i18n';
import { useReference } from '@/lib/reference';
import { todayIso } from '@/lib/dates';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useConcertations } from '../api/listConcertations';
import { useConcertationDetails } from '../api/getConcertation';
import { nextAndLastMeetings } from './meetings';

/** Tableau de bord: the concertation places I support, with their next and last meetings. */
export function MyConcertationsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const today = todayIso();
  const { organizerId } = useRoles();
  const roles = useReference('concertation-kinds');
  const list = useConcertations({ organizer: organizerId, limit: 50 }, Boolean(organizerId));
  const places = list.data?.pages.flatMap((p) => p.items ?? []) ?? [];
  const details = useConcertationDetails(places.map((p) => p.id!).filter(Boolean));

  return (
    <section className="card" aria-labelledby="my-concertations-title">
      <div className="section-title">
        <h2 id="my-concertations-title">{t('dashboard.myConcertations')}</h2>
        <Link to="/concertations?mine=1">{t('dashboard.seeAll')}</Link>
      </div>
      {!organizerId ? (
        <p className="empty">{t('dashboard.noDirectoryEntry')}</p>
      ) : list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : places.length === 0 ? (
        <p className="empty">{t('dashboard.noConcertations')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('dashboard.myConcertations')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('concertations.name')}</th>
                <th scope="col">{t('dashboard.nextMeeting')}</th>
                <th scope="col">{t('dashboard.lastMeeting')}</th>
              </tr>
            </thead>
            <tbody>
              {places.map((place, index) => {
                const detail = details[index];
                const meetings = detail?.data?.data.recentMeetings ?? [];
                const { next, last } = nextAndLastMeetings(meetings, today);
                const role = detail?.data?.data.organizers?.find((o) => o.organizerId === organizerId)?.role;
                return (
                  <tr key={place.id}>
                    <th scope="row">
                      <Link to={`/concertations/${place.id}`}>{place.name}</Link>
                      <span className="cell-sub">
                        {[roles.label(place.kindCode), role ? t(`concertations.organizerRole.${role}`) : null]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    </th>
                    <td>{detail?.isPending ? t('app.loading') : next?.heldOn ? format.day(next.heldOn) : t('dashboard.noneScheduled')}</td>
                    <td>{detail?.isPending ? t('app.loading') : last?.heldOn ? format.day(last.heldOn) : t('dashboard.noneYet')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
