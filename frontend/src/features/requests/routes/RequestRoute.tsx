import { useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRoles } from '@/lib/auth';
import { useReference } from '@/lib/reference';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LiveRegion, useAnnounce } from '@/components/useAnnounce';
import { useRequest } from '../api/getRequest';
import { useOrganizer } from '../api/getOrganizer';
import { RequestSummary } from '../components/RequestSummary';
import { RequestHistory } from '../components/RequestHistory';
import { EligibilityForm } from '../components/EligibilityForm';
import { PriorityForm } from '../components/PriorityForm';
import { availableDecisions, DecisionDialog } from '../components/DecisionDialog';
import { TransitionDialog } from '../components/TransitionDialog';
import { PriorityBadge, RequestStatusBadge } from '../components/badges';

const OPEN = new Set(['RECEIVED', 'UNDER_ANALYSIS', 'WAITLISTED']);

/** /demandes/:id — the request, its eligibility, priority, decision and history. */
export default function RequestRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const roles = useRoles();
  const services = useReference('service-offers');
  const query = useRequest(id);
  const organizer = useOrganizer(query.data?.data.assignedOrganizerId);
  const [dialog, setDialog] = useState<null | 'decision' | 'UNDER_ANALYSIS' | 'WITHDRAWN'>(null);
  const [reloading, setReloading] = useState(false);
  const { message, announce } = useAnnounce();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const created = (location.state as { created?: boolean } | null)?.created;

  const title = query.data ? `${query.data.data.organizationName ?? ''} — ${services.label(query.data.data.serviceOffer)}` : t('requests.detail.title');
  useDocumentTitle(title);

  const reload = async () => {
    setReloading(true);
    try {
      await query.refetch();
    } finally {
      setReloading(false);
    }
  };

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;

  const { data: request, etag } = query.data;
  const allowed = new Set(request.allowedTransitions ?? []);
  const editable = roles.canWrite && OPEN.has(request.status ?? '');
  const decisions = availableDecisions(request, roles.isManager);
  const done = (text: string) => {
    setDialog(null);
    announce(text);
  };

  return (
    <div className="stack">
      <p>
        <Link to="/demandes" className="back-link">
          {t('requests.back')}
        </Link>
      </p>
      {created ? (
        <p className="success" role="status">
          {t('requests.intake.created')}
        </p>
      ) : null}
      <div className="page-header">
        <div>
          <h1 ref={headingRef}>{title}</h1>
          <p className="actions">
            <RequestStatusBadge status={request.status} />
            <PriorityBadge level={request.priorityLevel} score={request.priorityScore} />
          </p>
        </div>
        <div className="actions" role="group" aria-label={t('requests.detail.actions')}>
          {roles.canWrite && allowed.has('UNDER_ANALYSIS') ? (
            <button type="button" className="button" onClick={() => setDialog('UNDER_ANALYSIS')}>
              {t('requests.transition.UNDER_ANALYSIS.open')}
            </button>
          ) : null}
          {decisions.length > 0 ? (
            <button type="button" className="button" onClick={() => setDialog('decision')}>
              {t('requests.decision.open')}
            </button>
          ) : null}
          {roles.canWrite && allowed.has('WITHDRAWN') ? (
            <button type="button" className="button button--secondary" onClick={() => setDialog('WITHDRAWN')}>
              {t('requests.transition.WITHDRAWN.open')}
            </button>
          ) : null}
        </div>
      </div>
      <LiveRegion message={message} />
      <div className="detail-grid">
        <div className="stack">
          <RequestSummary request={request} organizerName={organizer.data?.name} />
          <EligibilityForm request={request} etag={etag} editable={editable} onReload={reload} reloading={reloading} />
          <PriorityForm request={request} etag={etag} editable={editable} onReload={reload} reloading={reloading} />
        </div>
        <RequestHistory id={id} />
      </div>
      {dialog === 'decision' ? (
        <DecisionDialog
          request={request}
          etag={etag}
          isManager={roles.isManager}
          onClose={() => setDialog(null)}
          onDone={(decision) => done(t(`requests.decision.done.${decision}`))}
          onReload={reload}
          reloading={reloading}
        />
      ) : dialog ? (
        <TransitionDialog
          request={request}
          etag={etag}
          to={dialog}
          onClose={() => setDialog(null)}
          onDone={() => done(t(`requests.transition.${dialog}.done`))}
          onReload={reload}
          reloading={reloading}
        />
      ) : null}
    </div>
  );
}
