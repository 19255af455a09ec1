package quebec.maillon.organizer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganizerRepository implements PanacheRepositoryBase<Organizer, UUID> {

    public Optional<Organizer> bySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    public Optional<Organizer> byUsername(String establishment, String username) {
        return find("establishmentCode = ?1 and username = ?2", establishment, username).firstResultOptional();
    }
}
