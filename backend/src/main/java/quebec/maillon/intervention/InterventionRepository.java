package quebec.maillon.intervention;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InterventionRepository implements PanacheRepositoryBase<Intervention, UUID> {

    public Optional<Intervention> byRequest(UUID requestId) {
        return find("requestId", requestId).firstResultOptional();
    }
}
