package quebec.maillon.organizer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import quebec.maillon.common.InList;

@ApplicationScoped
public class OrganizerRepository implements PanacheRepositoryBase<Organizer, UUID> {

    /** With their territories in the same statement (every write reads the caller's entry and compares them). */
    public Optional<Organizer> bySubject(String subject) {
        return find("from Organizer o left join fetch o.territories where o.subject = ?1", subject).singleResultOptional();
    }

    public Optional<Organizer> byUsername(String establishment, String username) {
        return find("establishmentCode = ?1 and username = ?2", establishment, username).firstResultOptional();
    }

    /** Names of the organizers with these ids, in one query (empty map for no ids). */
    public Map<UUID, OrganizerRef> refs(Collection<UUID> ids) {
        Map<UUID, OrganizerRef> refs = new HashMap<>();
        if (ids == null || ids.isEmpty()) {
            return refs;
        }
        InList in = InList.of("id", ids);
        List<Object[]> rows = in.bind(getEntityManager()
                .createQuery("select o.id, o.name from Organizer o where o.id in " + in.placeholders(), Object[].class)).getResultList();
        for (Object[] r : rows) {
            refs.put((UUID) r[0], new OrganizerRef((UUID) r[0], (String) r[1]));
        }
        return refs;
    }
}
