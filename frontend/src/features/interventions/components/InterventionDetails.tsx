import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import { useReference } from '@/lib/reference';
import type { Intervention } from '../api/getIntervention';

/** What the intervention is: service offered, axis, types, determinants, populations, who and with whom. */
export function InterventionDetails({ intervention: i }: { intervention: Intervention }) {
  const { t } = useTranslation();
  const format = useFormat();
  const territories = useReference('territories');
  const services = useReference('service-offers');
  const axes = useReference('axes');
  const types = useReference('intervention-types');
  const determinants = useReference('determinants');
  const populations = useReference('populations');
  const orgTypes = useReference('organization-types');
  const list = (codes: readonly string[] | null | undefined, label: (c: string) => string) =>
    codes && codes.length ? (
      <ul className="tags">
        {codes.map((c) => (
          <li key={c}>{label(c)}</li>
        ))}
      </ul>
    ) : (
      t('form.none')
    );

  return (
    <section className="card" aria-labelledby="intervention-details-title">
      <h2 id="intervention-details-title">{t('interventions.details')}</h2>
      <dl className="dl">
        <dt>{t('interventions.serviceOffer')}</dt>
        <dd>{services.label(i.serviceOfferCode)}</dd>
        <dt>{t('interventions.axis')}</dt>
        <dd>{i.axisCode ? axes.label(i.axisCode) : t('form.none')}</dd>
        <dt>{t('interventions.types')}</dt>
        <dd>{list(i.types, types.label)}</dd>
        <dt>{t('interventions.determinants')}</dt>
        <dd>{list(i.determinants, determinants.label)}</dd>
        <dt>{t('interventions.populations')}</dt>
        <dd>{list(i.populations, populations.label)}</dd>
        <dt>{t('interventions.territory')}</dt>
        <dd>{territories.label(i.territoryCode)}</dd>
        <dt>{t('interventions.lead')}</dt>
        <dd>{i.leadOrganizer?.name}</dd>
        <dt>{t('interventions.coOrganizers')}</dt>
        <dd>{i.coOrganizers && i.coOrganizers.length ? i.coOrganizers.map((o) => o.name).join(', ') : t('form.none')}</dd>
        <dt>{t('interventions.organizations')}</dt>
        <dd>
          {i.organizations && i.organizations.length ? (
            <ul className="plain-list">
              {i.organizations.map((o) => (
                <li key={o.id}>
                  <Link to={`/organisations/${o.id}`}>{o.name}</Link>
                  {o.typeCode ? <span className="cell-sub">{orgTypes.label(o.typeCode)}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            t('form.none')
          )}
        </dd>
        {i.concertationId ? (
          <>
            <dt>{t('interventions.concertation')}</dt>
            <dd>
              <Link to={`/concertations/${i.concertationId}`}>{t('interventions.openConcertation')}</Link>
            </dd>
          </>
        ) : null}
        {i.requestId ? (
          <>
            <dt>{t('interventions.request')}</dt>
            <dd>
              <Link to={`/demandes/${i.requestId}`}>{t('interventions.openRequest')}</Link>
            </dd>
          </>
        ) : null}
        <dt>{t('interventions.opened')}</dt>
        <dd>{i.openedOn ? format.day(i.openedOn) : ''}</dd>
        {i.closedOn ? (
          <>
            <dt>{t('interventions.closed')}</dt>
            <dd>{format.day(i.closedOn)}</dd>
          </>
        ) : null}
        <dt>{t('interventions.objectives')}</dt>
        <dd className="need">{i.objectives || t('form.none')}</dd>
        {i.closingSummary ? (
          <>
            <dt>{t('interventions.closingSummary')}</dt>
            <dd className="need">{i.closingSummary}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
