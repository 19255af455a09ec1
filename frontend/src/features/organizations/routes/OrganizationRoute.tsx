import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import { useReference } from '@/lib/reference';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { Loading } from '@/components/Loading';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Badge } from '@/components/Badge';
import { useOrganization } from '../api/getOrganization';

/**
 * /organisations/:id — the organization, its contact people and, composed in by the app (features don't
 * import each other), its history with the service: `history(id)` renders its requests and interventions.
 */
export function OrganizationRoute({ history }: { history: (organizationId: string) => ReactNode }) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const types = useReference('organization-types');
  const territories = useReference('territories');
  const query = useOrganization(id);
  useDocumentTitle(query.data?.data.name ?? t('organizations.title'));

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const o = query.data.data;
  const address = [o.address?.addressLine, o.address?.city, o.address?.postalCode].filter(Boolean).join(', ');
  const contacts = o.contacts ?? [];

  return (
    <div className="stack">
      <p>
        <Link to="/organisations" className="back-link">
          {t('organizations.back')}
        </Link>
      </p>
      <div className="page-header">
        <div>
          <h1>{o.name}</h1>
          <p className="actions">
            <span>{types.label(o.type)}</span>
            {o.archived ? <Badge>{t('organizations.archived')}</Badge> : null}
          </p>
        </div>
      </div>
      <div className="grid-2">
        <section className="card" aria-labelledby="org-identity">
          <h2 id="org-identity">{t('organizations.identity')}</h2>
          <dl className="dl">
            <dt>{t('organizations.territory')}</dt>
            <dd>{territories.label(o.territory)}</dd>
            <dt>{t('organizations.address')}</dt>
            <dd>{address || t('form.none')}</dd>
            <dt>{t('organizations.neq')}</dt>
            <dd>{o.neq || t('form.none')}</dd>
            <dt>{t('organizations.since')}</dt>
            <dd>{o.createdAt ? format.day(new Date(o.createdAt)) : ''}</dd>
            {o.archivedAt ? (
              <>
                <dt>{t('organizations.archivedAt')}</dt>
                <dd>{format.day(new Date(o.archivedAt))}</dd>
              </>
            ) : null}
          </dl>
        </section>
        <section className="card" aria-labelledby="org-contacts">
          <h2 id="org-contacts">{t('organizations.contacts')}</h2>
          {contacts.length === 0 ? (
            <p className="empty">{t('organizations.noContacts')}</p>
          ) : (
            <ul className="plain-list">
              {contacts.map((c) => (
                <li key={c.id}>
                  <strong>{c.name}</strong>
                  {c.role ? <span className="cell-sub">{c.role}</span> : null}
                  <span className="cell-sub">
                    {c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : null}
                    {c.email && c.phone ? ' · ' : null}
                    {c.phone ? <a href={`tel:${c.phone.replace(/[^0-9+]/g, '')}`}>{c.phone}</a> : null}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      {history(id)}
    </div>
  );
}
