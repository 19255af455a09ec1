package quebec.maillon.concertation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ConcertationRepository implements PanacheRepositoryBase<Concertation, UUID> {

    /** The organizers who support the concertation (they may change it, as an organizer's territories do). */
    public List<UUID> supportingOrganizerIds(UUID concertationId) {
        return getEntityManager().createQuery(
                "select o.organizerId from ConcertationOrganizer o where o.concertationId = :id", UUID.class)
                .setParameter("id", concertationId).getResultList();
    }
}
