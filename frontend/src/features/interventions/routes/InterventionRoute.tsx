import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRoles } from '@/lib/auth';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LiveRegion, useAnnounce } from '@/components/useAnnounce';
import { useIntervention } from '../api/getIntervention';
import type { InterventionStatus } from '../api/listInterventions';
import { InterventionStatusBadge } from '../components/InterventionStatusBadge';
import { InterventionDetails } from '../components/InterventionDetails';
import { InterventionHistory } from '../components/InterventionHistory';
import { ActivityJournal } from '../components/ActivityJournal';
import { TransitionDialog } from '../components/TransitionDialog';

const NEXT: Record<InterventionStatus, InterventionStatus[]> = {
  PLANNED: ['ACTIVE', 'CLOSED'],
  ACTIVE: ['ON_HOLD', 'CLOSED'],
  ON_HOLD: ['ACTIVE', 'CLOSED'],
  CLOSED: ['ACTIVE'],
};

/** /interventions/:id — the intervention, its activity journal (quick entry) and its status history. */
export default function InterventionRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const roles = useRoles();
  const query = useIntervention(id);
  const [to, setTo] = useState<InterventionStatus | null>(null);
  const [reloading, setReloading] = useState(false);
  const { message, announce } = useAnnounce();
  useDocumentTitle(query.data?.data.title ?? t('interventions.title'));

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const { data: intervention, etag } = query.data;
  const status = intervention.status ?? 'ACTIVE';
  const reload = async () => {
    setReloading(true);
    try {
      await query.refetch();
    } finally {
      setReloading(false);
    }
  };
  const label = (next: InterventionStatus) =>
    next === 'CLOSED'
      ? t('interventions.transition.close.open')
      : next === 'ON_HOLD'
        ? t('interventions.transition.hold.open')
        : status === 'CLOSED'
          ? t('interventions.transition.reopen.open')
          : t('interventions.transition.resume.open');

  return (
    <div className="stack">
      <p>
        <Link to="/interventions" className="back-link">
          {t('interventions.back')}
        </Link>
      </p>
      <div className="page-header">
        <div>
          <h1>{intervention.title}</h1>
          <p>
            <InterventionStatusBadge status={intervention.status} />
          </p>
        </div>
        {roles.canWrite ? (
          <div className="actions" role="group" aria-label={t('interventions.actions')}>
            {NEXT[status].map((next) => (
              <button
                key={next}
                type="button"
                className={next === 'CLOSED' ? 'button' : 'button button--secondary'}
                onClick={() => setTo(next)}
              >
                {label(next)}
              </button>
            ))}
          </div>
        ) : null}
      </div>
      <LiveRegion message={message} />
      <ActivityJournal interventionId={id} open={status !== 'CLOSED'} />
      <div className="detail-grid">
        <InterventionDetails intervention={intervention} />
        <InterventionHistory id={id} />
      </div>
      {to ? (
        <TransitionDialog
          intervention={intervention}
          etag={etag}
          to={to}
          onClose={() => setTo(null)}
          onDone={() => {
            setTo(null);
            announce(t('interventions.statusChanged', { status: t(`interventions.status.${to}`) }));
          }}
          onReload={reload}
          reloading={reloading}
        />
      ) : null}
    </div>
  );
}
