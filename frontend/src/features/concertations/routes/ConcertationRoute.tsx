import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRoles } from '@/lib/auth';
import { useFormat } from '@/lib/i18n';
import { useReference } from '@/lib/reference';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Badge } from '@/components/Badge';
import { LiveRegion, useAnnounce } from '@/components/useAnnounce';
import { useConcertation } from '../api/getConcertation';
import { ActionPlanSection } from '../components/ActionPlanSection';
import { MeetingDialog } from '../components/MeetingDialog';

/** /concertations/:id — members, supporting organizers, meetings and action plan of a concertation place. */
export default function ConcertationRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const roles = useRoles();
  const kinds = useReference('concertation-kinds');
  const themes = useReference('concertation-themes');
  const territories = useReference('territories');
  const orgTypes = useReference('organization-types');
  const query = useConcertation(id);
  const [addingMeeting, setAddingMeeting] = useState(false);
  const { message, announce } = useAnnounce();
  useDocumentTitle(query.data?.data.name ?? t('concertations.title'));

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const c = query.data.data;
  const canWrite = roles.canWrite && c.status !== 'CLOSED';
  const members = c.members ?? [];
  const meetings = c.recentMeetings ?? [];

  return (
    <div className="stack">
      <p>
        <Link to="/concertations" className="back-link">
          {t('concertations.back')}
        </Link>
      </p>
      <div className="page-header">
        <div>
          <h1>{c.name}</h1>
          <p className="actions">
            <Badge tone={c.status === 'ACTIVE' ? 'success' : 'neutral'}>{t(`concertations.status.${c.status ?? 'ACTIVE'}`)}</Badge>
            <span>
              {[kinds.label(c.kindCode), t(`concertations.scope.${c.scope ?? 'LOCAL'}`), c.territoryCode ? territories.label(c.territoryCode) : null]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </p>
        </div>
      </div>
      <LiveRegion message={message} />
      {c.description || (c.themes && c.themes.length) ? (
        <section className="card" aria-labelledby="concertation-about">
          <h2 id="concertation-about">{t('concertations.about')}</h2>
          {c.description ? <p className="need">{c.description}</p> : null}
          {c.themes && c.themes.length ? (
            <ul className="tags" aria-label={t('concertations.themes')}>
              {c.themes.map((th) => (
                <li key={th}>{themes.label(th)}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <ActionPlanSection concertationId={id} plan={c.actionPlan} canWrite={canWrite} />
      <section className="card" aria-labelledby="meetings-title">
        <div className="section-title">
          <h2 id="meetings-title">
            {t('concertations.meetings.title')}{' '}
            <span className="muted">({format.number(c.meetingCount ?? meetings.length)})</span>
          </h2>
          {canWrite ? (
            <button type="button" className="button button--secondary" onClick={() => setAddingMeeting(true)}>
              {t('concertations.meetings.add')}
            </button>
          ) : null}
        </div>
        {meetings.length === 0 ? (
          <p className="empty">{t('concertations.meetings.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="meetings">
              <caption className="visually-hidden">{t('concertations.meetings.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('concertations.meetings.heldOn')}</th>
                  <th scope="col">{t('concertations.meetings.place')}</th>
                  <th scope="col" className="num">
                    {t('concertations.meetings.attendance')}
                  </th>
                  <th scope="col">{t('concertations.meetings.decisions')}</th>
                </tr>
              </thead>
              <tbody>
                {meetings.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">{m.heldOn ? format.day(m.heldOn) : ''}</th>
                    <td>{m.place}</td>
                    <td className="num">{m.attendance != null ? format.number(m.attendance) : ''}</td>
                    <td className="need">{m.decisions}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <div className="grid-2">
        <section className="card" aria-labelledby="members-title">
          <h2 id="members-title">{t('concertations.members.title')}</h2>
          {members.length === 0 ? (
            <p className="empty">{t('concertations.members.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t('concertations.members.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('concertations.members.organization')}</th>
                    <th scope="col">{t('concertations.members.role')}</th>
                    <th scope="col">{t('concertations.members.dates')}</th>
                  </tr>
                </thead>
                <tbody>
                  {members.map((m) => (
                    <tr key={m.id} className={m.current === false ? 'inactive' : undefined}>
                      <th scope="row">
                        <Link to={`/organisations/${m.organizationId}`}>{m.organizationName}</Link>
                        <span className="cell-sub">{orgTypes.label(m.organizationTypeCode)}</span>
                      </th>
                      <td>{m.role}</td>
                      <td>
                        {m.leftOn
                          ? t('concertations.members.fromTo', {
                              from: m.joinedOn ? format.day(m.joinedOn) : '…',
                              to: format.day(m.leftOn),
                            })
                          : m.joinedOn
                            ? t('concertations.members.since', { from: format.day(m.joinedOn) })
                            : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section className="card" aria-labelledby="organizers-title">
          <h2 id="organizers-title">{t('concertations.organizers.title')}</h2>
          {(c.organizers ?? []).length === 0 ? (
            <p className="empty">{t('concertations.organizers.empty')}</p>
          ) : (
            <ul className="plain-list">
              {(c.organizers ?? []).map((o) => (
                <li key={o.organizerId}>
                  <strong>{o.name}</strong>
                  <span className="cell-sub">
                    {[
                      o.role ? t(`concertations.organizerRole.${o.role}`) : null,
                      o.since ? t('concertations.members.since', { from: format.day(o.since) }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      {addingMeeting ? (
        <MeetingDialog
          concertationId={id}
          onClose={() => setAddingMeeting(false)}
          onDone={() => {
            setAddingMeeting(false);
            announce(t('concertations.meetings.added'));
          }}
        />
      ) : null}
    </div>
  );
}
