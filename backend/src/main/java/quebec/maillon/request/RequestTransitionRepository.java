package quebec.maillon.request;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RequestTransitionRepository implements PanacheRepositoryBase<RequestTransition, Long> {

    public List<RequestTransition> ofRequest(UUID requestId) {
        return list("requestId = ?1 order by id", requestId);
    }
}
