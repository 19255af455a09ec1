package quebec.maillon.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OrganizationContactRepository implements PanacheRepositoryBase<OrganizationContact, UUID> {

    /** The current (not anonymized) contacts of an organization, in their order. */
    public List<OrganizationContact> ofOrganization(UUID organizationId) {
        return list("organizationId = ?1 and anonymizedAt is null order by position, id", organizationId);
    }

    /** True when a service request names this contact (it then keeps a trace: anonymized, never deleted). */
    public boolean isReferenced(UUID contactId) {
        Number n = (Number) getEntityManager()
                .createNativeQuery("SELECT count(*) FROM service_request WHERE contact_id = ?1")
                .setParameter(1, contactId).getSingleResult();
        return n.longValue() > 0;
    }
}
