package quebec.maillon.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads organizations by id with plain SQL, so that interventions, concertations and activities can check and name
 * the organizations they reference without depending on the organization feature's classes.
 */
@ApplicationScoped
public class OrganizationLookup {

    /** What a reference needs to know about an organization. */
    public record Row(UUID id, String establishmentCode, String name, String typeCode, boolean archived) {
    }

    @Inject
    EntityManager em;

    /** The organizations with these ids, whatever their establishment (one query; none when ids is empty). */
    @SuppressWarnings("unchecked")
    public Map<UUID, Row> byIds(Collection<UUID> ids) {
        Map<UUID, Row> rows = new HashMap<>();
        if (ids == null || ids.isEmpty()) {
            return rows;
        }
        List<Object[]> result = em.createNativeQuery("SELECT id, establishment_code, name, type_code, archived "
                + "FROM organization WHERE id IN (:ids)").setParameter("ids", ids).getResultList();
        for (Object[] r : result) {
            UUID id = (UUID) r[0];
            rows.put(id, new Row(id, (String) r[1], (String) r[2], (String) r[3], Boolean.TRUE.equals(r[4])));
        }
        return rows;
    }

    /** A field error unless the organization exists in the establishment (null when fine). */
    public Problem.FieldError check(String field, UUID id, String establishment, Map<UUID, Row> known) {
        if (id == null) {
            return null;
        }
        Row row = known.get(id);
        if (row == null || !row.establishmentCode().equals(establishment)) {
            return new Problem.FieldError(field, "unknown organization '" + id + "' in your establishment");
        }
        return null;
    }
}
