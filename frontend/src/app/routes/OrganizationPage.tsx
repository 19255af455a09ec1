import { OrganizationRoute } from '@/features/organizations';
import { OrganizationRequestsSection } from '@/features/requests';
import { OrganizationInterventionsSection } from '@/features/interventions';

/** An organization and its history with the service (its requests and interventions), composed here. */
export default function OrganizationPage() {
  return (
    <OrganizationRoute
      history={(organizationId) => (
        <>
          <OrganizationRequestsSection organizationId={organizationId} />
          <OrganizationInterventionsSection organizationId={organizationId} />
        </>
      )}
    />
  );
}
