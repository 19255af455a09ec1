import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import { useReference } from '@/lib/reference';
import type { ServiceRequest } from '../api/getRequest';

/** What was asked, by whom, when and how; once accepted, the intervention it opened. */
export function RequestSummary({ request, organizerName }: { request: ServiceRequest; organizerName?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const territories = useReference('territories');
  const services = useReference('service-offers');
  const channels = useReference('request-channels');
  const populations = useReference('populations');
  const determinants = useReference('determinants');
  const reasons = useReference('refusal-reasons');
  const list = (codes: readonly string[] | undefined, label: (c: string) => string) =>
    codes && codes.length ? codes.map(label).join(', ') : t('form.none');

  return (
    <section className="card" aria-labelledby="request-summary-title">
      <h2 id="request-summary-title">{t('requests.detail.summary')}</h2>
      <dl className="dl">
        <dt>{t('requests.organization')}</dt>
        <dd>
          <Link to={`/organisations/${request.organizationId}`}>{request.organizationName}</Link>
        </dd>
        <dt>{t('requests.serviceOffer')}</dt>
        <dd>{services.label(request.serviceOffer)}</dd>
        <dt>{t('requests.territory')}</dt>
        <dd>{territories.label(request.territory)}</dd>
        <dt>{t('requests.receivedOn')}</dt>
        <dd>
          {request.receivedOn ? format.day(request.receivedOn) : ''}
          {request.channel ? ` · ${channels.label(request.channel)}` : ''}
        </dd>
        <dt>{t('requests.need')}</dt>
        <dd className="need">{request.need}</dd>
        <dt>{t('requests.populations')}</dt>
        <dd>{list(request.populations, populations.label)}</dd>
        <dt>{t('requests.determinants')}</dt>
        <dd>{list(request.determinants, determinants.label)}</dd>
        {request.decidedOn ? (
          <>
            <dt>{t('requests.detail.decidedOn')}</dt>
            <dd>{format.day(request.decidedOn)}</dd>
          </>
        ) : null}
        {request.refusalReason ? (
          <>
            <dt>{t('requests.detail.refusalReason')}</dt>
            <dd>{reasons.label(request.refusalReason)}</dd>
          </>
        ) : null}
        {request.decisionNote ? (
          <>
            <dt>{t('requests.detail.decisionNote')}</dt>
            <dd className="need">{request.decisionNote}</dd>
          </>
        ) : null}
        {request.assignedOrganizerId ? (
          <>
            <dt>{t('requests.detail.assignedOrganizer')}</dt>
            <dd>{organizerName ?? t('app.loading')}</dd>
          </>
        ) : null}
        {request.interventionId ? (
          <>
            <dt>{t('requests.detail.intervention')}</dt>
            <dd>
              <Link to={`/interventions/${request.interventionId}`} data-testid="request-intervention-link">
                {t('requests.detail.openIntervention')}
              </Link>
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
