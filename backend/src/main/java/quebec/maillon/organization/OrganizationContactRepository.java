package quebec.maillon.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import quebec.maillon.common.InList;

@ApplicationScoped
public class OrganizationContactRepository implements PanacheRepositoryBase<OrganizationContact, UUID> {

    /** The current (not anonymized) contacts of an organization, in their order. */
    public List<OrganizationContact> ofOrganization(UUID organizationId) {
        return list("organizationId = ?1 and anonymizedAt is null order by position, id", organizationId);
    }

    /** The contacts of an organization that were anonymized (retention, or removed while a request names them). */
    public List<OrganizationContact> anonymizedOf(UUID organizationId) {
        return list("organizationId = ?1 and anonymizedAt is not null order by anonymizedAt, id", organizationId);
    }

    /** For a page of organizations: when contacts of each were last anonymized (organizations without any are absent). */
    public Map<UUID, OffsetDateTime> lastAnonymized(Collection<UUID> organizationIds) {
        Map<UUID, OffsetDateTime> result = new HashMap<>();
        if (organizationIds.isEmpty()) {
            return result;
        }
        InList ids = InList.of("id", organizationIds);
        ids.bind(getEntityManager().createQuery("select c.organizationId, max(c.anonymizedAt) from OrganizationContact c "
                + "where c.organizationId in " + ids.placeholders() + " and c.anonymizedAt is not null group by c.organizationId",
                Object[].class)).getResultList()
                .forEach(r -> result.put((UUID) r[0], (OffsetDateTime) r[1]));
        return result;
    }

    /** True when a service request names this contact (it then keeps a trace: anonymized, never deleted). */
    public boolean isReferenced(UUID contactId) {
        Number n = (Number) getEntityManager()
                .createNativeQuery("SELECT count(*) FROM service_request WHERE contact_id = ?1")
                .setParameter(1, contactId).getSingleResult();
        return n.longValue() > 0;
    }
}
